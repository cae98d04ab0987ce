/** Invoice writes as mutations (drafts, issuing, voiding, manual payments). */
import type { Invoice, WithId } from '@model';
import { downloadInvoicePdf } from '../../lib/invoicePdf';
import { useConsoleMutation } from '../lib/mutation';
import { deleteDraftInvoice, issueInvoice, recordManualPayment, saveDraftInvoice, voidInvoice, type InvoiceContent, type ManualPayment } from './writes';

/** Creates a draft, or saves one when `invoiceId` is given; with `issue` it is issued too. Returns its id. */
export function useSaveDraftInvoice() {
  return useConsoleMutation(async ({ app, db }, { companyId, invoiceId, content, issue = false }: { companyId: string; invoiceId?: string; content: InvoiceContent; issue?: boolean }) => {
    const id = await saveDraftInvoice(app, companyId, invoiceId, content);
    if (issue) await issueInvoice(db, companyId, id);
    return id;
  });
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
