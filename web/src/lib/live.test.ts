import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { live, openListenerCount, type Subscribe } from './live';

/** A fake listener source: counts starts and lets the test push values. */
function source<T>() {
  const state = { starts: 0, stops: 0, next: (_: T) => {}, fail: (_: Error) => {} };
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
});
