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
import { STRIPE_WEBHOOK_SECRET } from '../config';
import { paths, todayIso, type StripeEventOutcome, type StripeEventRecord } from '../model';
import { runtimeDeps, type WebhookDeps } from '../shared/deps';
import { decideRefund } from './webhook/refund';
import { decideSession } from './webhook/session';
import { notAppliedNotice } from './webhook/notApplied';
import { isHandled, type HandledStripeEvent } from './webhook/shapes';
import { runTransaction } from '../shared/transaction';

export interface WebhookRequest {
  method?: string;
  /** the exact bytes received (`req.rawBody`); a re-serialised body fails verification */
  rawBody: Buffer | undefined;
  /** the `Stripe-Signature` header */
  signature: string | string[] | undefined;
}

export interface WebhookResponse {
  status: number;
  body: { received: true; outcome?: StripeEventOutcome | 'ignored'; duplicate?: boolean } | { error: string };
}

type Recorded = { outcome: StripeEventOutcome; duplicate?: true };

export async function stripeWebhookHandler(request: WebhookRequest, deps: WebhookDeps): Promise<WebhookResponse> {
  if (request.method !== undefined && request.method !== 'POST') return { status: 405, body: { error: 'Use POST.' } };
  if (!deps.webhookSecret) {
    // An operator problem, not a bad request: 5xx so Stripe retries once the secret is set.
    logger.error('stripeWebhook: STRIPE_WEBHOOK_SECRET is not set');
    return { status: 500, body: { error: 'Webhook signing secret is not configured.' } };
  }
  const signature = typeof request.signature === 'string' ? request.signature : undefined;
  if (!request.rawBody || request.rawBody.length === 0 || !signature) {
    return { status: 400, body: { error: 'Expected a Stripe event body with a Stripe-Signature header.' } };
  }

  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(request.rawBody, signature, deps.webhookSecret);
  } catch (error) {
    logger.warn('stripeWebhook: signature verification failed', { message: error instanceof Error ? error.message : String(error) });
    return { status: 400, body: { error: 'Invalid Stripe signature.' } };
  }

  const type = event.type;
  if (!isHandled(type)) {
    logger.debug('stripeWebhook: ignoring event type', { id: event.id, type });
    return { status: 200, body: { received: true, outcome: 'ignored' } };
  }

  try {
    const result = await runTransaction(deps.db, (tx) => recordOnce(tx, deps, event, type), { maxAttempts: 10 });
    logger.info('stripeWebhook: event processed', { id: event.id, type, ...result });
    return { status: 200, body: { received: true, ...result } };
  } catch (error) {
    logger.error('stripeWebhook: could not record event; Stripe will retry', { id: event.id, type, error });
    return { status: 500, body: { error: 'Could not record the event right now; Stripe will retry.' } };
  }
}

/** Records the event and applies it, unless an earlier delivery already did (every read first, then the writes). */
async function recordOnce(tx: Transaction, deps: WebhookDeps, event: Stripe.Event, type: HandledStripeEvent): Promise<Recorded> {
  const eventRef = deps.db.collection(paths.stripeEvents()).doc(event.id);
  const existing = await tx.get(eventRef);
  if (existing.exists) return { outcome: existing.get('outcome') as StripeEventOutcome, duplicate: true };

  const object: unknown = event.data.object;
  const decision =
    type === 'charge.refunded' ? await decideRefund(tx, deps.db, object, todayIso(deps.now())) : await decideSession(tx, deps.db, type, object);
  const notice = type === 'charge.refunded' ? null : await notAppliedNotice(tx, deps.db, deps.appUrl, event.id, decision.record, Timestamp.fromDate(deps.now()));
  const record: Omit<StripeEventRecord, 'processedAt'> & { processedAt: FieldValue } = {
    type: event.type,
    livemode: event.livemode,
    companyId: null,
    invoiceId: null,
    paymentId: null,
    paymentIntentId: null,
    paidPaymentIntentId: null,
    expected: null,
    received: null,
    ...decision.record,
    created: Timestamp.fromMillis(event.created * 1000),
    processedAt: FieldValue.serverTimestamp(),
  };
  tx.create(eventRef, record);
  decision.write?.(tx);
  notice?.(tx);
  return { outcome: decision.record.outcome };
}

/** The real outside world, read on each call (the secret exists only at run time). */
export function webhookDeps(): WebhookDeps {
  const { db, now, appUrl } = runtimeDeps();
  return { db, now, appUrl, webhookSecret: STRIPE_WEBHOOK_SECRET.value() ?? '' };
}

export const stripeWebhook = onRequest({ secrets: [STRIPE_WEBHOOK_SECRET], invoker: 'public', maxInstances: 10 }, async (req, res) => {
  const result = await stripeWebhookHandler({ method: req.method, rawBody: req.rawBody, signature: req.headers['stripe-signature'] }, webhookDeps());
  res.status(result.status).json(result.body);
});
