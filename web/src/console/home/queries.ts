/**
 * The overview's reads (issue 10): short lists (your next tasks, what is due, active projects)
 * and counts — aggregations, never every task, project or company of the agency.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import type { IsoDate } from '@model';
import { companiesInStatusQuery, consoleProjectsQuery, consoleTasksQuery, openTasksDueByQuery } from '../../lib/dashboardRefs';
import { live, querySubscription } from '../../lib/live';
import { countOf } from '../../lib/pages';
import { pageQuery } from '../../lib/refs';
import { useConsole } from '../lib/env';
import { addDays } from '../lib/dates';

export const HOME_LIST_SIZE = 8;

export const homeKeys = {
  mine: (uid: string) => ['home', 'mine', uid] as const,
  due: (until: IsoDate) => ['home', 'due', until] as const,
  active: () => ['home', 'active'] as const,
  counts: (uid: string, today: IsoDate) => ['home', 'counts', uid, today] as const,
};

export function useHomeLists(until: IsoDate) {
  const { db, me } = useConsole();
  const mine = useQuery({
    queryKey: homeKeys.mine(me.uid),
    ...live(querySubscription(() => pageQuery(consoleTasksQuery(db, { companyId: null, projectId: null, assignee: me.uid, status: 'open' }), null, HOME_LIST_SIZE))),
  });
  const due = useQuery({ queryKey: homeKeys.due(until), ...live(querySubscription(() => pageQuery(openTasksDueByQuery(db, until), null, HOME_LIST_SIZE))) });
  const active = useQuery({
    queryKey: homeKeys.active(),
    ...live(querySubscription(() => pageQuery(consoleProjectsQuery(db, { companyId: null, status: 'active' }), null, HOME_LIST_SIZE))),
  });
  return { mine, due, active };
}

export interface HomeCounts {
  mine: number;
  overdue: number;
  active: number;
  clients: number;
  pipeline: number;
}

/** The tiles: five count() aggregations, refreshed when the overview is opened again after a minute. */
export function useHomeCounts(today: IsoDate) {
  const { db, me } = useConsole();
  const [mine, overdue, active, clients, pipeline] = useQueries({
    queries: [
      () => countOf(consoleTasksQuery(db, { companyId: null, projectId: null, assignee: me.uid, status: 'open' })),
      // due before today = due by yesterday: the same index as "due soon"
      () => countOf(openTasksDueByQuery(db, addDays(today, -1))),
      () => countOf(consoleProjectsQuery(db, { companyId: null, status: 'active' })),
      () => countOf(companiesInStatusQuery(db, ['client'])),
      () => countOf(companiesInStatusQuery(db, ['lead', 'prospect'])),
    ].map((queryFn, i) => ({ queryKey: [...homeKeys.counts(me.uid, today), i], queryFn, staleTime: 60_000 })),
  });
  return { mine: mine?.data, overdue: overdue?.data, active: active?.data, clients: clients?.data, pipeline: pipeline?.data };
}
