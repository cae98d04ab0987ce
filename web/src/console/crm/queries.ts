/**
 * CRM reads: a company's internal CRM record (one, or several for the list), and its invoices a
 * page at a time (the Invoices page's builder for one company) with their count().
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import type { CompanyCrm, Invoice, WithId } from '@model';
import { consoleInvoiceCursor, consoleInvoicesQuery, type ConsoleInvoiceFilter, type InCompanyDoc } from '../../lib/dashboardRefs';
import { todayIso } from '../../lib/format';
import { querySubscription } from '../../lib/live';
import { countOf, useLivePages, type LivePages } from '../../lib/pages';
import { companyCrmRef, pageQuery } from '../../lib/refs';
import { useConsole } from '../lib/env';
import { liveDoc } from '../lib/options';

export const crmKeys = {
  crm: (companyId: string) => ['companies', companyId, 'crm'] as const,
  invoices: (companyId: string) => ['companies', companyId, 'invoices'] as const,
};

export const companyCrmOptions = (db: Firestore, companyId: string) => liveDoc(crmKeys.crm(companyId), () => companyCrmRef(db, companyId));

export const COMPANY_INVOICES_PAGE_SIZE = 20;

/** A company's invoices, every status, newest issued first, a page at a time. */
export function useCompanyInvoicePages(companyId: string): LivePages<InCompanyDoc<Invoice>> {
  const { db } = useConsole();
  const filter: ConsoleInvoiceFilter = { companyId, status: 'all' };
  const today = todayIso();
  return useLivePages({
    listKey: [...crmKeys.invoices(companyId), 'list', today],
    pageSize: COMPANY_INVOICES_PAGE_SIZE,
    page: (cursor, size) => querySubscription(() => pageQuery(consoleInvoicesQuery(db, filter, today), cursor, size)),
    cursorOf: consoleInvoiceCursor(filter),
  });
}

/** How many invoices a company has (count(); the company page's tab badge). */
export function useCompanyInvoiceCount(companyId: string) {
  const { db } = useConsole();
  return useQuery({
    queryKey: [...crmKeys.invoices(companyId), 'count'],
    queryFn: () => countOf(consoleInvoicesQuery(db, { companyId, status: 'all' }, todayIso())),
    staleTime: 60_000,
  });
}

export function useCompanyCrm(companyId: string) {
  const { db } = useConsole();
  return useQuery(companyCrmOptions(db, companyId));
}

export interface CompaniesCrm {
  /** the records that arrived, by company id (null: the company has none) */
  records: Map<string, WithId<CompanyCrm> | null>;
  /** some record has had no answer yet */
  isPending: boolean;
  /** the first read that failed */
  error: Error | null;
  retry: () => void;
}

/** The CRM records of several companies (one document each), by company id. */
export function useCompaniesCrm(companyIds: readonly string[]): CompaniesCrm {
  const { db } = useConsole();
  return useQueries({
    queries: companyIds.map((id) => companyCrmOptions(db, id)),
    combine: (results) => {
      const records = new Map<string, WithId<CompanyCrm> | null>();
      results.forEach((result, i) => {
        if (result.data !== undefined) records.set(companyIds[i]!, result.data);
      });
      return {
        records,
        isPending: results.some((r) => r.data === undefined && !r.isError),
        error: results.find((r) => r.isError)?.error ?? null,
        retry: () => {
          for (const r of results) if (r.isError) void r.refetch();
        },
      };
    },
  });
}
