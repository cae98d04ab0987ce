/**
 * `charge.refunded`: the payment the webhook recorded for the charge's payment intent gets a
 * negative payment for what was newly refunded, and a paid invoice that is no longer covered is
 * open again (`overdue` past its due date, else `pending`).
 */
import { FieldValue, type DocumentReference, type Firestore, type Transaction } from 'firebase-admin/firestore';
import { z } from 'zod';
import { paths, type StripePayment } from '../../model';
import { chargeShape, idOf, invoiceShape, objectIdOf, paymentShape, type Decision } from './shapes';

/** `today` (`YYYY-MM-DD`) decides whether a reopened invoice is overdue. */
export async function decideRefund(tx: Transaction, db: Firestore, object: unknown, today: string): Promise<Decision> {
  const parsed = chargeShape.safeParse(object);
  if (!parsed.success) {
    return { record: { outcome: 'payment_not_found', detail: `Unexpected Charge payload: ${z.prettifyError(parsed.error)}`, objectId: objectIdOf(object) } };
  }
  const charge = parsed.data;
  const paymentIntentId = idOf(charge.payment_intent);
  const received = { amount: charge.amount_refunded, currency: charge.currency.toUpperCase() };
  const common = { objectId: charge.id, paymentIntentId, received };
  if (!paymentIntentId) {
    return { record: { ...common, outcome: 'payment_not_found', detail: 'The charge has no payment intent; not one of our Checkout payments.' } };
  }

  // The event that recorded the payment remembers its payment intent: no call to Stripe needed.
  const paidEvents = await tx.get(db.collection(paths.stripeEvents()).where('paidPaymentIntentId', '==', paymentIntentId).limit(1));
  const paidEvent = paidEvents.docs[0];
  const companyId = paidEvent?.get('companyId') as string | undefined;
  const invoiceId = paidEvent?.get('invoiceId') as string | undefined;
  const paymentId = paidEvent?.get('paymentId') as string | undefined;
  if (!companyId || !invoiceId || !paymentId) {
    return { record: { ...common, outcome: 'payment_not_found', detail: `No recorded payment for ${paymentIntentId}; nothing to reverse.` } };
  }
  const ids = { companyId, invoiceId };
  const invoiceRef = db.doc(paths.invoice(companyId, invoiceId));
  const paymentRef = db.collection(paths.payments(companyId)).doc(paymentId);
  const [invoiceSnap, paymentSnap] = await Promise.all([tx.get(invoiceRef), tx.get(paymentRef)]);
  const invoice = invoiceShape.safeParse(invoiceSnap.data());
  const payment = paymentShape.safeParse(paymentSnap.data());
  if (!invoiceSnap.exists || !paymentSnap.exists || !invoice.success || !payment.success) {
    return { record: { ...common, ...ids, paymentId, outcome: 'payment_not_found', detail: 'The recorded payment or its invoice is gone; reconcile by hand.' } };
  }
  const inv = invoice.data;
  const pay = payment.data;
  if (received.currency !== pay.currency) {
    return {
      record: { ...common, ...ids, paymentId, expected: { amount: pay.amount, currency: pay.currency }, outcome: 'currency_mismatch', detail: 'Refund currency differs from the payment; not applied.' },
    };
  }
  // amount_refunded is cumulative: apply only what this payment has not reflected yet, so a
  // later event (or two arriving out of order) never reverses the same money twice.
  const refundedTotal = Math.min(charge.amount_refunded, pay.amount);
  const delta = refundedTotal - pay.amountRefunded;
  if (delta <= 0) {
    return { record: { ...common, ...ids, paymentId, outcome: 'refund_already_applied', detail: `Refunds up to ${pay.amountRefunded} were already recorded.` } };
  }

  const amountPaid = Math.max(0, inv.amountPaid - delta);
  const reopened = inv.status === 'paid' && amountPaid < inv.total;
  const { ref: refundRef, data: refund } = stripeRefund(db, companyId, {
    invoiceId,
    amount: delta,
    refundedTotal,
    currency: inv.currency,
    stripeSessionId: pay.stripeSessionId,
    stripePaymentIntentId: paymentIntentId,
    stripeChargeId: charge.id,
  });
  return {
    record: {
      ...common,
      ...ids,
      paymentId: refundRef.id,
      outcome: 'refunded',
      detail: `Recorded a refund of ${delta} ${inv.currency}${reopened ? '; the invoice is open again' : ''}.`,
    },
    write: (t) => {
      t.create(refundRef, refund);
      t.update(paymentRef, { amountRefunded: refundedTotal });
      t.update(invoiceRef, {
        amountPaid,
        ...(reopened ? { status: inv.dueDate < today ? 'overdue' : 'pending', paidAt: null } : {}),
      });
    },
  };
}

/**
 * The negative payment for `amount` newly refunded of a Stripe payment, at an id named by its
 * charge and the charge's refunded total so far (a redelivered refund finds the same id).
 */
export function stripeRefund(
  db: Firestore,
  companyId: string,
  refund: Pick<StripePayment, 'invoiceId' | 'currency' | 'stripeSessionId' | 'stripePaymentIntentId'> & { amount: number; refundedTotal: number; stripeChargeId: string },
): { ref: DocumentReference; data: Omit<StripePayment, 'paidAt'> & { paidAt: FieldValue } } {
  const { amount, refundedTotal, ...ids } = refund;
  return {
    ref: db.collection(paths.payments(companyId)).doc(`stripe_refund_${ids.stripeChargeId}_${refundedTotal}`),
    data: { ...ids, amount: -amount, provider: 'stripe', paidAt: FieldValue.serverTimestamp() },
  };
}
