/**
 * Code splitting that does not cost a fallback once the code is in.
 *
 * React.lazy suspends on its first render even when its chunk was prefetched (it learns the
 * module only from a resolved promise), and React 19 holds a Suspense boundary's content until
 * 300 ms after its fallback appeared. A prefetched page therefore still showed a skeleton and
 * started its queries up to 300 ms late — on sign-in, twice in a row (the portal, then Home).
 * A `loader` remembers the module once any caller's import has resolved; a `lazyComponent`
 * built on it renders that module at once, and falls back to React.lazy only while it is not in.
 */
import { createElement, lazy, useEffect, useState, type ComponentType } from 'react';

export interface Loader<M> {
  (): Promise<M>;
  /** the module, once an import of it has resolved */
  loaded(): M | undefined;
}

/** One import, shared: the first call starts it, every call returns it; a failed one is retried. */
export function loader<M>(load: () => Promise<M>): Loader<M> {
  let pending: Promise<M> | null = null;
  let module: M | undefined;
  const run = () =>
    (pending ??= load().then(
      (loadedModule) => (module = loadedModule),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  return Object.assign(run, { loaded: () => module });
}

export function lazyComponent<M, P extends object>(load: Loader<M>, pick: (module: M) => ComponentType<P>): ComponentType<P> {
  const Lazy = lazy(() => load().then((module) => ({ default: pick(module) })));
  function LazyComponent(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the module would remount it.
    const [Component] = useState<ComponentType<P>>(() => {
      const module = load.loaded();
      return module === undefined ? Lazy : pick(module);
    });
    return createElement(Component, props);
  }
  return LazyComponent;
}

/**
 * A module for a page that shows its own placeholder until the module is in (no Suspense, so
 * no reveal delay): undefined while loading; a failed import is thrown to the error boundary.
 */
export function useLoaded<M>(load: Loader<M>): M | undefined {
  const [state, setState] = useState<{ module?: M; error?: unknown }>(() => ({ module: load.loaded() }));
  useEffect(() => {
    if (state.module !== undefined || state.error !== undefined) return;
    let current = true;
    load().then(
      (module) => current && setState({ module }),
      (error: unknown) => current && setState({ error }),
    );
    return () => {
      current = false;
    };
  }, [load, state]);
  if (state.error !== undefined) throw state.error;
  return state.module;
}
