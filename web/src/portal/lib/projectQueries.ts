/**
 * Projects: current work (active, planned) and earlier projects (on hold, completed), a page at
 * a time, live; how many earlier ones there are (count()); one project; a project's progress.
 */
import { queryOptions, useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import { docSubscription, live, querySubscription } from '../../lib/live';
import { countOf, prefetchFirstPage, useAggregate, useLivePages, type LiveList } from '../../lib/pages';
import { pageQuery, portalProjectCursor, portalProjectsQuery, portalTasksQuery, projectRef, type PortalProjectGroup } from '../../lib/refs';
import type { Project, WithId } from '@model';
import { scopeKey, usePortal, type PortalScope } from './context';

/** Projects shown per page (a grid of two or three columns). */
export const PROJECT_PAGE = 24;

export const projectKeys = {
  all: (scope: PortalScope) => [...scopeKey(scope), 'projects'] as const,
  list: (scope: PortalScope, group: PortalProjectGroup) => [...projectKeys.all(scope), 'list', group] as const,
  count: (scope: PortalScope, group: PortalProjectGroup) => [...projectKeys.all(scope), 'count', group] as const,
  detail: (scope: PortalScope, projectId: string) => [...projectKeys.all(scope), 'detail', projectId] as const,
  progress: (scope: PortalScope, projectId: string) => [...projectKeys.detail(scope, projectId), 'progress'] as const,
};

/** A group's projects, a page at a time. */
export const projectList = (scope: PortalScope, group: PortalProjectGroup): LiveList<WithId<Project>> => ({
  listKey: projectKeys.list(scope, group),
  pageSize: PROJECT_PAGE,
  page: (cursor, limit) => querySubscription(() => pageQuery(portalProjectsQuery(scope.db, scope.companyId, group), cursor, limit)),
  cursorOf: portalProjectCursor,
});

export function useProjectPages(group: PortalProjectGroup, enabled = true) {
  return useLivePages({ ...projectList(usePortal(), group), enabled });
}

/** How many projects a group holds (count(): no document read). */
export function useProjectCount(group: PortalProjectGroup, version: number) {
  const scope = usePortal();
  return useAggregate(
    {
      queryKey: projectKeys.count(scope, group),
      queryFn: () => countOf(portalProjectsQuery(scope.db, scope.companyId, group)),
    },
    version,
  );
}

export const projectQuery = (scope: PortalScope, projectId: string) =>
  queryOptions({
    queryKey: projectKeys.detail(scope, projectId),
    ...live(docSubscription(() => projectRef(scope.db, scope.companyId, projectId))),
  });

export function useProject(projectId: string) {
  return useQuery(projectQuery(usePortal(), projectId));
}

/** Several projects by id (each a live document: one read each), e.g. the names a task page shows. */
export function useProjectsById(projectIds: readonly string[]) {
  const scope = usePortal();
  return useQueries({ queries: projectIds.map((id) => projectQuery(scope, id)) });
}

/** Tasks done of all tasks in a project: two count() aggregations, again when its task list changes. */
export function useProjectProgress(projectId: string, version: number) {
  const scope = usePortal();
  return useAggregate(
    {
      queryKey: projectKeys.progress(scope, projectId),
      queryFn: async () => {
        const [total, done] = await Promise.all([
          countOf(portalTasksQuery(scope.db, scope.companyId, { status: 'all', projectId })),
          countOf(portalTasksQuery(scope.db, scope.companyId, { status: 'done', projectId })),
        ]);
        return { total, done };
      },
    },
    version,
  );
}

/** The Projects page's first answer, started before it opens (its link hovered or focused). */
export function prefetchProjectsPage(client: QueryClient, scope: PortalScope): void {
  prefetchFirstPage(client, projectList(scope, 'current'));
}
