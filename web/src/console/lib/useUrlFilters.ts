/** A list page's filters kept in the URL (`?status=client&q=acme`), so a filtered view can be shared and survives reload. */
import { useSearchParams } from 'react-router-dom';

/**
 * `set(key, value)` writes a filter (replacing the history entry); a value in `defaults` (the
 * unfiltered state, '' by default) removes it, and so does every key in `resets` (a company
 * change clears its project).
 */
export function useUrlFilters(defaults: readonly string[] = ['']) {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string, resets: readonly string[] = []) => {
    const next = new URLSearchParams(params);
    if (defaults.includes(value)) next.delete(key);
    else next.set(key, value);
    for (const reset of resets) next.delete(reset);
    setParams(next, { replace: true });
  };
  return [params, set] as const;
}
