/**
 * Tasks: the company's tasks one page at a time (a live listener per page, the filter in the
 * query), their count by aggregation, and one task — live.
 */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { docSubscription, live, querySubscription } from '../../lib/live';
import { countOf, prefetchFirstPage, useAggregate, useLivePages, type LiveList } from '../../lib/pages';
import { projectList } from '../lib/projectQueries';
import { parseTaskFilter } from './filter';
import type { Task, WithId } from '@model';
import { pageQuery, portalTaskCursor, portalTasksQuery, taskRef, type PortalTaskFilter } from '../../lib/refs';
import { scopeKey, usePortal, type PortalScope } from '../lib/context';

/** Tasks shown per page (each page listens to one more, to know whether there is more). */
export const TASK_PAGE = 25;

export const taskKeys = {
  all: (scope: PortalScope) => [...scopeKey(scope), 'tasks'] as const,
  /** one list (a filter); its pages are [...list, 'page', cursor] */
  list: (scope: PortalScope, filter: PortalTaskFilter) => [...taskKeys.all(scope), 'list', { status: filter.status, projectId: filter.projectId }] as const,
  count: (scope: PortalScope, filter: PortalTaskFilter) => [...taskKeys.all(scope), 'count', { status: filter.status, projectId: filter.projectId }] as const,
  detail: (scope: PortalScope, taskId: string) => [...taskKeys.all(scope), 'detail', taskId] as const,
};

/** The tasks matching `filter`, soonest due first, a page at a time. */
export const taskList = (scope: PortalScope, filter: PortalTaskFilter, pageSize = TASK_PAGE): LiveList<WithId<Task>> => ({
  listKey: taskKeys.list(scope, filter),
  pageSize,
  page: (cursor, limit) => querySubscription(() => pageQuery(portalTasksQuery(scope.db, scope.companyId, filter), cursor, limit)),
  cursorOf: portalTaskCursor,
});

export function useTaskPages(filter: PortalTaskFilter, pageSize = TASK_PAGE) {
  return useLivePages(taskList(usePortal(), filter, pageSize));
}

/** How many tasks match `filter` (count(): no document read), again whenever the list changes. */
export function useTaskCount(filter: PortalTaskFilter, version: number) {
  const scope = usePortal();
  return useAggregate(
    {
      queryKey: taskKeys.count(scope, filter),
      queryFn: () => countOf(portalTasksQuery(scope.db, scope.companyId, filter)),
    },
    version,
  );
}

export const taskQuery = (scope: PortalScope, taskId: string) =>
  queryOptions({
    queryKey: taskKeys.detail(scope, taskId),
    ...live(docSubscription(() => taskRef(scope.db, scope.companyId, taskId))),
  });

export function useTask(taskId: string) {
  return useQuery(taskQuery(usePortal(), taskId));
}

/** The Tasks page's first answers, started before it opens (its link hovered or focused). */
export function prefetchTasksPage(client: QueryClient, scope: PortalScope): void {
  prefetchFirstPage(client, taskList(scope, parseTaskFilter('')));
  prefetchFirstPage(client, projectList(scope, 'current'));
}
