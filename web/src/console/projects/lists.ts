/**
 * The Projects page's paged list and each shown project's progress (issue 10): a page of
 * projects at a time (status and company filters in the query), progress as two count()s per
 * project shown — never every task of the agency.
 */
import { useQuery } from '@tanstack/react-query';
import { consoleProjectCursor, consoleProjectsQuery, projectTasksForCountQuery, type ConsoleProjectFilter, type InCompanyDoc } from '../../lib/dashboardRefs';
import { querySubscription } from '../../lib/live';
import { countOf, useLivePages, type LivePages } from '../../lib/pages';
import { pageQuery } from '../../lib/refs';
import type { Project } from '@model';
import { useConsole } from '../lib/env';
import { projectKeys } from '../lib/queries';

export const PROJECTS_PAGE_SIZE = 15;

export function useProjectPages(filter: ConsoleProjectFilter): LivePages<InCompanyDoc<Project>> {
  const { db } = useConsole();
  return useLivePages({
    listKey: [...projectKeys.all(), 'list', filter],
    pageSize: PROJECTS_PAGE_SIZE,
    page: (cursor, size) => querySubscription(() => pageQuery(consoleProjectsQuery(db, filter), cursor, size)),
    cursorOf: consoleProjectCursor(filter),
  });
}

/** Done and total tasks of one project (two aggregations, refreshed after a minute). */
export function useProjectProgress(companyId: string, projectId: string) {
  const { db } = useConsole();
  return useQuery({
    queryKey: [...projectKeys.project(companyId, projectId), 'progress'],
    queryFn: async () => {
      const [total, done] = await Promise.all([
        countOf(projectTasksForCountQuery(db, companyId, projectId, false)),
        countOf(projectTasksForCountQuery(db, companyId, projectId, true)),
      ]);
      return { total, done };
    },
    staleTime: 60_000,
  });
}
