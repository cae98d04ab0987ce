/** Stripe webhook events for the billing suites, signed exactly as Stripe signs them. */
import Stripe from 'stripe';
import { checkoutClientReference } from '../../src/model';
import type { SeededInvoice } from './invoices';
import { uid } from './ids';

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
    id: uid('cs_test'),
    payment_status: 'paid',
    amount_total: seeded.invoice.total - seeded.invoice.amountPaid,
    currency: seeded.invoice.currency.toLowerCase(),
    metadata: { companyId: seeded.companyId, invoiceId: seeded.invoiceId },
    client_reference_id: checkoutClientReference(seeded.companyId, seeded.invoiceId),
    payment_intent: uid('pi_test'),
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
    id: uid('evt_test'),
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
    id: uid('evt_test'),
    type: 'charge.refunded',
    object: {
      id: charge.id ?? uid('ch_test'),
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
