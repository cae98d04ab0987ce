/**
 * Client Invoices: the unpaid invoices first and the paid ones on demand, each a page at a time
 * (every query carries the rules' status filter); how many there are and what is outstanding
 * by aggregation (count, sum), never by reading every invoice; one invoice; "Pay now" through
 * the `createInvoiceCheckout` callable.
 */
import { queryOptions, useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import { count, getAggregateFromServer, sum } from 'firebase/firestore';
import { todayIso } from '../../lib/format';
import { callFunction } from '../../lib/functions';
import { aggregation, docSubscription, live, querySubscription } from '../../lib/live';
import { countOf, prefetchFirstPage, useAggregate, useLivePages, type LiveList } from '../../lib/pages';
import type { Invoice, WithId } from '@model';
import {
  CLIENT_INVOICE_GROUPS,
  clientInvoiceCursor,
  clientInvoiceGroupQuery,
  clientInvoicesInCurrencyQuery,
  invoiceRef,
  pageQuery,
  type ClientInvoiceGroup,
} from '../../lib/refs';
import { scopeKey, usePortal, type PortalScope } from '../lib/context';
import { outstandingFromTotals, type UnpaidTotals } from './status';

/** Invoices shown per page. */
export const INVOICE_PAGE = 25;

export const invoiceKeys = {
  all: (scope: PortalScope) => [...scopeKey(scope), 'invoices'] as const,
  list: (scope: PortalScope, group: ClientInvoiceGroup) => [...invoiceKeys.all(scope), 'list', group] as const,
  count: (scope: PortalScope, group: ClientInvoiceGroup) => [...invoiceKeys.all(scope), 'count', group] as const,
  outstanding: (scope: PortalScope, currencies: readonly string[]) => [...invoiceKeys.all(scope), 'outstanding', currencies] as const,
  detail: (scope: PortalScope, invoiceId: string) => [...invoiceKeys.all(scope), 'detail', invoiceId] as const,
};

/** Unpaid: soonest due first. Paid: newest first. */
export const invoiceList = (scope: PortalScope, group: ClientInvoiceGroup): LiveList<WithId<Invoice>> => ({
  listKey: invoiceKeys.list(scope, group),
  pageSize: INVOICE_PAGE,
  page: (cursor, limit) => querySubscription(() => pageQuery(clientInvoiceGroupQuery(scope.db, scope.companyId, group), cursor, limit)),
  cursorOf: clientInvoiceCursor(group),
});

export function useInvoicePages(group: ClientInvoiceGroup, enabled = true) {
  return useLivePages({ ...invoiceList(usePortal(), group), enabled });
}

/** How many invoices a group holds (count()). */
export function useInvoiceCount(group: ClientInvoiceGroup, version: number) {
  const scope = usePortal();
  return useAggregate(
    { queryKey: invoiceKeys.count(scope, group), queryFn: () => countOf(clientInvoiceGroupQuery(scope.db, scope.companyId, group)) },
    version,
  );
}

/**
 * What is outstanding in each currency: count() and sum() of the unpaid invoices, and how many
 * are overdue (stored overdue, or pending with the due date passed) — no invoice is read.
 */
export function useOutstanding(currencies: readonly string[], version: number) {
  const scope = usePortal();
  return useAggregate(
    {
      queryKey: invoiceKeys.outstanding(scope, currencies),
      enabled: currencies.length > 0,
      queryFn: async () =>
        outstandingFromTotals(
          await Promise.all(
            currencies.map(async (currency): Promise<UnpaidTotals> => {
              const inCurrency = (statuses: Parameters<typeof clientInvoicesInCurrencyQuery>[3], dueBefore?: string) =>
                clientInvoicesInCurrencyQuery(scope.db, scope.companyId, currency, statuses, dueBefore);
              const [unpaid, overdue, pastDue] = await Promise.all([
                aggregation(
                  async () => (await getAggregateFromServer(inCurrency(CLIENT_INVOICE_GROUPS.unpaid), { n: count(), total: sum('total'), paid: sum('amountPaid') })).data(),
                  (d) => d.n,
                ),
                countOf(inCurrency(['overdue'])),
                countOf(inCurrency(['pending'], todayIso())),
              ]);
              return { currency, count: unpaid.n, total: unpaid.total, paid: unpaid.paid, overdue: overdue + pastDue };
            }),
          ),
        ),
    },
    version,
  );
}

export const invoiceQuery = (scope: PortalScope, invoiceId: string) =>
  queryOptions({
    queryKey: invoiceKeys.detail(scope, invoiceId),
    ...live(docSubscription(() => invoiceRef(scope.db, scope.companyId, invoiceId))),
  });

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

/** The Invoices page's first answer, started before it opens (its link hovered or focused). */
export function prefetchInvoicesPage(client: QueryClient, scope: PortalScope): void {
  prefetchFirstPage(client, invoiceList(scope, 'unpaid'));
}
