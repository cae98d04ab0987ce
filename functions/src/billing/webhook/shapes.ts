/**
 * What the Stripe webhook reads, checked rather than trusted: the event types it acts on, the
 * parts of Stripe objects and of our documents it uses, and what deciding an event produces.
 */
import type { Transaction } from 'firebase-admin/firestore';
import { z } from 'zod';
import { CURRENCIES, type StripeEventRecord } from '../../model';

/** The only event types the webhook acts on; Stripe may send others (200, ignored). */
export const HANDLED_STRIPE_EVENTS = [
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
  'charge.refunded',
] as const;
export type HandledStripeEvent = (typeof HANDLED_STRIPE_EVENTS)[number];
export type SessionEvent = Exclude<HandledStripeEvent, 'charge.refunded'>;

export function isHandled(type: string): type is HandledStripeEvent {
  return (HANDLED_STRIPE_EVENTS as readonly string[]).includes(type);
}

const stripeRef = z.union([z.string(), z.object({ id: z.string() })]).nullable().optional();

/** The parts of a Checkout Session we use. */
export const sessionShape = z.object({
  id: z.string().min(1),
  payment_status: z.string(),
  amount_total: z.number().int().nullable(),
  currency: z.string().nullable(),
  metadata: z.record(z.string(), z.string()).nullable().optional(),
  client_reference_id: z.string().nullable().optional(),
  payment_intent: stripeRef,
});

/** The parts of a Charge we use. */
export const chargeShape = z.object({
  id: z.string().min(1),
  amount: z.number().int(),
  amount_refunded: z.number().int().nonnegative(),
  currency: z.string(),
  payment_intent: stripeRef,
});

/** The invoice fields a payment touches. */
export const invoiceShape = z.object({
  status: z.string(),
  currency: z.enum(CURRENCIES),
  total: z.number().int(),
  amountPaid: z.number().int().default(0),
  dueDate: z.string(),
});

/** The fields of a recorded Stripe payment a refund touches. */
export const paymentShape = z.object({
  invoiceId: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  stripeSessionId: z.string(),
  amountRefunded: z.number().int().default(0),
});

/**
 * What an event comes to: the audit record of `stripeEvents/{id}`, and the writes that apply it
 * (made after every read of the transaction).
 */
export interface Decision {
  record: Partial<StripeEventRecord> & Pick<StripeEventRecord, 'outcome' | 'detail' | 'objectId'>;
  write?: (tx: Transaction) => void;
}

/** The id of an expandable Stripe reference (an id, or the expanded object). */
export function idOf(value: z.output<typeof stripeRef>): string | null {
  return value == null ? null : typeof value === 'string' ? value : value.id;
}

/** The id of a payload that did not have the expected shape, for the audit record. */
export function objectIdOf(object: unknown): string {
  const id = z.object({ id: z.string() }).safeParse(object);
  return id.success ? id.data.id : 'unknown';
}
