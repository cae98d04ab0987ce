/**
 * saveInvoiceDraft (callable, admin): the invoice editor's save. Creates a draft (amountPaid 0,
 * paidAt null) or replaces a draft's content, with every line validated — the rules can check
 * only a handful of lines per direct write, and an invoice may have up to LIMITS.lineItems.
 * Invoice numbers are unique within a company (checked in the transaction). Issuing, voiding
 * and payments stay where they were (rules and Functions).
 */
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { paths, type Invoice, type SaveInvoiceDraftResult } from '../model';
import { saveInvoiceDraftInput } from '../model/schemas';
import { parseInput, requireActiveAdmin, type CallRequest } from '../shared/callable';
import { runtimeDeps, type Deps } from '../shared/deps';
import { runTransaction } from '../shared/transaction';

export async function saveInvoiceDraftHandler(request: CallRequest, deps: Pick<Deps, 'db' | 'auth'>): Promise<SaveInvoiceDraftResult> {
  await requireActiveAdmin(request, deps.auth, 'edit invoices');
  const input = parseInput(
    saveInvoiceDraftInput,
    request.data,
    'Send { companyId, invoiceId? , number, issueDate, dueDate, currency, lineItems, subtotal, tax, total } of a draft.',
  );
  const { db } = deps;
  const { companyId, invoiceId, ...content } = input;
  const companySnap = await db.doc(paths.company(companyId)).get();
  if (!companySnap.exists) throw new HttpsError('not-found', `There is no company with id "${companyId}".`);
  const ref = invoiceId ? db.doc(paths.invoice(companyId, invoiceId)) : db.collection(paths.invoices(companyId)).doc();

  await runTransaction(db, async (tx) => {
    const [existing, sameNumber] = await Promise.all([
      tx.get(ref),
      tx.get(db.collection(paths.invoices(companyId)).where('number', '==', content.number).limit(2)),
    ]);
    if (sameNumber.docs.some((doc) => doc.id !== ref.id)) {
      throw new HttpsError('already-exists', `Invoice number ${content.number} is already used for this client. Choose another number.`);
    }
    if (invoiceId) {
      const stored = existing.data() as Invoice | undefined;
      if (!stored) throw new HttpsError('not-found', 'This invoice no longer exists. Reload the page.');
      if (stored.status !== 'draft') {
        throw new HttpsError('failed-precondition', `Invoice ${stored.number} was issued (${stored.status}); only drafts can be edited. Void it and create a new one instead.`);
      }
      tx.update(ref, content);
    } else {
      tx.create(ref, { ...content, status: 'draft', amountPaid: 0, paidAt: null } satisfies Invoice);
    }
  });
  return { invoiceId: ref.id, created: !invoiceId };
}

export const saveInvoiceDraft = onCall((request) => saveInvoiceDraftHandler(request, runtimeDeps()));
