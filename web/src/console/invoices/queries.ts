/**
 * One invoice and its payments (the lists of every invoice and payment are console/lib/queries).
 * Live: onSnapshot feeds the query cache (lib/live.ts).
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import { invoicePaymentsQuery, invoiceRef } from '../../lib/refs';
import { useConsole } from '../lib/env';
import { liveDoc, liveList } from '../lib/options';
import { projectOptions } from '../lib/queries';

export const invoiceKeys = {
  /** under the company, like the CRM's ['companies', c, 'invoices'] list */
  invoice: (companyId: string, invoiceId: string) => ['companies', companyId, 'invoices', invoiceId, 'doc'] as const,
  payments: (companyId: string, invoiceId: string) => ['companies', companyId, 'invoices', invoiceId, 'payments'] as const,
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

/** Names of one company's projects by id, one document read each (the projects a client's billables name). */
export function useProjectNames(companyId: string, projectIds: readonly string[]): Record<string, string> {
  const { db } = useConsole();
  return useQueries({
    queries: projectIds.map((projectId) => ({ ...projectOptions(db, companyId, projectId), enabled: Boolean(companyId) })),
    combine: (results) => Object.fromEntries(results.flatMap((r, i) => (r.data && projectIds[i] ? [[projectIds[i], r.data.name] as const] : []))),
  });
}
