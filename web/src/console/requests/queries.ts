/**
 * Requests (issue 14): every company's requests for the inbox (a collection-group read, staff
 * only) and one company's for its page, a page at a time; and the count of submitted ones for the
 * navigation badge (count(): no document read, fetched again after a decision or every minute).
 */
import { useQuery } from '@tanstack/react-query';
import type { ClientRequest, RequestStatus } from '@model';
import { consoleRequestCursor, consoleRequestsQuery, type InCompanyDoc } from '../../lib/dashboardRefs';
import { querySubscription } from '../../lib/live';
import { countOf, useLivePages, type LivePages } from '../../lib/pages';
import { pageQuery, submittedRequestsQuery } from '../../lib/refs';
import { useConsole } from '../lib/env';

export type RequestFilter = RequestStatus | 'all';

export const requestKeys = {
  all: () => ['requests'] as const,
  list: (companyId: string | null, status: RequestFilter) => [...requestKeys.all(), 'list', companyId ?? 'every', status] as const,
  submittedCount: () => [...requestKeys.all(), 'count', 'submitted'] as const,
};

export const REQUESTS_PAGE_SIZE = 20;

/** Requests of one status (or all), newest first, a page at a time: one company's, or every company's (null). */
export function useRequestPages(companyId: string | null, status: RequestFilter): LivePages<InCompanyDoc<ClientRequest>> {
  const { db } = useConsole();
  const filter = { companyId, status };
  return useLivePages({
    listKey: requestKeys.list(companyId, status),
    pageSize: REQUESTS_PAGE_SIZE,
    page: (cursor, size) => querySubscription(() => pageQuery(consoleRequestsQuery(db, filter), cursor, size)),
    cursorOf: consoleRequestCursor(filter),
  });
}

/** How many requests wait for a decision (the navigation badge). */
export function useSubmittedCount() {
  const { db } = useConsole();
  return useQuery({
    queryKey: requestKeys.submittedCount(),
    queryFn: () => countOf(submittedRequestsQuery(db)),
    staleTime: 30_000,
    refetchInterval: 60_000,
  });
}
