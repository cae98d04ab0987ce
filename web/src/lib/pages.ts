/**
 * Paginated live lists (issue 10): what a list costs follows what it shows.
 *
 * A list is an ordered query whose last orderBy is the document id. Each page is its own live
 * query (lib/live.ts) keyed `[...listKey, 'page', cursor]`: the first page starts at the
 * beginning, every later one after the cursor values of the item shown last when "Load more"
 * was pressed. A page asks for one document more than it shows: that look-ahead says whether
 * there is more, so "Load more" appears only when there is.
 *
 * Pages are concatenated in order and deduplicated by id: a live page can grow or shrink (an
 * item moves between pages when staff change it), and the same document may then be in two.
 * The pure parts (mergePages, nextCursor, withCursor) are tested in pages.test.ts.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { hashKey, useQueries, useQuery, useQueryClient, type QueryClient, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import { getCountFromServer, type Query } from 'firebase/firestore';
import { aggregation, live, liveMeta, liveMetaVersion, subscribeLiveMeta, type Subscribe } from './live';

/** The values of the list's orderBy fields for one item, ending with its id (see refs.ts). */
export type Cursor = readonly unknown[];

export interface Merged<T> {
  /** what the list shows, in query order, each id once */
  items: T[];
  /** the last page found a document beyond what it shows */
  hasMore: boolean;
  /** pages whose first snapshot has arrived, from the first on (a later one may still be loading) */
  loaded: number;
}

/**
 * Concatenates the pages (each `pageSize + 1` documents at most, in query order). Pages are used
 * up to the first one still loading. Every page but the last shown one contributes all its
 * documents (its look-ahead is the next page's first, or one pushed down by a live insert);
 * the last shows `pageSize` and its look-ahead only says there is more.
 */
export function mergePages<T extends { id: string }>(pages: readonly (readonly T[] | undefined)[], pageSize: number): Merged<T> {
  let loaded = 0;
  while (loaded < pages.length && pages[loaded] !== undefined) loaded += 1;
  const seen = new Set<string>();
  const items: T[] = [];
  let hasMore = false;
  for (let i = 0; i < loaded; i += 1) {
    const page = pages[i] ?? [];
    const last = i === loaded - 1;
    const shown = last ? page.slice(0, pageSize) : page;
    if (last) hasMore = page.length > pageSize;
    for (const item of shown) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(item);
    }
  }
  return { items, hasMore, loaded };
}

/** Where the next page starts: after the item shown last (null when nothing is shown). */
export function nextCursor<T>(items: readonly T[], cursorOf: (item: T) => Cursor): Cursor | null {
  const last = items.at(-1);
  return last === undefined ? null : cursorOf(last);
}

/** The page cursors with `next` added, unless a page already starts there. */
export function withCursor(cursors: readonly (Cursor | null)[], next: Cursor): (Cursor | null)[] {
  const hash = hashKey([next]);
  return cursors.some((c) => c !== null && hashKey([c]) === hash) ? [...cursors] : [...cursors, next];
}

/** The query key of one page: general to specific, the cursor last. */
export function pageKey(listKey: QueryKey, cursor: Cursor | null): QueryKey {
  return [...listKey, 'page', cursor];
}

export interface LivePagesOptions<T> {
  /** the list, general to specific: e.g. [...scope, 'tasks', 'list', filter] */
  listKey: QueryKey;
  /** items shown per page (each page listens to one more: the look-ahead) */
  pageSize: number;
  /** a listener to `limit` documents after `cursor` (null: from the start) */
  page: (cursor: Cursor | null, limit: number) => Subscribe<T[]>;
  cursorOf: (item: T) => Cursor;
  enabled?: boolean;
}

export interface LivePages<T> {
  items: T[];
  /** no first snapshot yet: show a loading state, never the empty one */
  isPending: boolean;
  /** the first page failed */
  isError: boolean;
  error: Error | null;
  hasMore: boolean;
  /** adds the next page (only when there is more and no page is loading) */
  loadMore: () => void;
  isLoadingMore: boolean;
  /** a later page failed; retry() starts its listener again */
  loadMoreError: Error | null;
  retry: () => void;
  /** changes whenever any page has a new snapshot (to refetch counts and totals) */
  version: number;
  /** where what is shown came from (issue 12): see useLiveFreshness */
  freshness: Freshness;
}

/** Where a set of live queries' data came from. */
export interface Freshness {
  /** some shown data is from the local cache, not (yet) confirmed by the server */
  fromCache: boolean;
  /** every key has had a server answer in this session: an empty list is really empty */
  synced: boolean;
  /** the oldest of their latest server answers (ms), null when one has had none */
  serverAt: number | null;
  /** documents with local writes not yet on the server */
  pendingIds: ReadonlySet<string>;
}

const NO_PENDING: ReadonlySet<string> = new Set();

/** The freshness of live query keys, re-rendering when their snapshots' metadata change. */
export function useLiveFreshness(keys: readonly QueryKey[]): Freshness {
  const client = useQueryClient();
  const subscribe = useCallback((listener: () => void) => subscribeLiveMeta(client, listener), [client]);
  const version = useSyncExternalStore(subscribe, () => liveMetaVersion(client));
  const hashes = keys.map((k) => hashKey(k)).join('|');
  return useMemo(() => {
    void version;
    let fromCache = false;
    let synced = keys.length > 0;
    let serverAt: number | null = keys.length > 0 ? Infinity : null;
    const pending = new Set<string>();
    for (const key of keys) {
      const meta = liveMeta(client, key);
      if (!meta || meta.fromCache) fromCache = true;
      if (!meta || meta.serverAt === null) synced = false;
      serverAt = meta?.serverAt != null && serverAt !== null ? Math.min(serverAt, meta.serverAt) : null;
      for (const id of meta?.pendingIds ?? []) pending.add(id);
    }
    return { fromCache, synced, serverAt, pendingIds: pending.size ? pending : NO_PENDING };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the keys are compared by their hashes
  }, [client, version, hashes]);
}

interface PagesState {
  hash: string;
  cursors: (Cursor | null)[];
}

/** What a paginated list is, without where it is shown (the hook's and the prefetch's options). */
export type LiveList<T> = Omit<LivePagesOptions<T>, 'enabled'>;

/**
 * Starts a list's first page listening before its page opens (a link hovered or focused): with
 * the portal's listener linger, the page then shows it at once if opened, or it stops unused.
 */
export function prefetchFirstPage<T>(client: QueryClient, { listKey, pageSize, page }: LiveList<T>): void {
  void client.prefetchQuery({ queryKey: pageKey(listKey, null), ...live(page(null, pageSize + 1)) });
}

/** A paginated live list: the first page at once, the next ones on demand. */
export function useLivePages<T extends { id: string }>(options: LivePagesOptions<T>): LivePages<T> {
  const { listKey, pageSize, page, cursorOf, enabled = true } = options;
  const hash = hashKey(listKey);
  const [state, setState] = useState<PagesState>({ hash, cursors: [null] });
  // Another list (a new filter): start again from its first page.
  const cursors = useMemo(() => (state.hash === hash ? state.cursors : [null]), [state, hash]);

  const combine = useCallback(
    (results: UseQueryResult<T[], Error>[]) => {
      const merged = mergePages(
        results.map((r) => r.data),
        pageSize,
      );
      const first = results[0];
      const later = results.slice(1);
      const failed = later.find((r) => r.isError);
      return {
        ...merged,
        isPending: !first || (first.data === undefined && !first.isError),
        isError: Boolean(first?.isError),
        error: first?.error ?? null,
        isLoadingMore: later.some((r) => r.data === undefined && !r.isError),
        loadMoreError: failed?.error ?? null,
        version: results.reduce((max, r) => Math.max(max, r.dataUpdatedAt), 0),
        refetchFailed: () => {
          for (const r of results) if (r.isError) void r.refetch();
        },
      };
    },
    [pageSize],
  );

  const result = useQueries({
    queries: cursors.map((cursor) => ({
      queryKey: pageKey(listKey, cursor),
      ...live(page(cursor, pageSize + 1)),
      enabled,
    })),
    combine,
  });

  const { items, hasMore, loaded, refetchFailed } = result;
  const loadedKeys = useMemo(() => cursors.slice(0, Math.max(1, loaded)).map((cursor) => pageKey(listKey, cursor)), [cursors, loaded, listKey]);
  const freshness = useLiveFreshness(loadedKeys);
  // A later page's first answer can come from the local cache, holding only the documents the
  // cache has: its "nothing beyond" is not the server's. Until the server answers, the list is
  // still loading more, never at its end (a filter on it would claim "no match").
  const lastKey = useMemo(() => loadedKeys.slice(-1), [loadedKeys]);
  const last = useLiveFreshness(lastKey);
  const endUnconfirmed = loaded > 1 && !hasMore && !last.synced;
  const isLoadingMore = result.isLoadingMore || endUnconfirmed;
  const loadMore = useCallback(() => {
    if (!hasMore || isLoadingMore || loaded < cursors.length) return;
    const next = nextCursor(items, cursorOf);
    if (next) setState({ hash, cursors: withCursor(cursors, next) });
  }, [hasMore, isLoadingMore, loaded, cursors, items, cursorOf, hash]);

  return {
    items,
    isPending: result.isPending,
    isError: result.isError,
    error: result.error,
    hasMore,
    loadMore,
    isLoadingMore,
    loadMoreError: result.loadMoreError,
    retry: refetchFailed,
    version: result.version,
    freshness,
  };
}

/**
 * A count or total (an aggregation query) beside a live list: fetched once, not listened to,
 * and fetched again whenever the list's snapshots change (`version` from useLivePages).
 */
export function useAggregate<T>(
  options: { queryKey: QueryKey; queryFn: () => Promise<T>; enabled?: boolean },
  version: number,
): UseQueryResult<T, Error> {
  const client = useQueryClient();
  const query = useQuery({ ...options, staleTime: Infinity, retry: false });
  const key = hashKey(options.queryKey);
  const seen = useRef({ key, version });
  useEffect(() => {
    const before = seen.current;
    seen.current = { key, version };
    // The list's first snapshot (or another list's) is not a change: the aggregate was fetched alongside it.
    if (before.key === key && before.version !== 0 && before.version !== version) {
      // Several observers may see the same change: one refetch, not one each.
      void client.invalidateQueries({ predicate: (q) => q.queryHash === key }, { cancelRefetch: false });
    }
  }, [client, version, key]);
  return query;
}

/** How many documents a query matches: count(), no document read (one read per 1,000 entries). */
export function countOf(query: Query<unknown>): Promise<number> {
  return aggregation(async () => (await getCountFromServer(query)).data().count, (n) => n);
}
