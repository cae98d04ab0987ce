import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { live, liveMeta, openListenerCount, setListenerLinger, stopListeners, type SnapshotMeta, type Subscribe } from './live';

/** A fake listener source: counts starts and lets the test push values. */
function source<T>() {
  const state = { starts: 0, stops: 0, next: (_: T, _meta?: SnapshotMeta) => {}, fail: (_: Error) => {} };
  const subscribe: Subscribe<T> = (next, fail) => {
    state.starts++;
    state.next = next;
    state.fail = fail;
    return () => {
      state.stops++;
    };
  };
  return { state, subscribe };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('live queries', () => {
  it('starts one listener per key, feeds later snapshots into the cache, stops when unobserved', async () => {
    const client = new QueryClient();
    const { state, subscribe } = source<number[]>();
    const options = { queryKey: ['portal', 'x', 'tasks'], ...live(subscribe) };
    const a = new QueryObserver(client, options);
    const b = new QueryObserver(client, options);
    const seen: (number[] | undefined)[] = [];
    const offA = a.subscribe((r) => seen.push(r.data));
    const offB = b.subscribe(() => {});
    await tick();
    expect(state.starts).toBe(1);
    expect(openListenerCount(client)).toBe(1);

    state.next([1]);
    await tick();
    expect(client.getQueryData(options.queryKey)).toEqual([1]);
    state.next([1, 2]);
    await tick();
    expect(a.getCurrentResult().data).toEqual([1, 2]);
    expect(seen.at(-1)).toEqual([1, 2]);

    offA();
    expect(state.stops).toBe(0);
    offB();
    expect(state.stops).toBe(1);
    expect(openListenerCount(client)).toBe(0);

    // Back again: cached data at once, and a fresh listener.
    const c = new QueryObserver(client, options);
    const offC = c.subscribe(() => {});
    expect(c.getCurrentResult().data).toEqual([1, 2]);
    await tick();
    expect(state.starts).toBe(2);
    state.next([3]);
    await tick();
    expect(c.getCurrentResult().data).toEqual([3]);
    offC();
    expect(state.stops).toBe(2);
  });

  it('with a linger, keeps a left page listening for a while: back within it, no new listener', async () => {
    const client = new QueryClient();
    setListenerLinger(client, 80);
    const { state, subscribe } = source<number[]>();
    const options = { queryKey: ['portal', 'x', 'projects'], ...live(subscribe) };
    const first = new QueryObserver(client, options);
    const offFirst = first.subscribe(() => {});
    await tick();
    state.next([1]);
    await tick();
    offFirst();
    expect(state.stops).toBe(0);
    expect(openListenerCount(client)).toBe(1);
    // A change while nobody looks still reaches the cache.
    state.next([1, 2]);
    await tick();
    expect(client.getQueryData(options.queryKey)).toEqual([1, 2]);

    const back = new QueryObserver(client, options);
    const offBack = back.subscribe(() => {});
    expect(back.getCurrentResult().data).toEqual([1, 2]);
    expect(back.getCurrentResult().isStale).toBe(false);
    await wait(120); // longer than the linger: an observed listener never stops
    expect(state.starts).toBe(1);
    expect(state.stops).toBe(0);
    offBack();
    await wait(120);
    expect(state.stops).toBe(1);
    expect(openListenerCount(client)).toBe(0);

    // After the linger: cached data at once, and a fresh listener.
    const later = new QueryObserver(client, options);
    const offLater = later.subscribe(() => {});
    expect(later.getCurrentResult().data).toEqual([1, 2]);
    await tick();
    expect(state.starts).toBe(2);
    offLater();
  });

  it('with a linger, a prefetch listens until a page takes it, or stops after the linger', async () => {
    const client = new QueryClient();
    setListenerLinger(client, 80);
    const taken = source<string>();
    const takenOptions = { queryKey: ['prefetch', 'taken'], ...live(taken.subscribe) };
    void client.prefetchQuery(takenOptions);
    await tick();
    taken.state.next('ready');
    await tick();
    await wait(40);
    const page = new QueryObserver(client, takenOptions);
    const offPage = page.subscribe(() => {});
    expect(page.getCurrentResult().data).toBe('ready');
    await wait(120);
    expect(taken.state.starts).toBe(1);
    expect(taken.state.stops).toBe(0);
    offPage();

    const unused = source<string>();
    void client.prefetchQuery({ queryKey: ['prefetch', 'unused'], ...live(unused.subscribe) });
    await tick();
    unused.state.next('never shown');
    await tick();
    expect(unused.state.stops).toBe(0);
    await wait(120);
    expect(unused.state.stops).toBe(1);
  });

  it('stopListeners ends lingering and observed listeners at once', async () => {
    const client = new QueryClient();
    setListenerLinger(client, 10_000);
    const left = source<string>();
    const shown = source<string>();
    const leftOptions = { queryKey: ['left'], ...live(left.subscribe) };
    const offLeft = new QueryObserver(client, leftOptions).subscribe(() => {});
    const offShown = new QueryObserver(client, { queryKey: ['shown'], ...live(shown.subscribe) }).subscribe(() => {});
    await tick();
    left.state.next('a');
    shown.state.next('b');
    await tick();
    offLeft();
    expect(openListenerCount(client)).toBe(2);
    stopListeners(client);
    expect([left.state.stops, shown.state.stops]).toEqual([1, 1]);
    expect(openListenerCount(client)).toBe(0);
    offShown();
  });

  it('reports the first error, and a later one, as the query error', async () => {
    const client = new QueryClient();
    const { state, subscribe } = source<string>();
    const options = { queryKey: ['k'], ...live(subscribe) };
    const observer = new QueryObserver(client, options);
    const off = observer.subscribe(() => {});
    await tick();
    state.next('ok');
    await tick();
    state.fail(Object.assign(new Error('denied'), { code: 'permission-denied' }));
    await tick();
    expect(observer.getCurrentResult().status).toBe('error');
    expect(openListenerCount(client)).toBe(0);
    // "Try again" starts a new listener.
    void observer.refetch();
    await tick();
    expect(state.starts).toBe(2);
    state.next('back');
    await tick();
    expect(observer.getCurrentResult().data).toBe('back');
    expect(observer.getCurrentResult().status).toBe('success');
    off();
  });

  it('does not leak a listener when the page leaves before the first snapshot', async () => {
    const client = new QueryClient();
    const { state, subscribe } = source<string>();
    const options = { queryKey: ['early'], ...live(subscribe) };
    const observer = new QueryObserver(client, options);
    const off = observer.subscribe(() => {});
    await tick();
    off();
    expect(state.stops).toBe(0);
    state.next('late');
    await tick();
    expect(state.stops).toBe(1);
    expect(openListenerCount(client)).toBe(0);
  });

  const meta = (m: Partial<SnapshotMeta>): SnapshotMeta => ({ fromCache: false, hasPendingWrites: false, pendingIds: [], empty: false, changed: true, ...m });

  it('never settles on an empty answer from the cache: only the server may say there is nothing', async () => {
    const client = new QueryClient();
    const { state, subscribe } = source<number[]>();
    const options = { queryKey: ['honest'], ...live(subscribe) };
    const observer = new QueryObserver(client, options);
    const off = observer.subscribe(() => {});
    await tick();
    expect(liveMeta(client, options.queryKey)).toMatchObject({ fromCache: true, serverAt: null, active: true });
    state.next([], meta({ fromCache: true, empty: true }));
    await tick();
    expect(observer.getCurrentResult().isPending).toBe(true);
    state.next([], meta({ fromCache: false, empty: true, changed: false }));
    await tick();
    expect(observer.getCurrentResult().data).toEqual([]);
    const synced = liveMeta(client, options.queryKey);
    expect(synced?.fromCache).toBe(false);
    expect(synced?.serverAt).toBeTypeOf('number');
    off();
    expect(liveMeta(client, options.queryKey)?.active).toBe(false);
  });

  it('shows cached data at once, marks it as from the cache, and skips metadata-only snapshots', async () => {
    const client = new QueryClient();
    const { state, subscribe } = source<number[]>();
    const options = { queryKey: ['cached'], ...live(subscribe) };
    const observer = new QueryObserver(client, options);
    const off = observer.subscribe(() => {});
    await tick();
    state.next([1], meta({ fromCache: true }));
    await tick();
    expect(observer.getCurrentResult().data).toEqual([1]);
    expect(liveMeta(client, options.queryKey)).toMatchObject({ fromCache: true, serverAt: null });
    const updatedAt = observer.getCurrentResult().dataUpdatedAt;
    await new Promise((r) => setTimeout(r, 5));
    state.next([1], meta({ fromCache: false, changed: false }));
    await tick();
    expect(observer.getCurrentResult().dataUpdatedAt).toBe(updatedAt);
    expect(liveMeta(client, options.queryKey)?.fromCache).toBe(false);
    state.next([1, 2], meta({ hasPendingWrites: true, pendingIds: ['b'] }));
    await tick();
    expect(observer.getCurrentResult().data).toEqual([1, 2]);
    expect(liveMeta(client, options.queryKey)?.pendingIds).toEqual(['b']);
    off();
  });
});
