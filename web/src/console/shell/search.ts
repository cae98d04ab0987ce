/**
 * Global search over companies, projects and tasks, from the search index Cloud Functions keep
 * (`searchIndex`, see functions/src/search): one `array-contains` query per kind on the longest
 * word typed, at most SEARCH_PER_KIND entries each, so a search costs what it shows however
 * large the agency. The other words filter those entries in the browser (every word must start
 * a word of the title or the company's name), and the best matches come first.
 */
import { useQuery } from '@tanstack/react-query';
import { SEARCH_KINDS, SEARCH_PREFIX_MAX, searchQueryToken, searchWords, type SearchEntry, type SearchKind, type WithId } from '@model';
import { searchIndexQuery } from '../../lib/dashboardRefs';
import { fetchOnce } from '../../lib/live';
import { score } from '../lib/text';
import { useConsole } from '../lib/env';

/** Entries asked for per kind (the index query's limit). */
export const SEARCH_PER_KIND = 10;
/** Results shown per kind. */
export const SEARCH_SHOWN_PER_KIND = 5;

export interface SearchResult {
  kind: SearchKind;
  id: string;
  title: string;
  detail: string;
  to: string;
}

function linkTo(entry: SearchEntry): string {
  if (entry.kind === 'company') return `/console/companies/${entry.companyId}`;
  return `/console/${entry.kind === 'project' ? 'projects' : 'tasks'}/${entry.companyId}/${entry.docId}`;
}

/** The entries that match every word typed, best first, at most `limit` per kind. */
export function rankEntries(query: string, entries: readonly SearchEntry[], limit = SEARCH_SHOWN_PER_KIND): SearchResult[] {
  const words = searchWords(query).map((w) => w.slice(0, SEARCH_PREFIX_MAX));
  if (words.length === 0) return [];
  const seen = new Set<string>();
  return SEARCH_KINDS.flatMap((kind) =>
    entries
      .filter((e) => e.kind === kind && words.every((w) => e.tokens.includes(w)))
      .filter((e) => {
        const key = `${e.kind}/${e.companyId}/${e.docId}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((e) => ({ e, s: score(query, e.title, e.subtitle) }))
      .sort((a, b) => b.s - a.s || a.e.title.localeCompare(b.e.title))
      .slice(0, limit)
      .map(({ e }) => ({ kind, id: `${e.companyId}/${e.docId}`, title: e.title, detail: e.subtitle, to: linkTo(e) })),
  );
}

export const searchKeys = {
  all: () => ['searchIndex'] as const,
  token: (token: string) => ['searchIndex', token] as const,
};

/** The index entries for one token: three small one-off queries (not listeners). */
export function useSearch(query: string) {
  const { db } = useConsole();
  const token = searchQueryToken(query);
  const result = useQuery({
    queryKey: searchKeys.token(token ?? ''),
    queryFn: async (): Promise<WithId<SearchEntry>[]> =>
      (await Promise.all(SEARCH_KINDS.map((kind) => fetchOnce(searchIndexQuery(db, kind, token!, SEARCH_PER_KIND))))).flat(),
    enabled: token !== null,
    staleTime: 30_000,
    placeholderData: (previous) => previous,
  });
  return {
    ready: token === null || (result.data !== undefined && !result.isPlaceholderData),
    error: result.error,
    results: token === null ? [] : rankEntries(query, result.data ?? []),
  };
}
