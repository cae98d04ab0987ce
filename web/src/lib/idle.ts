/** Work that must not compete with a page's first paint: run it later, when the browser is idle. */

/** Runs `task` `afterMs` from now, at the browser's next idle moment (at most `timeoutMs` later); returns a cancel. */
export function whenIdle(task: () => void, { afterMs = 0, timeoutMs = 3000 }: { afterMs?: number; timeoutMs?: number } = {}): () => void {
  let idle: number | undefined;
  const timer = window.setTimeout(() => {
    if ('requestIdleCallback' in window) idle = window.requestIdleCallback(task, { timeout: timeoutMs });
    else task();
  }, afterMs);
  return () => {
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}
