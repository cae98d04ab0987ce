/**
 * The Time page's reads (issue 10): what it costs follows what it shows, not the agency's
 * history. The list is one week of entries (of one person or everyone), newest first, a page at
 * a time (lib/ledgerRefs.ts, useLivePages); the day totals beside it and "Your week" come from
 * the week's rollup document (one person's or the team's), live; task titles are read per shown
 * entry. (The log form's pickers read a few choices at a time: components/Picker.)
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import type { IsoDate, TeamWeekRollup, WeekRollup } from '@model';
import { teamWeekRollupRef, weekRollupRef } from '../../lib/dashboardRefs';
import { timeEntriesListQuery, timeEntryCursor, type TimeEntryFilter } from '../../lib/ledgerRefs';
import { querySubscription } from '../../lib/live';
import { useLivePages } from '../../lib/pages';
import { pageQuery, taskRef } from '../../lib/refs';
import { addDays } from '../lib/dates';
import { useConsole } from '../lib/env';
import { liveDoc } from '../lib/options';
import { taskKeys } from '../lib/queries';

export const TIME_PAGE_SIZE = 20;

export const timeListKeys = {
  all: () => ['timeEntries'] as const,
  list: (filter: TimeEntryFilter) => ['timeEntries', 'list', 'page', filter] as const,
  week: (uid: string | null, monday: IsoDate) => ['timeEntries', 'week', uid ?? 'everyone', monday] as const,
};

type WeekRollupDoc = WeekRollup | TeamWeekRollup;

/** The seven days of the week starting `monday`. */
export const weekDays = (monday: IsoDate): IsoDate[] => Array.from({ length: 7 }, (_, i) => addDays(monday, i));

/** The filter of one week's entries: one person's, or everyone's (uid null). */
export const weekFilter = (uid: string | null, monday: IsoDate): TimeEntryFilter => ({ uid, from: monday, to: addDays(monday, 6) });

/** One week's entries, newest first, TIME_PAGE_SIZE at a time. */
export function useTimeEntryPages(filter: TimeEntryFilter) {
  const { db } = useConsole();
  return useLivePages({
    listKey: timeListKeys.list(filter),
    pageSize: TIME_PAGE_SIZE,
    page: (cursor, size) => querySubscription(() => pageQuery(timeEntriesListQuery(db, filter), cursor, size)),
    cursorOf: timeEntryCursor,
  });
}

/** A week's minutes in all, by day, and (one person's) billable — from its rollup document. */
export interface WeekTotals {
  days: Readonly<Record<IsoDate, number>>;
  minutes: number;
  /** null for everyone's week (the team rollup keeps no billable split) */
  billableMinutes: number | null;
}

const NO_TIME: WeekTotals = { days: {}, minutes: 0, billableMinutes: 0 };

/**
 * One person's week (uid) or everyone's (null): one live rollup document that Functions keep
 * current as entries are written (rollups/week~{uid}~{monday}, rollups/team~{monday}). A week
 * nobody logged time in has no rollup: the server's "missing" is zero, the cache's is not known.
 */
export function useWeekTotals(uid: string | null, monday: IsoDate) {
  const { db } = useConsole();
  return useQuery({
    ...(uid === null
      ? liveDoc<WeekRollupDoc>(timeListKeys.week(null, monday), () => teamWeekRollupRef(db, monday))
      : liveDoc<WeekRollupDoc>(timeListKeys.week(uid, monday), () => weekRollupRef(db, uid, monday))),
    select: (rollup): WeekTotals => {
      if (!rollup) return uid === null ? { ...NO_TIME, billableMinutes: null } : NO_TIME;
      const days = rollup.days ?? {};
      if (rollup.kind === 'week') return { days, minutes: rollup.minutes, billableMinutes: rollup.billableMinutes };
      return { days, minutes: Object.values(rollup.minutes).reduce((sum, m) => sum + m, 0), billableMinutes: null };
    },
  });
}

/** The titles of the tasks of shown entries: one live document per task shown. */
export function useTaskTitles(tasks: readonly { companyId: string; taskId: string }[]): Map<string, string> {
  const { db } = useConsole();
  return useQueries({
    queries: tasks.map((t) => liveDoc([...taskKeys.task(t.companyId, t.taskId), 'doc'], () => taskRef(db, t.companyId, t.taskId))),
    combine: (results) => new Map(results.flatMap((r, i) => (r.data && tasks[i] ? [[`${tasks[i].companyId}/${tasks[i].taskId}`, r.data.title] as const] : []))),
  });
}
