/**
 * Checkout Session events: a paid session (completed, or async_payment_succeeded for a delayed
 * method) whose amount and currency match the invoice's balance marks the invoice paid and writes
 * one payment at the session's id; everything else is recorded and changes nothing.
 */
import { FieldValue, type Firestore, type Transaction } from 'firebase-admin/firestore';
import { z } from 'zod';
import { PAYABLE_INVOICE_STATUSES, checkoutClientReference, invoiceBalance, paths, stripePaymentId, type StripeEventRecord, type StripePayment } from '../../model';
import { docId } from '../../model/schemas';
import { stripeRefund } from './refund';
import { idOf, invoiceShape, objectIdOf, sessionShape, type Decision, type SessionEvent } from './shapes';

export async function decideSession(tx: Transaction, db: Firestore, type: SessionEvent, object: unknown): Promise<Decision> {
  const parsed = sessionShape.safeParse(object);
  if (!parsed.success) {
    return { record: { outcome: 'invalid_metadata', detail: `Unexpected Checkout Session payload: ${z.prettifyError(parsed.error)}`, objectId: objectIdOf(object) } };
  }
  const session = parsed.data;
  const paymentIntentId = idOf(session.payment_intent);
  const received = { amount: session.amount_total, currency: session.currency?.toUpperCase() ?? null };
  const common = { objectId: session.id, paymentIntentId, received };

  const companyId = docId.safeParse(session.metadata?.companyId);
  const invoiceId = docId.safeParse(session.metadata?.invoiceId);
  if (!companyId.success || !invoiceId.success) {
    return { record: { ...common, outcome: 'invalid_metadata', detail: 'The session\'s metadata does not name a companyId and invoiceId; it was not created by createInvoiceCheckout.' } };
  }
  const ids = { companyId: companyId.data, invoiceId: invoiceId.data };
  const withIds = { ...common, ...ids };
  if (session.client_reference_id !== checkoutClientReference(ids.companyId, ids.invoiceId)) {
    return {
      record: {
        ...withIds,
        outcome: 'reference_mismatch',
        detail: `client_reference_id ${JSON.stringify(session.client_reference_id ?? null)} does not match the metadata (${ids.companyId}/${ids.invoiceId}); not applied.`,
      },
    };
  }

  if (type === 'checkout.session.expired') {
    return { record: { ...withIds, outcome: 'expired', detail: 'The Checkout Session expired without payment.' } };
  }
  if (type === 'checkout.session.async_payment_failed') {
    return { record: { ...withIds, outcome: 'async_payment_failed', detail: 'The delayed payment method failed; the invoice stays unpaid.' } };
  }

  return decidePayment(tx, db, type, session, withIds);
}

/** What every record about a session with our metadata says. */
interface SessionFacts {
  objectId: string;
  paymentIntentId: string | null;
  received: { amount: number | null; currency: string | null };
  companyId: string;
  invoiceId: string;
}

/** completed or async_payment_succeeded: pay the invoice once, if the money matches its balance. */
async function decidePayment(tx: Transaction, db: Firestore, type: SessionEvent, session: z.output<typeof sessionShape>, withIds: SessionFacts): Promise<Decision> {
  const { companyId, invoiceId, paymentIntentId, received } = withIds;
  const ids = { companyId, invoiceId };
  const invoiceRef = db.doc(paths.invoice(ids.companyId, ids.invoiceId));
  const paymentRef = db.collection(paths.payments(ids.companyId)).doc(stripePaymentId(session.id));
  const [invoiceSnap, paymentSnap, earlyRefund] = await Promise.all([tx.get(invoiceRef), tx.get(paymentRef), refundBefore(tx, db, paymentIntentId)]);

  if (paymentSnap.exists) {
    const existing = paymentSnap.data() as Partial<StripePayment>;
    // Only a payment this webhook wrote for this session counts as "already applied"; anything
    // else at that id (a forged or mistaken manual payment) must not swallow a real payment.
    if (existing.provider !== 'stripe' || existing.stripeSessionId !== session.id) {
      return {
        record: {
          ...withIds,
          paymentId: paymentRef.id,
          outcome: 'payment_conflict',
          detail: `A ${String(existing.provider ?? 'unknown')} payment already sits at ${paymentRef.path}, not this session's; the Stripe payment was not applied and needs manual reconciliation.`,
        },
      };
    }
    return { record: { ...withIds, paymentId: paymentRef.id, outcome: 'already_applied', detail: 'This session\'s payment was already recorded.' } };
  }
  if (session.payment_status === 'unpaid' && type === 'checkout.session.completed') {
    return { record: { ...withIds, outcome: 'awaiting_payment', detail: 'Checkout finished with a delayed payment method; waiting for async_payment_succeeded.' } };
  }
  if (session.payment_status !== 'paid') {
    return { record: { ...withIds, outcome: 'not_paid', detail: `payment_status is ${session.payment_status}; nothing recorded.` } };
  }
  const invoice = invoiceShape.safeParse(invoiceSnap.data());
  if (!invoiceSnap.exists || !invoice.success) {
    return {
      record: {
        ...withIds,
        outcome: 'invoice_not_found',
        detail: `No invoice at ${invoiceRef.path}${invoiceSnap.exists ? ' with valid amounts' : ''}; a paid session needs manual reconciliation.`,
      },
    };
  }
  const inv = invoice.data;
  const balance = invoiceBalance(inv);
  const expected = { amount: balance, currency: inv.currency };
  if (!(PAYABLE_INVOICE_STATUSES as readonly string[]).includes(inv.status)) {
    return { record: { ...withIds, expected, outcome: 'invoice_not_payable', detail: `The invoice is ${inv.status}; the payment needs manual reconciliation (refund or credit).` } };
  }
  if (received.currency !== inv.currency) {
    return { record: { ...withIds, expected, outcome: 'currency_mismatch', detail: `Paid in ${received.currency ?? 'no currency'}, the invoice is in ${inv.currency}; not applied.` } };
  }
  if (session.amount_total !== balance) {
    return { record: { ...withIds, expected, outcome: 'amount_mismatch', detail: `Paid ${session.amount_total ?? 'nothing'}, the balance is ${balance}; not applied.` } };
  }

  // A refund of this payment that Stripe delivered before the payment itself (events are not
  // ordered) was recorded as "payment_not_found": it is applied now, with the payment.
  const refunded = earlyRefund && earlyRefund.currency === inv.currency ? Math.min(earlyRefund.amount, balance) : 0;
  const amountPaid = inv.amountPaid + balance - refunded;
  const payment: Omit<StripePayment, 'paidAt'> & { paidAt: FieldValue } = {
    invoiceId: ids.invoiceId,
    amount: balance,
    currency: inv.currency,
    provider: 'stripe',
    stripeSessionId: session.id,
    stripePaymentIntentId: paymentIntentId,
    amountRefunded: refunded,
    paidAt: FieldValue.serverTimestamp(),
  };
  const refund =
    earlyRefund && refunded > 0
      ? stripeRefund(db, ids.companyId, {
          invoiceId: ids.invoiceId,
          amount: refunded,
          refundedTotal: refunded,
          currency: inv.currency,
          stripeSessionId: session.id,
          stripePaymentIntentId: paymentIntentId,
          stripeChargeId: earlyRefund.chargeId,
        })
      : null;
  return {
    record: {
      ...withIds,
      expected,
      paymentId: paymentRef.id,
      paidPaymentIntentId: paymentIntentId,
      outcome: 'paid',
      detail: `Recorded a payment of ${balance} ${inv.currency}${refund ? ` and its refund of ${refunded} ${inv.currency}, which arrived first` : ''}; the invoice is ${amountPaid >= inv.total ? 'paid' : 'open'}.`,
    },
    write: (t) => {
      t.create(paymentRef, payment);
      if (refund) t.create(refund.ref, refund.data);
      t.update(invoiceRef, {
        amountPaid,
        ...(amountPaid >= inv.total ? { status: 'paid', paidAt: FieldValue.serverTimestamp() } : {}),
      });
    },
  };
}

/** The largest refund recorded for `paymentIntentId` before its payment was (Stripe's amount_refunded is cumulative). */
async function refundBefore(tx: Transaction, db: Firestore, paymentIntentId: string | null): Promise<{ amount: number; currency: string; chargeId: string } | null> {
  if (!paymentIntentId) return null;
  const early = await tx.get(
    db.collection(paths.stripeEvents()).where('paymentIntentId', '==', paymentIntentId).where('outcome', '==', 'payment_not_found').where('type', '==', 'charge.refunded'),
  );
  let largest: { amount: number; currency: string; chargeId: string } | null = null;
  for (const doc of early.docs) {
    const { received, objectId } = doc.data() as Partial<StripeEventRecord>;
    if (typeof received?.amount !== 'number' || !received.currency || typeof objectId !== 'string') continue;
    if (!largest || received.amount > largest.amount) largest = { amount: received.amount, currency: received.currency, chargeId: objectId };
  }
  return largest;
}
