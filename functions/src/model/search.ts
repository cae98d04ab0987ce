/**
 * The console's search index (`searchIndex/{kind~companyId~id}`, staff read, Functions write):
 * one small entry per company, project and task with the prefixes of the words people type, so
 * a search is `array-contains` on one token with a limit — its cost follows the results shown,
 * not the size of the agency.
 */
import type { TimestampLike } from './documents';

export const SEARCH_KINDS = ['company', 'project', 'task'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchEntry {
  kind: SearchKind;
  companyId: string;
  /** the project's or task's id (the company's own id for a company) */
  docId: string;
  title: string;
  /** the company's name for projects and tasks */
  subtitle: string;
  tokens: string[];
  updatedAt: TimestampLike;
}

/** Longest prefix indexed per word, and most tokens per entry. */
export const SEARCH_PREFIX_MAX = 15;
export const SEARCH_TOKENS_MAX = 120;

export const searchEntryId = (kind: SearchKind, companyId: string, docId: string) => `${kind}~${companyId}~${docId}`;

/** Lower case, accents dropped: "Café Déco" → "cafe deco". */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function searchWords(text: string): string[] {
  return normalizeSearchText(text).split(/[^a-z0-9]+/).filter(Boolean);
}

/** Every prefix of every word (up to SEARCH_PREFIX_MAX characters), first words first. */
export function searchTokens(...texts: string[]): string[] {
  const tokens = new Set<string>();
  for (const word of texts.flatMap(searchWords)) {
    for (let n = 1; n <= Math.min(word.length, SEARCH_PREFIX_MAX); n++) tokens.add(word.slice(0, n));
  }
  return [...tokens].slice(0, SEARCH_TOKENS_MAX);
}

/** The token a query is sent with: the longest word typed, cut to SEARCH_PREFIX_MAX. */
export function searchQueryToken(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.slice(0, SEARCH_PREFIX_MAX);
}
