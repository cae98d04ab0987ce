/**
 * The Time page's reads (issue 10): what it costs follows what it shows, not the agency's
 * history. The list is one week of entries (of one person or everyone), newest first, a page at
 * a time (lib/ledgerRefs.ts, useLivePages); the day totals beside it and "Your week" are
 * aggregations (sum() per day, one sum() of the week's billable time); task titles are read
 * per shown entry. (The log form's pickers read a few choices at a time: components/Picker.)
 */
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { getAggregateFromServer, sum } from 'firebase/firestore';
import type { IsoDate } from '@model';
import { billableTimeQuery, dayTimeQuery, timeEntriesListQuery, timeEntryCursor, type TimeEntryFilter } from '../../lib/ledgerRefs';
import { aggregation, querySubscription } from '../../lib/live';
import { useAggregate, useLivePages } from '../../lib/pages';
import { pageQuery, taskRef } from '../../lib/refs';
import { addDays } from '../lib/dates';
import { useConsole } from '../lib/env';
import { liveDoc } from '../lib/options';
import { taskKeys } from '../lib/queries';

export const TIME_PAGE_SIZE = 20;

export const timeListKeys = {
  all: () => ['timeEntries'] as const,
  list: (filter: TimeEntryFilter) => ['timeEntries', 'list', 'page', filter] as const,
  totals: () => ['timeEntries', 'totals'] as const,
  days: (uid: string | null, monday: IsoDate) => ['timeEntries', 'totals', 'days', uid ?? 'everyone', monday] as const,
  billable: (uid: string, monday: IsoDate) => ['timeEntries', 'totals', 'billable', uid, monday] as const,
};

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

const sumMinutes = (q: ReturnType<typeof dayTimeQuery>) =>
  aggregation(async () => (await getAggregateFromServer(q, { minutes: sum('minutes') })).data().minutes ?? 0, () => 1);

/**
 * Minutes logged on each day of a week by one person (or everyone): seven sum()s, no entry
 * read; fetched again when `version` changes (the list's snapshots) or after this page's writes.
 */
export function useDayMinutes(uid: string | null, monday: IsoDate, version: number) {
  const { db } = useConsole();
  return useAggregate(
    {
      queryKey: timeListKeys.days(uid, monday),
      queryFn: async () => {
        const days = weekDays(monday);
        const minutes = await Promise.all(days.map((date) => sumMinutes(dayTimeQuery(db, uid, date))));
        return Object.fromEntries(days.map((date, i) => [date, minutes[i] ?? 0])) as Record<IsoDate, number>;
      },
    },
    version,
  );
}

/** One person's billable minutes in a week: one sum(). */
export function useBillableMinutes(uid: string, monday: IsoDate, version: number) {
  const { db } = useConsole();
  return useAggregate(
    { queryKey: timeListKeys.billable(uid, monday), queryFn: () => sumMinutes(billableTimeQuery(db, uid, monday, addDays(monday, 6))) },
    version,
  );
}

/** After this page's own writes: the totals are fetched again (they are not listeners). */
export function useRefreshTimeTotals() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: timeListKeys.totals() });
}

/** The titles of the tasks of shown entries: one live document per task shown. */
export function useTaskTitles(tasks: readonly { companyId: string; taskId: string }[]): Map<string, string> {
  const { db } = useConsole();
  return useQueries({
    queries: tasks.map((t) => liveDoc([...taskKeys.task(t.companyId, t.taskId), 'doc'], () => taskRef(db, t.companyId, t.taskId))),
    combine: (results) => new Map(results.flatMap((r, i) => (r.data && tasks[i] ? [[`${tasks[i].companyId}/${tasks[i].taskId}`, r.data.title] as const] : []))),
  });
}
