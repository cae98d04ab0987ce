/**
 * The workload page's reads (issue 10): one team-week rollup per week shown and four counts per
 * person (open, overdue, due this week, urgent) — aggregations, not the tasks themselves. The
 * page's cost follows the team's size and the weeks shown, not the agency's history.
 */
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import { openTasksOfQuery, teamWeekRollupRef } from '../../lib/dashboardRefs';
import { docSubscription, live } from '../../lib/live';
import { countOf } from '../../lib/pages';
import { useConsole } from '../lib/env';
import { dueWindows, type OpenTaskCounts } from './workload';

export const workloadKeys = {
  all: () => ['workload'] as const,
  week: (monday: string) => ['workload', 'week', monday] as const,
  open: (uid: string | null, today: string) => ['workload', 'open', uid ?? 'unassigned', today] as const,
};

export const teamWeekOptions = (db: Firestore, monday: string) =>
  queryOptions({ queryKey: workloadKeys.week(monday), ...live(docSubscription(() => teamWeekRollupRef(db, monday))) });

/** Counts refresh when the page is opened again after a minute; the rollups are live. */
export const openTaskCountsOptions = (db: Firestore, uid: string, today: string) =>
  queryOptions({
    queryKey: workloadKeys.open(uid, today),
    queryFn: async (): Promise<OpenTaskCounts> => {
      const { sunday } = dueWindows(today);
      const [total, overdue, dueThisWeek, urgent] = await Promise.all([
        countOf(openTasksOfQuery(db, uid)),
        countOf(openTasksOfQuery(db, uid, { kind: 'overdue', today })),
        countOf(openTasksOfQuery(db, uid, { kind: 'due', from: today, to: sunday })),
        countOf(openTasksOfQuery(db, uid, { kind: 'urgent' })),
      ]);
      return { total, overdue, dueThisWeek, urgent };
    },
    staleTime: 60_000,
  });

export function useTeamWeeks(weeks: readonly string[]) {
  const { db } = useConsole();
  return useQueries({
    queries: weeks.map((monday) => teamWeekOptions(db, monday)),
    combine: (results) => ({
      minutes: results.map((r) => r.data?.minutes ?? null),
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error ?? null,
      refetch: () => {
        for (const r of results) if (r.isError) void r.refetch();
      },
    }),
  });
}

export function useOpenTaskCounts(uids: readonly string[], today: string) {
  const { db } = useConsole();
  const unassigned = useQuery({ queryKey: workloadKeys.open(null, today), queryFn: () => countOf(openTasksOfQuery(db, null)), staleTime: 60_000 });
  const people = useQueries({
    queries: uids.map((uid) => openTaskCountsOptions(db, uid, today)),
    combine: (results) => ({
      byUid: new Map(uids.map((uid, i) => [uid, results[i]?.data]).filter((e): e is [string, OpenTaskCounts] => e[1] !== undefined)),
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error ?? null,
      refetchFailed: () => {
        for (const r of results) if (r.isError) void r.refetch();
      },
    }),
  });
  return {
    byUid: people.byUid,
    unassigned: unassigned.data ?? 0,
    isPending: people.isPending || unassigned.isPending,
    error: people.error ?? unassigned.error ?? null,
    refetch: () => {
      people.refetchFailed();
      if (unassigned.isError) void unassigned.refetch();
    },
  };
}
