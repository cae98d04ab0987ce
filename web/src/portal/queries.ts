/** Portal-wide data: the client's company (header) and the portal settings (home, invoices). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { docSubscription, live } from '../lib/live';
import { companyRef, portalSettingsRef } from '../lib/refs';
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
