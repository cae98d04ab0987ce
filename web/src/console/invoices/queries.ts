/**
 * One invoice and its payments, and one client's billables of a period for the editor (the
 * paged invoice lists are lists.ts).
 * Live: onSnapshot feeds the query cache (lib/live.ts).
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getDocs, type Firestore } from 'firebase/firestore';
import type { IsoDate } from '@model';
import { clientBillableTimeQuery, clientExpensesQuery } from '../../lib/ledgerRefs';
import { invoicePaymentsQuery, invoiceRef, invoicesNumberedQuery, latestInvoiceNumbersQuery } from '../../lib/refs';
import { useConsole } from '../lib/env';
import { liveDoc, liveList } from '../lib/options';
import { projectOptions } from '../lib/queries';

export { BILLABLES_LIMIT } from '../../lib/ledgerRefs';

export const invoiceKeys = {
  /** under the company, like the CRM's ['companies', c, 'invoices'] list */
  invoice: (companyId: string, invoiceId: string) => ['companies', companyId, 'invoices', invoiceId, 'doc'] as const,
  payments: (companyId: string, invoiceId: string) => ['companies', companyId, 'invoices', invoiceId, 'payments'] as const,
  latestNumbers: () => ['invoices', 'numbers', 'latest'] as const,
  billableTime: (companyId: string, from: IsoDate, to: IsoDate) => ['timeEntries', 'billable', companyId, from, to] as const,
  expenses: (companyId: string, from: IsoDate, to: IsoDate) => ['expenses', 'client', companyId, from, to] as const,
};

export const invoiceOptions = (db: Firestore, companyId: string, invoiceId: string) =>
  liveDoc(invoiceKeys.invoice(companyId, invoiceId), () => invoiceRef(db, companyId, invoiceId));
export const invoicePaymentsOptions = (db: Firestore, companyId: string, invoiceId: string) =>
  liveList(invoiceKeys.payments(companyId, invoiceId), () => invoicePaymentsQuery(db, companyId, invoiceId));

/** One invoice; `enabled: false` (e.g. on "New invoice") starts no listener. */
export function useInvoice(companyId: string, invoiceId: string, enabled = true) {
  const { db } = useConsole();
  return useQuery({ ...invoiceOptions(db, companyId, invoiceId), enabled: enabled && Boolean(companyId && invoiceId) });
}

export function useInvoicePayments(companyId: string, invoiceId: string) {
  const { db } = useConsole();
  return useQuery(invoicePaymentsOptions(db, companyId, invoiceId));
}

export const latestInvoiceNumbersOptions = (db: Firestore) => liveList(invoiceKeys.latestNumbers(), () => latestInvoiceNumbersQuery(db));

/** The invoices with the highest numbers (the editor suggests the next one). */
export function useLatestInvoiceNumbers() {
  const { db } = useConsole();
  return useQuery(latestInvoiceNumbersOptions(db));
}

/** Asks the server whether another invoice (any client's) already has this number; `except`: the one being edited. */
export function useInvoiceNumberTaken() {
  const { db } = useConsole();
  return useCallback(
    async (number: string, except?: { companyId: string; invoiceId: string }) => {
      const wanted = number.trim();
      const found = await getDocs(invoicesNumberedQuery(db, [wanted, wanted.toUpperCase()]));
      return found.docs.some((d) => !(except && d.id === except.invoiceId && d.ref.parent.parent?.id === except.companyId));
    },
    [db],
  );
}

export const billableTimeOptions = (db: Firestore, companyId: string, from: IsoDate, to: IsoDate) =>
  liveList(invoiceKeys.billableTime(companyId, from, to), () => clientBillableTimeQuery(db, companyId, from, to));
export const clientExpensesOptions = (db: Firestore, companyId: string, from: IsoDate, to: IsoDate) =>
  liveList(invoiceKeys.expenses(companyId, from, to), () => clientExpensesQuery(db, companyId, from, to));

/** One client's billable time and expenses from–to: what "Bill time and expenses" suggests from. */
export function useClientBillables(companyId: string, from: IsoDate, to: IsoDate) {
  const { db } = useConsole();
  const enabled = Boolean(companyId && from && to && from <= to);
  const entries = useQuery({ ...billableTimeOptions(db, companyId, from, to), enabled });
  const expenses = useQuery({ ...clientExpensesOptions(db, companyId, from, to), enabled });
  return { entries, expenses };
}

/** Names of one company's projects by id, one document read each (the projects a client's billables name). */
export function useProjectNames(companyId: string, projectIds: readonly string[]): Record<string, string> {
  const { db } = useConsole();
  return useQueries({
    queries: projectIds.map((projectId) => ({ ...projectOptions(db, companyId, projectId), enabled: Boolean(companyId) })),
    combine: (results) => Object.fromEntries(results.flatMap((r, i) => (r.data && projectIds[i] ? [[projectIds[i], r.data.name] as const] : []))),
  });
}
