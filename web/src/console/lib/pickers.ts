/**
 * What the console's pickers (components/Picker.tsx) offer, a few at a time (issue 10): what the
 * person typed is looked up in the search index Cloud Functions keep (functions/src/search), one
 * `array-contains` query on the longest word typed with a limit; with nothing typed, the first
 * few of a short ordered query. The chosen value is named by its own document read (lib/names.ts),
 * so a picker never reads every company, project or task it could offer.
 */
import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { searchQueryToken, searchWords, SEARCH_PREFIX_MAX, type SearchEntry } from '@model';
import { fetchOnce } from '../../lib/live';
import { taskRef } from '../../lib/refs';
import { PICKER_SIZE, pickerQueries } from './pickerQueries';
import { useConsole } from './env';
import { liveDoc } from './options';
import { taskKeys } from './queries';
import { score } from './text';

export interface PickerOption {
  value: string;
  label: string;
  /** a second line: the company of a project found across companies */
  detail?: string;
}

export interface PickerChoices {
  options: PickerOption[];
  /** the options shown are for what is typed now (not the previous text's, kept while loading) */
  ready: boolean;
  error: Error | null;
}

/** The index entries that match every word typed (the query matched the longest), best first. */
export function rankPickerEntries<E extends Pick<SearchEntry, 'title' | 'tokens'>>(text: string, entries: readonly E[]): E[] {
  const words = searchWords(text).map((w) => w.slice(0, SEARCH_PREFIX_MAX));
  return entries
    .filter((e) => words.every((w) => e.tokens.includes(w)))
    .map((e) => ({ e, s: score(text, e.title) }))
    .sort((a, b) => b.s - a.s || a.e.title.localeCompare(b.e.title))
    .map(({ e }) => e);
}

/** An option found in the index: its tokens let the other words typed narrow it in the browser. */
type Found = PickerOption & { title: string; tokens: string[] };

/**
 * One query per token (cached: typing more of the same word asks nothing new); the entries are
 * narrowed and ranked by the whole text here.
 */
function useChoices(key: QueryKey, text: string, load: () => Promise<(PickerOption | Found)[]>, enabled: boolean): PickerChoices {
  const result = useQuery({ queryKey: ['picker', ...key], queryFn: load, enabled, staleTime: 30_000, placeholderData: keepPreviousData });
  const data = enabled ? (result.data ?? []) : [];
  // Index entries (the query was by a token) are narrowed by every word; the others are shown as they are.
  const found = data.filter((o): o is Found => 'tokens' in o);
  const options = found.length < data.length ? data : rankPickerEntries(text, found).map(({ value, label, detail }) => ({ value, label, ...(detail ? { detail } : {}) }));
  return { options, ready: !enabled || (result.data !== undefined && !result.isPlaceholderData), error: result.error };
}

/** Companies: by what is typed (the index), else the first few by name. */
export function useCompanyChoices(text: string, enabled = true): PickerChoices {
  const { db } = useConsole();
  const token = searchQueryToken(text);
  return useChoices(
    ['companies', token ?? ''],
    text,
    async () => {
      if (token === null) return (await fetchOnce(pickerQueries.companies(db))).map((c) => ({ value: c.id, label: c.name }));
      const entries = await fetchOnce(pickerQueries.companiesMatching(db, token));
      return entries.map((e) => ({ value: e.companyId, label: e.title, title: e.title, tokens: e.tokens }));
    },
    enabled,
  );
}

/**
 * Projects of one company (value: the project id), or of every company (value:
 * `companyId/projectId`, the company as detail; with nothing typed, the first open ones by name).
 */
export function useProjectChoices(companyId: string | null, text: string, enabled = true): PickerChoices {
  const { db } = useConsole();
  const token = searchQueryToken(text);
  return useChoices(
    ['projects', companyId ?? '*', token ?? ''],
    text,
    async () => {
      if (token === null) {
        if (companyId) return (await fetchOnce(pickerQueries.projectsOf(db, companyId))).map((p) => ({ value: p.id, label: p.name }));
        const open = await fetchOnce(pickerQueries.openProjects(db));
        return open.map((p) => ({ value: `${p.companyId}/${p.id}`, label: p.name }));
      }
      const entries = await fetchOnce(pickerQueries.projectsMatching(db, companyId, token));
      return entries.map((e) => ({
        value: companyId ? e.docId : `${e.companyId}/${e.docId}`,
        label: e.title,
        ...(companyId ? {} : { detail: e.subtitle }),
        title: e.title,
        tokens: e.tokens,
      }));
    },
    enabled && companyId !== '',
  );
}

/** Title prefixes to ask for: as typed, and with a capital first letter (titles usually start with one). */
export function titlePrefixes(text: string): string[] {
  const typed = text.trim();
  if (!typed) return [];
  const capital = typed.charAt(0).toUpperCase() + typed.slice(1);
  return capital === typed ? [typed] : [typed, capital];
}

/** A project's tasks: those whose title starts with what is typed, else the first few due. */
export function useTaskChoices(companyId: string, projectId: string, text: string, enabled = true): PickerChoices {
  const { db } = useConsole();
  const prefixes = titlePrefixes(text);
  return useChoices(
    ['tasks', companyId, projectId, ...prefixes],
    text,
    async () => {
      const lists = prefixes.length
        ? await Promise.all(prefixes.map((p) => fetchOnce(pickerQueries.tasksTitled(db, companyId, projectId, p))))
        : [await fetchOnce(pickerQueries.tasksOf(db, companyId, projectId))];
      const seen = new Set<string>();
      return lists
        .flat()
        .filter((t) => !seen.has(t.id) && Boolean(seen.add(t.id)))
        .slice(0, PICKER_SIZE)
        .map((t) => ({ value: t.id, label: t.title }));
    },
    enabled && Boolean(companyId && projectId),
  );
}

/** A task's title, read for this id only (the chosen task of a picker). */
export function useTaskTitle(companyId: string, taskId: string): string {
  const { db } = useConsole();
  const task = useQuery({ ...liveDoc([...taskKeys.task(companyId, taskId), 'doc'], () => taskRef(db, companyId, taskId)), enabled: Boolean(companyId && taskId) });
  return task.data?.title ?? '';
}
