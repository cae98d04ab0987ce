/** Projects: the company's projects, one project, and that project's tasks — all live. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { docSubscription, live, querySubscription } from '../../lib/live';
import { projectRef, projectsQuery, projectTasksQuery } from '../../lib/refs';
import { scopeKey, usePortal, type PortalScope } from '../context';

export const projectKeys = {
  all: (scope: PortalScope) => [...scopeKey(scope), 'projects'] as const,
  list: (scope: PortalScope) => [...projectKeys.all(scope), 'list'] as const,
  detail: (scope: PortalScope, projectId: string) => [...projectKeys.all(scope), 'detail', projectId] as const,
  tasks: (scope: PortalScope, projectId: string) => [...projectKeys.detail(scope, projectId), 'tasks'] as const,
};

export const projectListQuery = (scope: PortalScope) =>
  queryOptions({
    queryKey: projectKeys.list(scope),
    ...live(querySubscription(() => projectsQuery(scope.db, scope.companyId))),
  });

export const projectQuery = (scope: PortalScope, projectId: string) =>
  queryOptions({
    queryKey: projectKeys.detail(scope, projectId),
    ...live(docSubscription(() => projectRef(scope.db, scope.companyId, projectId))),
  });

export const projectTaskListQuery = (scope: PortalScope, projectId: string) =>
  queryOptions({
    queryKey: projectKeys.tasks(scope, projectId),
    ...live(querySubscription(() => projectTasksQuery(scope.db, scope.companyId, projectId))),
  });

export function useProjects() {
  return useQuery(projectListQuery(usePortal()));
}

export function useProject(projectId: string) {
  return useQuery(projectQuery(usePortal(), projectId));
}

export function useProjectTasks(projectId: string) {
  return useQuery(projectTaskListQuery(usePortal(), projectId));
}
