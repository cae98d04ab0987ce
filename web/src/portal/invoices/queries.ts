/**
 * Client Invoices: the issued invoices of the company (the query carries the rules' status
 * filter), one invoice, and "Pay now" through the `createInvoiceCheckout` callable.
 */
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { callFunction } from '../../lib/functions';
import { docSubscription, live, querySubscription } from '../../lib/live';
import { clientInvoicesQuery, invoiceRef } from '../../lib/refs';
import { scopeKey, usePortal, type PortalScope } from '../context';

export const invoiceKeys = {
  all: (scope: PortalScope) => [...scopeKey(scope), 'invoices'] as const,
  list: (scope: PortalScope) => [...invoiceKeys.all(scope), 'list'] as const,
  detail: (scope: PortalScope, invoiceId: string) => [...invoiceKeys.all(scope), 'detail', invoiceId] as const,
};

export const invoiceListQuery = (scope: PortalScope) =>
  queryOptions({
    queryKey: invoiceKeys.list(scope),
    ...live(querySubscription(() => clientInvoicesQuery(scope.db, scope.companyId))),
  });

export const invoiceQuery = (scope: PortalScope, invoiceId: string) =>
  queryOptions({
    queryKey: invoiceKeys.detail(scope, invoiceId),
    ...live(docSubscription(() => invoiceRef(scope.db, scope.companyId, invoiceId))),
  });

export function useInvoices() {
  return useQuery(invoiceListQuery(usePortal()));
}

export function useInvoice(invoiceId: string) {
  return useQuery(invoiceQuery(usePortal(), invoiceId));
}

/** Starts a Stripe Checkout for the invoice and sends the browser there. */
export function usePayInvoice(invoiceId: string) {
  const scope = usePortal();
  return useMutation({
    mutationFn: async () => {
      const result = await callFunction<{ companyId: string; invoiceId: string }, { url?: string }>(scope.app, 'createInvoiceCheckout', {
        companyId: scope.companyId,
        invoiceId,
      });
      if (!result?.url) throw new Error('The payment page could not be opened. Please try again.');
      return result.url;
    },
    onSuccess: (url) => {
      window.location.assign(url);
    },
  });
}
