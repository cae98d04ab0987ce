/** Invoice writes as mutations (drafts, issuing, voiding, manual payments). */
import { useConsoleMutation } from '../lib/mutation';
import { createDraftInvoice, deleteDraftInvoice, issueInvoice, recordManualPayment, updateDraftInvoice, voidInvoice, type InvoiceContent, type ManualPayment } from './writes';

/** Creates a draft, or saves one when `invoiceId` is given; with `issue` it is issued too. Returns its id. */
export function useSaveDraftInvoice() {
  return useConsoleMutation(async ({ db }, { companyId, invoiceId, content, issue = false }: { companyId: string; invoiceId?: string; content: InvoiceContent; issue?: boolean }) => {
    const id = invoiceId ?? (await createDraftInvoice(db, companyId, content));
    if (invoiceId) await updateDraftInvoice(db, companyId, invoiceId, content);
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
