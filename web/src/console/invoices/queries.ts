/**
 * Invoice reads for the admin console: every invoice of the agency (collection group, each
 * carrying its company from the path), one invoice, its payments, every payment.
 * Live: onSnapshot feeds the query cache (lib/live.ts).
 */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import { allInvoicesQuery, allPaymentsQuery, invoicePaymentsQuery, invoiceRef } from '../../lib/refs';
import { useConsole } from '../env';
import { liveDoc, liveList, liveScopedList } from '../lib/options';

export const invoiceKeys = {
  all: () => ['invoices'] as const,
  list: () => [...invoiceKeys.all(), 'all'] as const,
  /** under the company, like the CRM's ['companies', c, 'invoices'] list */
  invoice: (companyId: string, invoiceId: string) => ['companies', companyId, 'invoices', invoiceId, 'doc'] as const,
  payments: (companyId: string, invoiceId: string) => ['companies', companyId, 'invoices', invoiceId, 'payments'] as const,
  allPayments: () => ['payments', 'all'] as const,
};

export const allInvoicesOptions = (db: Firestore) => liveScopedList(invoiceKeys.list(), () => allInvoicesQuery(db));
export const invoiceOptions = (db: Firestore, companyId: string, invoiceId: string) =>
  liveDoc(invoiceKeys.invoice(companyId, invoiceId), () => invoiceRef(db, companyId, invoiceId));
export const invoicePaymentsOptions = (db: Firestore, companyId: string, invoiceId: string) =>
  liveList(invoiceKeys.payments(companyId, invoiceId), () => invoicePaymentsQuery(db, companyId, invoiceId));
export const allPaymentsOptions = (db: Firestore) => liveScopedList(invoiceKeys.allPayments(), () => allPaymentsQuery(db));

export function useAllInvoices() {
  const { db } = useConsole();
  return useQuery(allInvoicesOptions(db));
}

/** One invoice; `enabled: false` (e.g. on "New invoice") starts no listener. */
export function useInvoice(companyId: string, invoiceId: string, enabled = true) {
  const { db } = useConsole();
  return useQuery({ ...invoiceOptions(db, companyId, invoiceId), enabled: enabled && Boolean(companyId && invoiceId) });
}

export function useInvoicePayments(companyId: string, invoiceId: string) {
  const { db } = useConsole();
  return useQuery(invoicePaymentsOptions(db, companyId, invoiceId));
}

export function useAllPayments() {
  const { db } = useConsole();
  return useQuery(allPaymentsOptions(db));
}
