/** Portal-wide data: the client's company (header) and the portal settings (home, invoices). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { waitForPendingWrites, type Firestore } from 'firebase/firestore';
import { docSubscription, live } from '../../lib/live';
import { companyRef, portalSettingsRef, userRef } from '../../lib/refs';
import { scopeKey, usePortal, type PortalScope } from './context';

export const companyQuery = (scope: PortalScope) =>
  queryOptions({
    queryKey: [...scopeKey(scope), 'company'] as const,
    ...live(docSubscription(() => companyRef(scope.db, scope.companyId))),
  });

export const portalSettingsQuery = (scope: PortalScope) =>
  queryOptions({
    queryKey: [...scopeKey(scope), 'settings', 'portal'] as const,
    ...live(docSubscription(() => portalSettingsRef(scope.db))),
  });

export function useCompany() {
  return useQuery(companyQuery(usePortal()));
}

export function usePortalSettings() {
  return useQuery(portalSettingsQuery(usePortal()));
}

/** The signed-in person's own profile (users/{uid}): read only for a name when the sign-in gave none. */
export const ownProfileQuery = (scope: PortalScope) =>
  queryOptions({
    queryKey: [...scopeKey(scope), 'me', scope.uid] as const,
    ...live(docSubscription(() => userRef(scope.db, scope.uid))),
  });

/**
 * Whether this browser holds writes the server has not confirmed (queued Replies or edits):
 * waitForPendingWrites settles only when the server has them all, so offline it waits, and a
 * wait that does not settle means some are still queued. Online it is given longer: on a busy
 * device even "nothing pending" can take a few hundred ms to answer, and a false "unsent" would
 * stop a sign-out for nothing.
 */
export async function hasUnsentWrites(db: Firestore, withinMs = navigator.onLine ? 3000 : 300): Promise<boolean> {
  const settled = waitForPendingWrites(db).then(
    () => false,
    () => false,
  );
  return Promise.race([settled, new Promise<boolean>((resolve) => setTimeout(() => resolve(true), withinMs))]);
}
