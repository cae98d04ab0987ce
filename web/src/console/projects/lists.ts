/**
 * The Projects page's paged list (issue 10): a page of projects at a time (status and company
 * filters in the query); each shown project's progress is its rollup (components/ProjectProgress).
 */
import { consoleProjectCursor, consoleProjectsQuery, type ConsoleProjectFilter, type InCompanyDoc } from '../../lib/dashboardRefs';
import { querySubscription } from '../../lib/live';
import { useQuery } from '@tanstack/react-query';
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

/** How many projects a company has (count(), no project read): the company record's Projects tab. */
export function useCompanyProjectCount(companyId: string) {
  const { db } = useConsole();
  return useQuery({
    queryKey: [...projectKeys.ofCompany(companyId), 'count'],
    queryFn: () => countOf(consoleProjectsQuery(db, { companyId, status: 'all' })),
    staleTime: 60_000,
  });
}
