/**
 * Firestore listeners feeding TanStack Query (DESIGN §6).
 *
 * A live query's `queryFn` starts one `onSnapshot` listener per query key and resolves with the
 * first snapshot; later snapshots go into the cache with `setQueryData`, so every observer
 * re-renders when staff change something. The listener lives while the query has observers:
 * when the last one unmounts it is stopped and the cached data marked stale, so the next mount
 * shows the cached data at once and starts a fresh listener. Never two listeners for one key.
 *
 * Honest states (issue 12): the listeners pass each snapshot's metadata along (`SnapshotMeta`).
 * A first snapshot from the local cache that has nothing in it (an empty list, a missing
 * document) does not settle the query: only the server may say "there is nothing", so the page
 * stays in its loading state ("Connecting…") rather than showing an empty state. What the
 * latest snapshot of each key was (cache or server, when the server last answered, which
 * documents have local writes not yet on the server) is kept beside the query cache:
 * `liveMeta`, `liveMetas`, `subscribeLiveMeta`. Subscriptions that pass no metadata behave as
 * before (every snapshot counts as a server answer).
 */
import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import {
  getDocs,
  onSnapshot,
  type DocumentReference,
  type DocumentSnapshot,
  type Query,
  type QuerySnapshot,
  type SnapshotOptions,
} from 'firebase/firestore';

/** What a snapshot says about where it came from (Firestore's snapshot metadata). */
export interface SnapshotMeta {
  /** from the local cache: the server has not confirmed it (offline, or not heard from yet) */
  fromCache: boolean;
  hasPendingWrites: boolean;
  /** ids of the documents with local writes the server has not confirmed */
  pendingIds: readonly string[];
  /** nothing in it: an empty list or a missing document */
  empty: boolean;
  /** the data differs from the previous snapshot's (false: only the metadata changed) */
  changed: boolean;
}

/** Starts a listener; calls `next` with each value and `fail` once on error; returns the stop. */
export type Subscribe<T> = (next: (value: T, meta?: SnapshotMeta) => void, fail: (error: Error) => void) => () => void;

/** What is known about one live query key's freshness. */
export interface LiveMeta {
  /** the latest snapshot came from the local cache */
  fromCache: boolean;
  /** when the server last answered for this key in this session (ms), null: not yet */
  serverAt: number | null;
  hasPendingWrites: boolean;
  pendingIds: readonly string[];
  /** when its current listener started (ms) */
  startedAt: number;
  /** a listener is running for it */
  active: boolean;
}

interface MetaStore {
  metas: Map<string, LiveMeta>;
  listeners: Set<() => void>;
  version: number;
  notifying: boolean;
}

const metaStores = new WeakMap<QueryClient, MetaStore>();

function metaStoreFor(client: QueryClient): MetaStore {
  let store = metaStores.get(client);
  if (!store) {
    store = { metas: new Map(), listeners: new Set(), version: 0, notifying: false };
    metaStores.set(client, store);
  }
  return store;
}

function setMeta(client: QueryClient, hash: string, update: (before: LiveMeta | undefined) => LiveMeta): void {
  const store = metaStoreFor(client);
  store.metas.set(hash, update(store.metas.get(hash)));
  // Listeners hear of it once per task, never in the middle of a render that started a query.
  if (store.notifying) return;
  store.notifying = true;
  queueMicrotask(() => {
    store.notifying = false;
    store.version += 1;
    for (const listener of [...store.listeners]) listener();
  });
}

/** The freshness of one live query key (undefined: never listened to). */
export function liveMeta(client: QueryClient, queryKey: QueryKey): LiveMeta | undefined {
  return metaStores.get(client)?.metas.get(hashKey(queryKey));
}

/** Every key's freshness, by query hash. */
export function liveMetas(client: QueryClient): ReadonlyMap<string, LiveMeta> {
  return metaStoreFor(client).metas;
}

/** Calls `listener` whenever any key's freshness changes; returns the unsubscribe. */
export function subscribeLiveMeta(client: QueryClient, listener: () => void): () => void {
  const store = metaStoreFor(client);
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}

/** Changes whenever any key's freshness changes (a snapshot for useSyncExternalStore). */
export function liveMetaVersion(client: QueryClient): number {
  return metaStoreFor(client).version;
}

interface Listener {
  stop: () => void;
  first: Promise<unknown>;
  settled: boolean;
  latest: unknown;
  /** the last observer left before the first snapshot: stop once it arrives */
  stopWhenSettled: boolean;
  /** marks the query's data stale (the next observer starts a new listener) */
  invalidate: () => void;
  /** the pending stop of a listener nobody observes, while it lingers */
  lingering?: ReturnType<typeof setTimeout>;
}

const registries = new WeakMap<QueryClient, Map<string, Listener>>();
const lingers = new WeakMap<QueryClient, number>();

/**
 * Keeps a client's listeners running `ms` after their last observer leaves (and after a prefetch
 * nobody has observed yet): going back to a page within that time shows it at once, live, with
 * no new reads. 0 (the default) stops them at once.
 */
export function setListenerLinger(client: QueryClient, ms: number): void {
  lingers.set(client, ms);
}

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
      clearTimeout(listener.lingering);
      listener.lingering = undefined;
    } else if (event.type === 'observerRemoved' && event.query.getObserversCount() === 0) {
      const linger = lingers.get(client) ?? 0;
      if (linger > 0) lingerThenStop(client, created, hash, linger);
      else stopUnobserved(created, hash, true);
    } else if (event.type === 'removed') {
      stopUnobserved(created, hash, false);
    }
  });
  registry = created;
  return registry;
}

/** Stops the listener of `hash` (or once its first snapshot arrives); `invalidate` marks its data stale. */
function stopUnobserved(registry: Map<string, Listener>, hash: string, invalidate: boolean): void {
  const listener = registry.get(hash);
  if (!listener) return;
  clearTimeout(listener.lingering);
  listener.lingering = undefined;
  if (!listener.settled) {
    listener.stopWhenSettled = true;
    return;
  }
  listener.stop();
  registry.delete(hash);
  // Data stays on screen from the cache; the next observer refetches (a new listener).
  if (invalidate) listener.invalidate();
}

function lingerThenStop(client: QueryClient, registry: Map<string, Listener>, hash: string, ms: number): void {
  const listener = registry.get(hash);
  if (!listener) return;
  clearTimeout(listener.lingering);
  listener.lingering = setTimeout(() => {
    listener.lingering = undefined;
    const query = client.getQueryCache().get(hash);
    if (registry.get(hash) === listener && (query?.getObserversCount() ?? 0) === 0) stopUnobserved(registry, hash, true);
  }, ms);
}

/** Stops every listener of a client now, lingering or not (the portal leaving, e.g. on sign-out). */
export function stopListeners(client: QueryClient): void {
  const registry = registries.get(client);
  if (!registry) return;
  for (const hash of [...registry.keys()]) stopUnobserved(registry, hash, true);
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
      const query = () => client.getQueryCache().find({ queryKey, exact: true });
      const listener: Listener = { stop: () => {}, invalidate: () => void query()?.invalidate(), first, settled: false, latest: undefined, stopWhenSettled: false };
      registry.set(hash, listener);
      // A prefetch (no observer yet) lingers like a page just left.
      const linger = lingers.get(client) ?? 0;
      if (linger > 0 && (query()?.getObserversCount() ?? 0) === 0) lingerThenStop(client, registry, hash, linger);

      const startedAt = Date.now();
      setMeta(client, hash, (before) => ({
        fromCache: before?.fromCache ?? true,
        serverAt: before?.serverAt ?? null,
        hasPendingWrites: before?.hasPendingWrites ?? false,
        pendingIds: before?.pendingIds ?? [],
        startedAt,
        active: true,
      }));
      const stopListening = subscribe(
        (value, meta) => {
          const fromCache = meta?.fromCache ?? false;
          setMeta(client, hash, (before) => ({
            fromCache,
            serverAt: fromCache ? (before?.serverAt ?? null) : Date.now(),
            hasPendingWrites: meta?.hasPendingWrites ?? false,
            pendingIds: meta?.pendingIds ?? [],
            startedAt: before?.startedAt ?? startedAt,
            active: registry.get(hash) === listener,
          }));
          // Only the server may say there is nothing: an empty answer from the cache waits.
          if (!listener.settled && fromCache && meta?.empty) return;
          if (listener.settled && meta && !meta.changed) return;
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
          setMeta(client, hash, (before) => ({ ...(before ?? { fromCache: true, serverAt: null, hasPendingWrites: false, pendingIds: [], startedAt }), active: false }));
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
      listener.stop = () => {
        stopListening();
        const before = metaStoreFor(client).metas.get(hash);
        if (before?.active) setMeta(client, hash, () => ({ ...before, active: false }));
      };
      return first;
    },
    staleTime: Infinity,
    retry: false,
    networkMode: 'always' as const,
  };
}

/**
 * A document listener: the document with its id, or null when it does not exist. Listens with
 * `includeMetadataChanges` so the page learns when the cache's copy is confirmed by the server.
 */
export function docSubscription<T>(ref: () => DocumentReference<T>): Subscribe<T | null> {
  return (next, fail) => {
    let fromServer = false;
    return onSnapshot(
      ref(),
      { includeMetadataChanges: true },
      (snapshot: DocumentSnapshot<T>) => {
        const { fromCache, hasPendingWrites } = snapshot.metadata;
        if (!fromCache && !fromServer) countReads(1);
        if (!fromCache) fromServer = true;
        const exists = snapshot.exists();
        next(exists ? (snapshot.data(SNAPSHOT_OPTIONS) ?? null) : null, {
          fromCache,
          hasPendingWrites,
          pendingIds: hasPendingWrites ? [snapshot.id] : [],
          empty: !exists,
          changed: true,
        });
      },
      fail,
    );
  };
}

/** A query listener: the matching documents, in the query's order (with metadata changes, as above). */
export function querySubscription<T>(query: () => Query<T>): Subscribe<T[]> {
  return (next, fail) => {
    let fromServer = false;
    let first = true;
    return onSnapshot(
      query(),
      { includeMetadataChanges: true },
      (snapshot: QuerySnapshot<T>) => {
        const { fromCache, hasPendingWrites } = snapshot.metadata;
        const changes = snapshot.docChanges().length;
        // Reads are billed for what the server sends: its first answer, then each change.
        if (!fromCache && !fromServer) countReads(Math.max(1, changes));
        else if (!fromCache && changes > 0) countReads(changes);
        if (!fromCache) fromServer = true;
        const changed = first || changes > 0;
        first = false;
        next(
          snapshot.docs.map((doc) => doc.data(SNAPSHOT_OPTIONS)),
          {
            fromCache,
            hasPendingWrites,
            pendingIds: hasPendingWrites ? snapshot.docs.filter((doc) => doc.metadata.hasPendingWrites).map((doc) => doc.id) : [],
            empty: snapshot.empty,
            changed,
          },
        );
      },
      fail,
    );
  };
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

/**
 * A one-off read of a query (not a listener), counted like a listener's first answer. Offline,
 * getDocs answers from the local cache: an empty answer from there is not "nothing matches", so
 * it fails as unreachable instead.
 */
export async function fetchOnce<T>(query: Query<T>): Promise<T[]> {
  const snapshot = await getDocs(query);
  countReads(Math.max(1, snapshot.size));
  if (snapshot.empty && snapshot.metadata.fromCache) {
    throw Object.assign(new Error('The server could not be reached; only this device’s cache answered.'), { code: 'unavailable' });
  }
  return snapshot.docs.map((doc) => doc.data(SNAPSHOT_OPTIONS));
}
