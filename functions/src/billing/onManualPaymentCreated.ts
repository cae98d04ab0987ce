/**
 * onManualPaymentCreated (Firestore trigger): an admin records money received outside Stripe
 * (bank transfer, cheque) as a `companies/{c}/payments/{id}` document with provider `manual` —
 * the only payment the rules let a person write — and this applies it to its invoice in one
 * transaction: `amountPaid` grows, and the invoice becomes `paid` once nothing is left. The
 * payment is stamped `appliedAt` (or `notAppliedReason`), so a redelivered event applies once.
 */
import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { paths, type Invoice, type ManualPaymentRefusal, type Payment } from '../model';
import { runtimeDeps, type Deps } from '../shared/deps';
import { runTransaction } from '../shared/transaction';

export interface ManualPaymentParams {
  companyId: string;
  paymentId: string;
}

export type ManualPaymentOutcome = 'applied' | 'paid' | 'ignored' | 'duplicate' | ManualPaymentRefusal;

export async function onManualPaymentCreatedHandler(
  params: ManualPaymentParams,
  deps: Pick<Deps, 'db' | 'now'>,
): Promise<ManualPaymentOutcome> {
  const db: Firestore = deps.db;
  const paymentRef = db.doc(`${paths.payments(params.companyId)}/${params.paymentId}`);
  return runTransaction(db, async (tx) => {
    const paymentSnap = await tx.get(paymentRef);
    const payment = paymentSnap.data() as Payment | undefined;
    if (!payment || payment.provider !== 'manual') return 'ignored';
    if (payment.appliedAt || payment.notAppliedReason) return 'duplicate';

    const invoiceRef = db.doc(paths.invoice(params.companyId, payment.invoiceId));
    const invoice = (await tx.get(invoiceRef)).data() as Invoice | undefined;
    const balance = invoice ? invoice.total - invoice.amountPaid : 0;
    const refusal: ManualPaymentRefusal | null = !invoice
      ? 'invoice_not_found'
      : invoice.status !== 'pending' && invoice.status !== 'overdue'
        ? 'invoice_not_payable'
        : invoice.currency !== payment.currency
          ? 'currency_mismatch'
          : payment.amount > balance
            ? 'exceeds_balance'
            : null;
    if (refusal) {
      tx.update(paymentRef, { notAppliedReason: refusal });
      return refusal;
    }

    const now = Timestamp.fromDate(deps.now());
    const amountPaid = invoice!.amountPaid + payment.amount;
    const paidInFull = amountPaid >= invoice!.total;
    tx.update(invoiceRef, {
      amountPaid: FieldValue.increment(payment.amount),
      ...(paidInFull ? { status: 'paid', paidAt: payment.paidAt ?? now } : {}),
    });
    tx.update(paymentRef, { appliedAt: now });
    return paidInFull ? 'paid' : 'applied';
  });
}

export const onManualPaymentCreated = onDocumentCreated('companies/{companyId}/payments/{paymentId}', (event) =>
  onManualPaymentCreatedHandler(event.params, runtimeDeps()).then(() => undefined),
);
