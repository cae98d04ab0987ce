/** Portal Home: the company's ongoing (not done) tasks, live, soonest due first — at most 10. */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useLiveFreshness } from '../../lib/pages';
import { live, querySubscription } from '../../lib/live';
import { pageQuery, portalTasksQuery } from '../../lib/refs';
import { scopeKey, usePortal, type PortalScope } from '../lib/context';
import { DEFAULT_TASK_FILTER } from '../tasks/filter';

/** Home shows the first few; "All tasks" opens the Tasks page for the rest. */
export const HOME_TASKS = 10;

export const ongoingTasksQuery = (scope: PortalScope) =>
  queryOptions({
    queryKey: [...scopeKey(scope), 'tasks', 'ongoing', HOME_TASKS] as const,
    ...live(querySubscription(() => pageQuery(portalTasksQuery(scope.db, scope.companyId, DEFAULT_TASK_FILTER), null, HOME_TASKS))),
  });

export function useOngoingTasks() {
  const options = ongoingTasksQuery(usePortal());
  const freshness = useLiveFreshness([options.queryKey]);
  return { ...useQuery(options), freshness };
}

/** Home's first answer, started before it opens (its link hovered or focused). */
export function prefetchHomePage(client: QueryClient, scope: PortalScope): void {
  void client.prefetchQuery(ongoingTasksQuery(scope));
}
