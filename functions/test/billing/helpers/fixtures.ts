/** Invoices, portal settings and Stripe webhook events for the billing tests. */
import { randomBytes } from 'node:crypto';
import type { Timestamp } from 'firebase-admin/firestore';
import Stripe from 'stripe';
import { db } from '../../../src/admin';
import { checkoutClientReference, paths, type Invoice, type PortalSettings } from '../../../src/model';

export const uniqueId = (prefix: string) => `${prefix}-${randomBytes(5).toString('hex')}`;

export interface SeededInvoice {
  companyId: string;
  invoiceId: string;
  invoice: Omit<Invoice, 'paidAt'> & { paidAt: null };
}

/** A company with one issued invoice of 1,500.00 USD (150000 minor units), due in the future. */
export async function seedInvoice(overrides: Partial<Omit<Invoice, 'paidAt'>> = {}, companyId = uniqueId('co')): Promise<SeededInvoice> {
  const invoiceId = uniqueId('inv');
  const invoice: SeededInvoice['invoice'] = {
    number: `INV-${invoiceId.slice(-4).toUpperCase()}`,
    status: 'pending',
    issueDate: '2026-11-01',
    dueDate: '2099-12-31',
    currency: 'USD',
    lineItems: [{ description: 'Design sprint', quantity: 1, unitAmount: 150000, kind: 'fixed' }],
    subtotal: 150000,
    tax: 0,
    total: 150000,
    amountPaid: 0,
    paidAt: null,
    ...overrides,
  };
  await db.doc(paths.company(companyId)).set({ name: `Company ${companyId}`, status: 'client', website: '', logoUrl: '', createdAt: new Date() }, { merge: true });
  await db.doc(paths.invoice(companyId, invoiceId)).set(invoice);
  return { companyId, invoiceId, invoice };
}

export async function setPortalSettings(paymentsEnabled: boolean | null): Promise<void> {
  if (paymentsEnabled === null) {
    await db.doc(paths.portalSettings()).delete();
    return;
  }
  const settings: PortalSettings = { welcomeMessage: 'Welcome', cards: [], meetingUrl: '', paymentsEnabled };
  await db.doc(paths.portalSettings()).set(settings);
}

export async function readInvoice(companyId: string, invoiceId: string) {
  const snap = await db.doc(paths.invoice(companyId, invoiceId)).get();
  return snap.data() as (Omit<Invoice, 'paidAt'> & { paidAt: Timestamp | null }) | undefined;
}

export interface PaymentDoc {
  id: string;
  invoiceId: string;
  amount: number;
  currency: string;
  provider: string;
  stripeSessionId: string | null;
  stripePaymentIntentId?: string | null;
  stripeChargeId?: string;
  amountRefunded?: number;
  paidAt: Timestamp;
}

export async function readPayments(companyId: string): Promise<PaymentDoc[]> {
  const snap = await db.collection(paths.payments(companyId)).get();
  return snap.docs.map((d) => ({ id: d.id, ...(d.data() as Omit<PaymentDoc, 'id'>) }));
}

export async function readStripeEvent(eventId: string) {
  const snap = await db.collection(paths.stripeEvents()).doc(eventId).get();
  return snap.exists ? (snap.data() as Record<string, unknown>) : undefined;
}

export async function countStripeEvents(): Promise<number> {
  return (await db.collection(paths.stripeEvents()).count().get()).data().count;
}

// ---------------------------------------------------------------------------------------------
// Stripe events, signed like Stripe signs them

export interface SessionFields {
  id: string;
  payment_status: 'paid' | 'unpaid' | 'no_payment_required';
  amount_total: number;
  currency: string;
  metadata: Record<string, string> | null;
  client_reference_id: string | null;
  payment_intent: string | null;
}

/** A Checkout Session as createInvoiceCheckout would have made it for this invoice, paid. */
export function sessionFor(seeded: SeededInvoice, overrides: Partial<SessionFields> = {}): SessionFields {
  return {
    id: uniqueId('cs_test'),
    payment_status: 'paid',
    amount_total: seeded.invoice.total - seeded.invoice.amountPaid,
    currency: seeded.invoice.currency.toLowerCase(),
    metadata: { companyId: seeded.companyId, invoiceId: seeded.invoiceId },
    client_reference_id: checkoutClientReference(seeded.companyId, seeded.invoiceId),
    payment_intent: uniqueId('pi_test'),
    ...overrides,
  };
}

export interface StripeTestEvent {
  id: string;
  type: string;
  object: Record<string, unknown>;
}

export function sessionEvent(type: string, session: SessionFields): StripeTestEvent {
  return {
    id: uniqueId('evt_test'),
    type,
    object: {
      object: 'checkout.session',
      mode: 'payment',
      status: session.payment_status === 'paid' ? 'complete' : type === 'checkout.session.expired' ? 'expired' : 'complete',
      customer_email: 'client@example.test',
      ...session,
    },
  };
}

export function refundEvent(charge: { id?: string; paymentIntent: string | null; amount: number; amountRefunded: number; currency?: string }): StripeTestEvent {
  return {
    id: uniqueId('evt_test'),
    type: 'charge.refunded',
    object: {
      id: charge.id ?? uniqueId('ch_test'),
      object: 'charge',
      amount: charge.amount,
      amount_refunded: charge.amountRefunded,
      currency: charge.currency ?? 'usd',
      payment_intent: charge.paymentIntent,
      refunded: charge.amountRefunded >= charge.amount,
      status: 'succeeded',
    },
  };
}

/** The body exactly as Stripe sends it (pretty-printed JSON) and its Stripe-Signature header. */
export function signedDelivery(event: StripeTestEvent, secret: string, timestamp?: number): { payload: string; signature: string } {
  const payload = JSON.stringify(
    {
      id: event.id,
      object: 'event',
      api_version: '2026-10-28.endive',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type: event.type,
      data: { object: event.object },
    },
    null,
    2,
  );
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret, ...(timestamp ? { timestamp } : {}) });
  return { payload, signature };
}
