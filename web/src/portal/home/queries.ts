/** Portal Home: the company's ongoing (not done) tasks, live, soonest due first. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { live, querySubscription } from '../../lib/live';
import { openTasksQuery } from '../../lib/refs';
import { scopeKey, usePortal, type PortalScope } from '../context';

export const ongoingTasksQuery = (scope: PortalScope) =>
  queryOptions({
    queryKey: [...scopeKey(scope), 'tasks', 'open'] as const,
    ...live(querySubscription(() => openTasksQuery(scope.db, scope.companyId))),
  });

export function useOngoingTasks() {
  return useQuery(ongoingTasksQuery(usePortal()));
}
