/**
 * The Companies page's reads (issue 10): a page of companies by name (the status filter in the
 * query), a count() per status for the chips, and per shown company its CRM record and a count
 * of its active projects — never every company, project or CRM record.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { COMPANY_STATUSES, type CompanyStatus } from '@model';
import { companiesByNameQuery, companyByNameCursor, companyProjectsInStatusQuery } from '../../lib/dashboardRefs';
import { querySubscription } from '../../lib/live';
import { countOf, useLivePages } from '../../lib/pages';
import { pageQuery } from '../../lib/refs';
import { useConsole } from '../lib/env';
import { companyKeys } from '../lib/queries';

export const COMPANIES_PAGE_SIZE = 20;

export function useCompanyPages(status: CompanyStatus | null) {
  const { db } = useConsole();
  return useLivePages({
    listKey: [...companyKeys.companies(), 'byName', status ?? 'all'],
    pageSize: COMPANIES_PAGE_SIZE,
    page: (cursor, size) => querySubscription(() => pageQuery(companiesByNameQuery(db, status), cursor, size)),
    cursorOf: companyByNameCursor,
  });
}

/** How many companies each status chip stands for (five count()s, refreshed with the list); null: it failed. */
export function useCompanyCounts(version: number): Partial<Record<CompanyStatus | 'all', number | null>> {
  const { db } = useConsole();
  const statuses = [null, ...COMPANY_STATUSES] as const;
  return useQueries({
    queries: statuses.map((status) => ({
      queryKey: [...companyKeys.companies(), 'count', status ?? 'all', version],
      queryFn: () => countOf(companiesByNameQuery(db, status)),
      placeholderData: (previous: number | undefined) => previous,
    })),
    combine: (results) =>
      Object.fromEntries(statuses.map((s, i) => [s ?? 'all', results[i]?.isError ? null : results[i]?.data]).filter(([, n]) => n !== undefined)),
  });
}

export function useActiveProjectCount(companyId: string) {
  const { db } = useConsole();
  return useQuery({
    queryKey: [...companyKeys.company(companyId), 'projects', 'active', 'count'],
    queryFn: () => countOf(companyProjectsInStatusQuery(db, companyId, 'active')),
    staleTime: 60_000,
  });
}
