/**
 * Billing contract shared by the functions and the web app (via '@model'): the
 * `createInvoiceCheckout` callable's input and output, the Checkout return query parameter, and
 * the shapes the Stripe webhook writes.
 */
import type { InvoiceStatus } from './enums';
import type { Invoice, Payment, TimestampLike } from './documents';


/** Output of `createInvoiceCheckout`: the Stripe Checkout page to send the browser to. */
export interface CreateInvoiceCheckoutResult {
  url: string;
}

/** Statuses an invoice may be paid online in. */
export const PAYABLE_INVOICE_STATUSES = ['pending', 'overdue'] as const satisfies readonly InvoiceStatus[];

/** What is still owed, in minor units (never negative). */
export function invoiceBalance(invoice: Pick<Invoice, 'total' | 'amountPaid'>): number {
  return Math.max(0, invoice.total - (invoice.amountPaid ?? 0));
}

/** Whether the portal should offer "Pay now" for this invoice (the server checks again). */
export function isInvoicePayable(invoice: Pick<Invoice, 'status' | 'total' | 'amountPaid'>): boolean {
  return (PAYABLE_INVOICE_STATUSES as readonly string[]).includes(invoice.status) && invoiceBalance(invoice) > 0;
}

/**
 * Stripe Checkout sends the browser back to `/portal/invoices/<id>?checkout=success|cancelled`.
 * `success` only means the customer finished Checkout: the invoice turns `paid` when the webhook
 * has recorded the payment (watch the invoice document).
 */
export const CHECKOUT_RETURN_PARAM = 'checkout';
export const CHECKOUT_RETURN_VALUES = ['success', 'cancelled'] as const;
export type CheckoutReturn = (typeof CHECKOUT_RETURN_VALUES)[number];

export function checkoutReturnPath(invoiceId: string, result: CheckoutReturn): string {
  return `/portal/invoices/${encodeURIComponent(invoiceId)}?${CHECKOUT_RETURN_PARAM}=${result}`;
}

/** `client_reference_id` of the Checkout Session for an invoice (letters, digits, `-`, `_` stay readable). */
export function checkoutClientReference(companyId: string, invoiceId: string): string {
  return `${companyId}__${invoiceId}`;
}

/** Id of the payment document a Checkout Session produces (one per session: applied once). */
export const stripePaymentId = (sessionId: string) => `stripe_${sessionId}`;

/** A payment written by the Stripe webhook: a `Payment` plus what ties it to Stripe. */
export interface StripePayment extends Payment {
  provider: 'stripe';
  stripeSessionId: string;
  stripePaymentIntentId: string | null;
  /** refunds: the charge refunded */
  stripeChargeId?: string;
  /** on the original payment: total refunded so far (minor units) */
  amountRefunded?: number;
}

/** What the webhook did with an event (recorded on `stripeEvents/{eventId}`). */
export const STRIPE_EVENT_OUTCOMES = [
  'paid',
  'awaiting_payment',
  'already_applied',
  'async_payment_failed',
  'expired',
  'refunded',
  'refund_already_applied',
  'invalid_metadata',
  'reference_mismatch',
  'invoice_not_found',
  'invoice_not_payable',
  'amount_mismatch',
  'currency_mismatch',
  'not_paid',
  'payment_not_found',
  /** a payment at the session's id exists but was not written by this webhook for this session */
  'payment_conflict',
] as const;
export type StripeEventOutcome = (typeof STRIPE_EVENT_OUTCOMES)[number];

/** `stripeEvents/{eventId}`: functions only; the idempotency record and audit trail. */
export interface StripeEventRecord {
  type: string;
  livemode: boolean;
  /** when Stripe created the event */
  created: TimestampLike;
  processedAt: TimestampLike;
  outcome: StripeEventOutcome;
  /** a sentence for whoever reads the audit trail */
  detail: string;
  /** the Checkout Session or Charge the event is about */
  objectId: string;
  companyId: string | null;
  invoiceId: string | null;
  paymentId: string | null;
  paymentIntentId: string | null;
  /** set only on the event that recorded a payment: how a later refund finds it */
  paidPaymentIntentId: string | null;
  expected: { amount: number; currency: string } | null;
  received: { amount: number | null; currency: string | null } | null;
}

/** Output of `getStripeStatus` (admin): whether the Stripe secrets are set, never their values. */
export interface StripeStatus {
  secretKey: 'missing' | 'placeholder' | 'test' | 'live';
  webhookSecret: 'missing' | 'placeholder' | 'set';
}
