/** Invoice writes as mutations (drafts, issuing, voiding, manual payments). */
import type { Invoice, WithId } from '@model';
import { downloadInvoicePdf } from '../../lib/invoicePdf';
import { actionError } from '../lib/errors';
import { useConsoleMutation } from '../lib/mutation';
import { deleteDraftInvoice, issueInvoice, recordManualPayment, saveDraftInvoice, voidInvoice, type InvoiceContent, type ManualPayment } from './writes';

export interface SavedInvoice {
  invoiceId: string;
  /** why issuing failed after the draft was saved (the draft exists: issue it from its page) */
  issueError: string | null;
}

/**
 * Creates a draft, or saves one when `invoiceId` is given; with `issue` it is issued too. Saving
 * and issuing are two writes: when only the second fails, the draft is saved all the same, so
 * the result names it with the reason instead of failing as if nothing had been written.
 */
export async function saveInvoice(
  write: { save: () => Promise<string>; issue: (invoiceId: string) => Promise<void> },
  issue: boolean,
): Promise<SavedInvoice> {
  const invoiceId = await write.save();
  if (!issue) return { invoiceId, issueError: null };
  try {
    await write.issue(invoiceId);
    return { invoiceId, issueError: null };
  } catch (error) {
    return { invoiceId, issueError: actionError(error) };
  }
}

export function useSaveDraftInvoice() {
  return useConsoleMutation(({ app, db }, { companyId, invoiceId, content, issue = false }: { companyId: string; invoiceId?: string; content: InvoiceContent; issue?: boolean }) =>
    saveInvoice({ save: () => saveDraftInvoice(app, companyId, invoiceId, content), issue: (id) => issueInvoice(db, companyId, id) }, issue),
  );
}

export function useIssueInvoice(companyId: string) {
  return useConsoleMutation(({ db }, invoiceId: string) => issueInvoice(db, companyId, invoiceId));
}

export function useVoidInvoice(companyId: string) {
  return useConsoleMutation(({ db }, invoiceId: string) => voidInvoice(db, companyId, invoiceId));
}

export function useDeleteDraftInvoice(companyId: string) {
  return useConsoleMutation(({ db }, invoiceId: string) => deleteDraftInvoice(db, companyId, invoiceId));
}

export function useRecordPayment(companyId: string) {
  return useConsoleMutation(({ db }, payment: ManualPayment) => recordManualPayment(db, companyId, payment));
}

/** The invoice as a PDF (the invoicePdf function, with the staff member's token). */
export function useDownloadInvoicePdf(companyId: string, invoice: WithId<Invoice>) {
  return useConsoleMutation(({ app }) => downloadInvoicePdf(app, companyId, invoice.id, invoice.number));
}
