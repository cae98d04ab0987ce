/**
 * The Invoices page's reads (issue 10): a page of invoices at a time (status and company filters
 * in the query, unpaid soonest due first by default), and its totals and chip counts from count()
 * and sum() per currency — never every invoice of the agency. A company's Invoices tab pages the
 * same builder for one company (crm/queries.ts).
 */
import { CURRENCIES } from '@model';
import { count, getAggregateFromServer, sum } from 'firebase/firestore';
import {
  consoleInvoiceCursor,
  consoleInvoicesQuery,
  consoleInvoiceTotalsQuery,
  type ConsoleInvoiceFilter,
  type InCompanyDoc,
} from '../../lib/dashboardRefs';
import { aggregation, querySubscription } from '../../lib/live';
import { countOf, useAggregate, useLivePages, type LivePages } from '../../lib/pages';
import { pageQuery } from '../../lib/refs';
import type { Invoice, IsoDate } from '@model';
import { useConsole } from '../lib/env';
import { invoiceFigures, type CurrencyTotals, type InvoiceFigures } from './figures';

export const INVOICES_PAGE_SIZE = 20;

export const invoiceListKeys = {
  all: () => ['invoices'] as const,
  list: (filter: ConsoleInvoiceFilter, today: IsoDate) => ['invoices', 'list', filter, today] as const,
  figures: (companyId: string | null, today: IsoDate) => ['invoices', 'figures', companyId ?? 'all', today] as const,
};

export type ScopedInvoice = InCompanyDoc<Invoice>;

/** A paged live list of the invoices matching the filter. */
export function useInvoicePages(filter: ConsoleInvoiceFilter, today: IsoDate, pageSize = INVOICES_PAGE_SIZE): LivePages<ScopedInvoice> {
  const { db } = useConsole();
  return useLivePages({
    listKey: invoiceListKeys.list(filter, today),
    pageSize,
    page: (cursor, size) => querySubscription(() => pageQuery(consoleInvoicesQuery(db, filter, today), cursor, size)),
    cursorOf: consoleInvoiceCursor(filter),
  });
}

/**
 * Outstanding, overdue and draft totals per currency and the status chips' counts, for one
 * company or the agency: 3 aggregations per currency and 3 count()s, fetched again when the
 * list shown changes (`version`).
 */
export function useInvoiceFigures(companyId: string | null, today: IsoDate, version: number) {
  const { db } = useConsole();
  return useAggregate<InvoiceFigures>(
    {
      queryKey: invoiceListKeys.figures(companyId, today),
      queryFn: async () => {
        const slice = (kind: 'unpaid' | 'overdue', currency: string) =>
          aggregation(
            async () => (await getAggregateFromServer(consoleInvoiceTotalsQuery(db, companyId, currency, kind, today), { n: count(), total: sum('total'), paid: sum('amountPaid') })).data(),
            (d) => d.n,
          );
        const drafts = (currency: string) =>
          aggregation(async () => (await getAggregateFromServer(consoleInvoiceTotalsQuery(db, companyId, currency, 'draft', today), { n: count(), total: sum('total') })).data(), (d) => d.n);
        const countStatus = (status: 'all' | 'paid' | 'void') => countOf(consoleInvoicesQuery(db, { companyId, status }, today));
        const [perCurrency, all, paid, voided] = await Promise.all([
          Promise.all(
            CURRENCIES.map(async (currency): Promise<CurrencyTotals> => {
              const [unpaid, overdue, draft] = await Promise.all([slice('unpaid', currency), slice('overdue', currency), drafts(currency)]);
              return { currency, unpaid, overdue, draft };
            }),
          ),
          countStatus('all'),
          countStatus('paid'),
          countStatus('void'),
        ]);
        return invoiceFigures(perCurrency, { all, paid, void: voided });
      },
    },
    version,
  );
}
