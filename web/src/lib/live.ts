/**
 * Firestore listeners feeding TanStack Query (DESIGN §6).
 *
 * A live query's `queryFn` starts one `onSnapshot` listener per query key and resolves with the
 * first snapshot; later snapshots go into the cache with `setQueryData`, so every observer
 * re-renders when staff change something. The listener lives while the query has observers:
 * when the last one unmounts it is stopped and the cached data marked stale, so the next mount
 * shows the cached data at once and starts a fresh listener. Never two listeners for one key.
 */
import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import {
  onSnapshot,
  type DocumentReference,
  type DocumentSnapshot,
  type Query,
  type QuerySnapshot,
  type SnapshotOptions,
} from 'firebase/firestore';

/** Starts a listener; calls `next` with each value and `fail` once on error; returns the stop. */
export type Subscribe<T> = (next: (value: T) => void, fail: (error: Error) => void) => () => void;

interface Listener {
  stop: () => void;
  first: Promise<unknown>;
  settled: boolean;
  latest: unknown;
  /** the last observer left before the first snapshot: stop once it arrives */
  stopWhenSettled: boolean;
}

const registries = new WeakMap<QueryClient, Map<string, Listener>>();

/** Read options for snapshots: pending server timestamps read as the local estimate. */
export const SNAPSHOT_OPTIONS: SnapshotOptions = { serverTimestamps: 'estimate' };

function countReads(n: number): void {
  if (import.meta.env.VITE_BENCH === '1') {
    const w = globalThis as { __agencyOsReads?: number };
    w.__agencyOsReads = (w.__agencyOsReads ?? 0) + n;
  }
}

function registryFor(client: QueryClient): Map<string, Listener> {
  let registry = registries.get(client);
  if (registry) return registry;
  const created = new Map<string, Listener>();
  registries.set(client, created);
  client.getQueryCache().subscribe((event) => {
    const hash = event.query.queryHash;
    const listener = created.get(hash);
    if (!listener) return;
    if (event.type === 'observerAdded') {
      listener.stopWhenSettled = false;
    } else if ((event.type === 'observerRemoved' && event.query.getObserversCount() === 0) || event.type === 'removed') {
      if (!listener.settled) {
        listener.stopWhenSettled = true;
        return;
      }
      listener.stop();
      created.delete(hash);
      // Data stays on screen from the cache; the next observer refetches (a new listener).
      if (event.type !== 'removed') event.query.invalidate();
    }
  });
  registry = created;
  return registry;
}

/** How many listeners a client has open (tests and the bench). */
export function openListenerCount(client: QueryClient): number {
  return registries.get(client)?.size ?? 0;
}

/**
 * The `queryFn` and options for a live query. Spread into `queryOptions({ queryKey, ... })`.
 * Data never goes stale while the listener runs; errors are shown, not retried (a denied read
 * stays denied; the page offers "Try again", which starts a new listener).
 */
export function live<T>(subscribe: Subscribe<T>) {
  return {
    queryFn: ({ client, queryKey }: { client: QueryClient; queryKey: QueryKey }): Promise<T> => {
      const registry = registryFor(client);
      const hash = hashKey(queryKey);
      const existing = registry.get(hash);
      if (existing) return (existing.settled ? Promise.resolve(existing.latest) : existing.first) as Promise<T>;

      let resolveFirst!: (value: T) => void;
      let rejectFirst!: (error: Error) => void;
      const first = new Promise<T>((resolve, reject) => {
        resolveFirst = resolve;
        rejectFirst = reject;
      });
      const listener: Listener = { stop: () => {}, first, settled: false, latest: undefined, stopWhenSettled: false };
      registry.set(hash, listener);
      const query = () => client.getQueryCache().find({ queryKey, exact: true });

      listener.stop = subscribe(
        (value) => {
          listener.latest = value;
          if (!listener.settled) {
            listener.settled = true;
            resolveFirst(value);
            if (listener.stopWhenSettled) {
              listener.stop();
              registry.delete(hash);
              queueMicrotask(() => query()?.invalidate());
            }
          } else {
            client.setQueryData(queryKey, value);
          }
        },
        (error) => {
          listener.stop();
          if (registry.get(hash) === listener) registry.delete(hash);
          if (!listener.settled) {
            listener.settled = true;
            rejectFirst(error);
          } else {
            const q = query();
            q?.setState({ ...q.state, status: 'error', error, errorUpdateCount: q.state.errorUpdateCount + 1, errorUpdatedAt: Date.now(), fetchStatus: 'idle' });
          }
        },
      );
      return first;
    },
    staleTime: Infinity,
    retry: false,
    networkMode: 'always' as const,
  };
}

/** A document listener: the document with its id, or null when it does not exist. */
export function docSubscription<T>(ref: () => DocumentReference<T>): Subscribe<T | null> {
  return (next, fail) =>
    onSnapshot(
      ref(),
      (snapshot: DocumentSnapshot<T>) => {
        countReads(1);
        next(snapshot.exists() ? (snapshot.data(SNAPSHOT_OPTIONS) ?? null) : null);
      },
      fail,
    );
}

/** A query listener: the matching documents, in the query's order. */
export function querySubscription<T>(query: () => Query<T>): Subscribe<T[]> {
  return (next, fail) =>
    onSnapshot(
      query(),
      (snapshot: QuerySnapshot<T>) => {
        countReads(Math.max(1, snapshot.docChanges().length));
        next(snapshot.docs.map((doc) => doc.data(SNAPSHOT_OPTIONS)));
      },
      fail,
    );
}

/**
 * Runs a one-off aggregation (count, sum) for a TanStack query — not a listener. Firestore bills
 * one read per 1,000 index entries it scans (at least one); `entries` tells how many that was.
 */
export async function aggregation<T>(run: () => Promise<T>, entries: (result: T) => number): Promise<T> {
  const result = await run();
  countReads(Math.max(1, Math.ceil(entries(result) / 1000)));
  return result;
}
