/**
 * Requests (issue 14): every company's requests for the inbox (a collection-group read, staff
 * only), one company's for its page, and the count of submitted ones for the navigation badge
 * (count(): no document read, fetched again when the inbox list changes or every minute).
 */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import type { RequestStatus } from '@model';
import { countOf } from '../../lib/pages';
import { allRequestsQuery, companyRequestsQuery, submittedRequestsQuery } from '../../lib/refs';
import { useConsole } from '../lib/env';
import { liveList, liveScopedList } from '../lib/options';

export type RequestFilter = RequestStatus | 'all';

export const requestKeys = {
  all: () => ['requests'] as const,
  inbox: (status: RequestFilter) => [...requestKeys.all(), 'inbox', status] as const,
  company: (companyId: string, status: RequestFilter) => [...requestKeys.all(), 'company', companyId, status] as const,
  submittedCount: () => [...requestKeys.all(), 'count', 'submitted'] as const,
};

export const inboxOptions = (db: Firestore, status: RequestFilter) => liveScopedList(requestKeys.inbox(status), () => allRequestsQuery(db, status));
export const companyRequestsOptions = (db: Firestore, companyId: string, status: RequestFilter) =>
  liveList(requestKeys.company(companyId, status), () => companyRequestsQuery(db, companyId, status));

/** Every company's requests of one status (or all), newest first, each with its company. */
export function useRequestInbox(status: RequestFilter) {
  const { db } = useConsole();
  return useQuery(inboxOptions(db, status));
}

/** One company's requests of one status (or all), newest first. */
export function useCompanyRequests(companyId: string, status: RequestFilter) {
  const { db } = useConsole();
  return useQuery(companyRequestsOptions(db, companyId, status));
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
