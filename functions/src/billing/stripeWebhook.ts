/**
 * stripeWebhook (https, DESIGN §5): Stripe tells us a Checkout Session was paid, failed, expired,
 * or a charge was refunded. The signature is checked on the exact bytes Stripe sent; each event is
 * recorded in `stripeEvents/{event.id}` in the same transaction as its effect, so duplicate and
 * concurrent deliveries apply once. Status codes: 2xx once recorded (or ignored), 400 for a request
 * that is not a genuine Stripe event, 5xx when we could not record it (Stripe retries).
 */
import { FieldValue, Timestamp, type Transaction } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions/v2';
import { onRequest } from 'firebase-functions/v2/https';
import Stripe from 'stripe';
import { z } from 'zod';
import { db } from '../admin';
import { STRIPE_WEBHOOK_SECRET } from '../config';
import {
  CURRENCIES,
  PAYABLE_INVOICE_STATUSES,
  checkoutClientReference,
  invoiceBalance,
  paths,
  stripePaymentId,
  type StripeEventOutcome,
  type StripeEventRecord,
  type StripePayment,
} from '../model';

/** The only event types this endpoint acts on; Stripe may send others (200, ignored). */
export const HANDLED_STRIPE_EVENTS = [
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
  'charge.refunded',
] as const;
export type HandledStripeEvent = (typeof HANDLED_STRIPE_EVENTS)[number];

function isHandled(type: string): type is HandledStripeEvent {
  return (HANDLED_STRIPE_EVENTS as readonly string[]).includes(type);
}

export interface WebhookInput {
  method?: string;
  /** the exact bytes received (`req.rawBody`); a re-serialised body fails verification */
  rawBody: Buffer | undefined;
  /** the `Stripe-Signature` header */
  signature: string | string[] | undefined;
}

export interface WebhookResult {
  status: number;
  body: { received: true; outcome?: StripeEventOutcome | 'ignored'; duplicate?: boolean } | { error: string };
}

export async function handleStripeWebhook(input: WebhookInput): Promise<WebhookResult> {
  if (input.method !== undefined && input.method !== 'POST') return { status: 405, body: { error: 'Use POST.' } };
  const secret = STRIPE_WEBHOOK_SECRET.value();
  if (!secret) {
    // An operator problem, not a bad request: 5xx so Stripe retries once the secret is set.
    logger.error('stripeWebhook: STRIPE_WEBHOOK_SECRET is not set');
    return { status: 500, body: { error: 'Webhook signing secret is not configured.' } };
  }
  const signature = typeof input.signature === 'string' ? input.signature : undefined;
  if (!input.rawBody || input.rawBody.length === 0 || !signature) {
    return { status: 400, body: { error: 'Expected a Stripe event body with a Stripe-Signature header.' } };
  }

  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(input.rawBody, signature, secret);
  } catch (error) {
    logger.warn('stripeWebhook: signature verification failed', { message: error instanceof Error ? error.message : String(error) });
    return { status: 400, body: { error: 'Invalid Stripe signature.' } };
  }

  const type = event.type;
  if (!isHandled(type)) {
    logger.debug('stripeWebhook: ignoring event type', { id: event.id, type: event.type });
    return { status: 200, body: { received: true, outcome: 'ignored' } };
  }

  try {
    const result = await db.runTransaction((tx) => applyEvent(tx, event, type), { maxAttempts: 10 });
    logger.info('stripeWebhook: event processed', { id: event.id, type: event.type, ...result });
    return { status: 200, body: { received: true, ...result } };
  } catch (error) {
    logger.error('stripeWebhook: could not record event; Stripe will retry', { id: event.id, type: event.type, error });
    return { status: 500, body: { error: 'Could not record the event right now; Stripe will retry.' } };
  }
}

export const stripeWebhook = onRequest(
  { secrets: [STRIPE_WEBHOOK_SECRET], invoker: 'public', maxInstances: 10 },
  async (req, res) => {
    const result = await handleStripeWebhook({
      method: req.method,
      rawBody: req.rawBody,
      signature: req.headers['stripe-signature'],
    });
    res.status(result.status).json(result.body);
  },
);

// ---------------------------------------------------------------------------------------------
// Applying an event (inside one transaction: every read first, then the writes)

/** The parts of a Checkout Session we use, checked rather than trusted. */
const sessionShape = z.object({
  id: z.string().min(1),
  payment_status: z.string(),
  amount_total: z.number().int().nullable(),
  currency: z.string().nullable(),
  metadata: z.record(z.string(), z.string()).nullable().optional(),
  client_reference_id: z.string().nullable().optional(),
  payment_intent: z.union([z.string(), z.object({ id: z.string() })]).nullable().optional(),
});

const chargeShape = z.object({
  id: z.string().min(1),
  amount: z.number().int(),
  amount_refunded: z.number().int().nonnegative(),
  currency: z.string(),
  payment_intent: z.union([z.string(), z.object({ id: z.string() })]).nullable().optional(),
});

const docId = z.string().min(1).max(1500).refine((s) => !s.includes('/') && s !== '.' && s !== '..');

/** The invoice fields a payment touches. */
const invoiceShape = z.object({
  status: z.string(),
  currency: z.enum(CURRENCIES),
  total: z.number().int(),
  amountPaid: z.number().int().default(0),
  dueDate: z.string(),
});

const paymentShape = z.object({
  invoiceId: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  stripeSessionId: z.string(),
  amountRefunded: z.number().int().default(0),
});

type Outcome = { outcome: StripeEventOutcome; duplicate?: boolean };
type Write = (tx: Transaction) => void;

const idOf = (value: string | { id: string } | null | undefined) => (value == null ? null : typeof value === 'string' ? value : value.id);

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

async function applyEvent(tx: Transaction, event: Stripe.Event, type: HandledStripeEvent): Promise<Outcome> {
  const eventRef = db.collection(paths.stripeEvents()).doc(event.id);
  const existing = await tx.get(eventRef);
  if (existing.exists) return { outcome: existing.get('outcome') as StripeEventOutcome, duplicate: true };

  const base: Omit<StripeEventRecord, 'outcome' | 'detail' | 'objectId' | 'processedAt' | 'created'> = {
    type: event.type,
    livemode: event.livemode,
    companyId: null,
    invoiceId: null,
    paymentId: null,
    paymentIntentId: null,
    paidPaymentIntentId: null,
    expected: null,
    received: null,
  };
  const decision = type === 'charge.refunded' ? await decideRefund(tx, event.data.object) : await decideSession(tx, type, event.data.object);
  const record = {
    ...base,
    ...decision.record,
    created: Timestamp.fromMillis(event.created * 1000),
    processedAt: FieldValue.serverTimestamp(),
  };
  tx.create(eventRef, record);
  decision.write?.(tx);
  return { outcome: decision.record.outcome };
}

interface Decision {
  record: Partial<StripeEventRecord> & Pick<StripeEventRecord, 'outcome' | 'detail' | 'objectId'>;
  write?: Write;
}

async function decideSession(tx: Transaction, type: HandledStripeEvent, object: unknown): Promise<Decision> {
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

  // completed or async_payment_succeeded
  const invoiceRef = db.doc(paths.invoice(ids.companyId, ids.invoiceId));
  const paymentRef = db.collection(paths.payments(ids.companyId)).doc(stripePaymentId(session.id));
  const [invoiceSnap, paymentSnap] = await Promise.all([tx.get(invoiceRef), tx.get(paymentRef)]);

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

  const amountPaid = inv.amountPaid + balance;
  const payment: Omit<StripePayment, 'paidAt'> & { paidAt: FieldValue } = {
    invoiceId: ids.invoiceId,
    amount: balance,
    currency: inv.currency,
    provider: 'stripe',
    stripeSessionId: session.id,
    stripePaymentIntentId: paymentIntentId,
    amountRefunded: 0,
    paidAt: FieldValue.serverTimestamp(),
  };
  return {
    record: {
      ...withIds,
      expected,
      paymentId: paymentRef.id,
      paidPaymentIntentId: paymentIntentId,
      outcome: 'paid',
      detail: `Recorded a payment of ${balance} ${inv.currency}; the invoice is paid.`,
    },
    write: (t) => {
      t.create(paymentRef, payment);
      t.update(invoiceRef, {
        amountPaid,
        ...(amountPaid >= inv.total ? { status: 'paid', paidAt: FieldValue.serverTimestamp() } : {}),
      });
    },
  };
}

async function decideRefund(tx: Transaction, object: unknown): Promise<Decision> {
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
  const refundRef = db.collection(paths.payments(companyId)).doc(`stripe_refund_${charge.id}_${refundedTotal}`);
  const refund: Omit<StripePayment, 'paidAt'> & { paidAt: FieldValue } = {
    invoiceId,
    amount: -delta,
    currency: inv.currency,
    provider: 'stripe',
    stripeSessionId: pay.stripeSessionId,
    stripePaymentIntentId: paymentIntentId,
    stripeChargeId: charge.id,
    paidAt: FieldValue.serverTimestamp(),
  };
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
        ...(reopened ? { status: inv.dueDate < todayIso() ? 'overdue' : 'pending', paidAt: null } : {}),
      });
    },
  };
}

function objectIdOf(object: unknown): string {
  const id = z.object({ id: z.string() }).safeParse(object);
  return id.success ? id.data.id : 'unknown';
}
