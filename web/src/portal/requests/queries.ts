/** Requests: the company's requests one page at a time (a live listener per page), newest first. */
import { useMutation } from '@tanstack/react-query';
import { querySubscription } from '../../lib/live';
import { useLivePages } from '../../lib/pages';
import { pageQuery, requestCursor, requestsQuery } from '../../lib/refs';
import { submitRequest, withdrawRequest, type NewRequest } from '../../lib/requests';
import { scopeKey, usePortal, type PortalScope } from '../lib/context';

/** Requests shown per page (each page listens to one more, to know whether there is more). */
export const REQUEST_PAGE = 20;

export const requestKeys = {
  all: (scope: PortalScope) => [...scopeKey(scope), 'requests'] as const,
  /** the list; its pages are [...list, 'page', cursor] */
  list: (scope: PortalScope) => [...requestKeys.all(scope), 'list'] as const,
};

export function useRequestPages(pageSize = REQUEST_PAGE) {
  const scope = usePortal();
  return useLivePages({
    listKey: requestKeys.list(scope),
    pageSize,
    page: (cursor, limit) => querySubscription(() => pageQuery(requestsQuery(scope.db, scope.companyId), cursor, limit)),
    cursorOf: requestCursor,
  });
}

/** Submit a new request as the signed-in client (resolves with its id once the server has it). */
export function useSubmitRequest() {
  const scope = usePortal();
  return useMutation<string, Error, NewRequest>({
    mutationFn: (request) => submitRequest(scope.db, scope.companyId, { uid: scope.uid, name: scope.displayName }, request),
    // Offline too: Firestore queues the write on the device (the page does not wait for it then).
    networkMode: 'always',
  });
}

/** Withdraw one's own submitted request. */
export function useWithdrawRequest() {
  const scope = usePortal();
  return useMutation<void, Error, string>({
    mutationFn: (requestId) => withdrawRequest(scope.db, scope.companyId, requestId),
  });
}
