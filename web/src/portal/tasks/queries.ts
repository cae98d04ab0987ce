/** Tasks: every task of the company, and one task — live. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { docSubscription, live, querySubscription } from '../../lib/live';
import { taskRef, tasksQuery } from '../../lib/refs';
import { scopeKey, usePortal, type PortalScope } from '../context';

export const taskKeys = {
  all: (scope: PortalScope) => [...scopeKey(scope), 'tasks'] as const,
  list: (scope: PortalScope) => [...taskKeys.all(scope), 'list'] as const,
  detail: (scope: PortalScope, taskId: string) => [...taskKeys.all(scope), 'detail', taskId] as const,
};

export const taskListQuery = (scope: PortalScope) =>
  queryOptions({
    queryKey: taskKeys.list(scope),
    ...live(querySubscription(() => tasksQuery(scope.db, scope.companyId))),
  });

export const taskQuery = (scope: PortalScope, taskId: string) =>
  queryOptions({
    queryKey: taskKeys.detail(scope, taskId),
    ...live(docSubscription(() => taskRef(scope.db, scope.companyId, taskId))),
  });

export function useTasks() {
  return useQuery(taskListQuery(usePortal()));
}

export function useTask(taskId: string) {
  return useQuery(taskQuery(usePortal(), taskId));
}
