/**
 * stripeWebhook, called directly (the https export passes req.method, req.rawBody and the
 * Stripe-Signature header to this handler) against the Firestore emulator. Bodies are signed with
 * stripe.webhooks.generateTestHeaderString, exactly as Stripe signs them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/admin';
import { stripeWebhookHandler, type WebhookRequest, type WebhookResponse } from '../../src/billing/stripeWebhook';
import { paths } from '../../src/model';
import type { WebhookDeps } from '../../src/shared/deps';
import { countStripeEvents, readInvoice, readPayments, readStripeEvent, seedInvoice, type SeededInvoice } from '../support/invoices';
import { refundEvent, sessionEvent, sessionFor, signedDelivery, type StripeTestEvent } from '../support/stripeEvents';
import { APP_URL, teamProfile, uid } from '../support/world';
import { notAppliedMailId } from '../../src/billing/webhook/notApplied';
import type { MailMessage } from '../../src/model';

const secret = 'whsec_test_for_direct_calls';

afterEach(() => {
  vi.restoreAllMocks();
});

function webhook(request: WebhookRequest, overrides: Partial<WebhookDeps> = {}): Promise<WebhookResponse> {
  return stripeWebhookHandler(request, { db, now: () => new Date(), appUrl: APP_URL, webhookSecret: secret, ...overrides });
}

function deliver(event: StripeTestEvent): Promise<WebhookResponse> {
  const { payload, signature } = signedDelivery(event, secret);
  return webhook({ method: 'POST', rawBody: Buffer.from(payload), signature });
}

/** The invoice, its payments and the events count, to prove a request changed nothing. */
async function snapshot(seeded: SeededInvoice) {
  return {
    invoice: await readInvoice(seeded.companyId, seeded.invoiceId),
    payments: await readPayments(seeded.companyId),
    events: await countStripeEvents(),
  };
}

async function expectPaid(seeded: SeededInvoice, sessionId: string, amount: number) {
  const invoice = await readInvoice(seeded.companyId, seeded.invoiceId);
  expect(invoice?.status).toBe('paid');
  expect(invoice?.amountPaid).toBe(seeded.invoice.total);
  expect(invoice?.paidAt?.toMillis()).toBeGreaterThan(Date.now() - 60_000);
  const payments = await readPayments(seeded.companyId);
  expect(payments).toHaveLength(1);
  expect(payments[0]).toMatchObject({
    id: `stripe_${sessionId}`,
    invoiceId: seeded.invoiceId,
    amount,
    currency: seeded.invoice.currency,
    provider: 'stripe',
    stripeSessionId: sessionId,
  });
}

describe('stripeWebhook: requests that are not genuine Stripe events', () => {
  it('answers 400 to a bad signature and writes nothing', async () => {
    const seeded = await seedInvoice();
    const before = await snapshot(seeded);
    const event = sessionEvent('checkout.session.completed', sessionFor(seeded));
    const { payload } = signedDelivery(event, secret);

    const wrongSecret = signedDelivery(event, 'whsec_someone_else').signature;
    const results = await Promise.all([
      webhook({ method: 'POST', rawBody: Buffer.from(payload), signature: wrongSecret }),
      webhook({ method: 'POST', rawBody: Buffer.from(payload), signature: 't=1,v1=deadbeef' }),
      webhook({ method: 'POST', rawBody: Buffer.from(payload), signature: undefined }),
      webhook({ method: 'POST', rawBody: undefined, signature: signedDelivery(event, secret).signature }),
    ]);
    expect(results.map((r) => r.status)).toEqual([400, 400, 400, 400]);
    expect(results[0]?.body).toEqual({ error: 'Invalid Stripe signature.' });
    expect(await readStripeEvent(event.id)).toBeUndefined();
    expect(await snapshot(seeded)).toEqual(before);
  });

  it('answers 400 to a re-serialised body (parsed and stringified again) and writes nothing', async () => {
    const seeded = await seedInvoice();
    const before = await snapshot(seeded);
    const event = sessionEvent('checkout.session.completed', sessionFor(seeded));
    const { payload, signature } = signedDelivery(event, secret);
    const reserialised = JSON.stringify(JSON.parse(payload) as unknown);
    expect(reserialised).not.toBe(payload);

    const result = await webhook({ method: 'POST', rawBody: Buffer.from(reserialised), signature });
    expect(result.status).toBe(400);
    expect(await readStripeEvent(event.id)).toBeUndefined();
    expect(await snapshot(seeded)).toEqual(before);
  });

  it('answers 400 to a correctly signed but stale delivery (replay outside the tolerance)', async () => {
    const seeded = await seedInvoice();
    const event = sessionEvent('checkout.session.completed', sessionFor(seeded));
    const { payload, signature } = signedDelivery(event, secret, Math.floor(Date.now() / 1000) - 3600);
    const result = await webhook({ method: 'POST', rawBody: Buffer.from(payload), signature });
    expect(result.status).toBe(400);
    expect((await readInvoice(seeded.companyId, seeded.invoiceId))?.status).toBe('pending');
  });

  it('answers 405 to anything but POST', async () => {
    const result = await webhook({ method: 'GET', rawBody: undefined, signature: undefined });
    expect(result.status).toBe(405);
  });

  it('answers 2xx to an event type outside the allowlist, and records nothing', async () => {
    const seeded = await seedInvoice();
    const before = await snapshot(seeded);
    const event: StripeTestEvent = { id: uid('evt_test'), type: 'customer.created', object: { id: 'cus_1', object: 'customer' } };
    const result = await deliver(event);
    expect(result).toEqual({ status: 200, body: { received: true, outcome: 'ignored' } });
    expect(await readStripeEvent(event.id)).toBeUndefined();
    expect(await snapshot(seeded)).toEqual(before);
  });
});

describe('stripeWebhook: payments', () => {
  it('marks the invoice paid and writes one payment for a paid checkout.session.completed', async () => {
    const seeded = await seedInvoice({ total: 150000, amountPaid: 30000 });
    const session = sessionFor(seeded);
    expect(session.amount_total).toBe(120000);
    const event = sessionEvent('checkout.session.completed', session);

    const result = await deliver(event);

    expect(result).toEqual({ status: 200, body: { received: true, outcome: 'paid' } });
    await expectPaid(seeded, session.id, 120000);
    const payments = await readPayments(seeded.companyId);
    expect(payments[0]?.stripePaymentIntentId).toBe(session.payment_intent);
    expect(await readStripeEvent(event.id)).toMatchObject({
      type: 'checkout.session.completed',
      outcome: 'paid',
      companyId: seeded.companyId,
      invoiceId: seeded.invoiceId,
      paymentId: `stripe_${session.id}`,
      paidPaymentIntentId: session.payment_intent,
      expected: { amount: 120000, currency: 'USD' },
      received: { amount: 120000, currency: 'USD' },
    });
  });

  it('applies the same event delivered 10 times concurrently exactly once', async () => {
    const seeded = await seedInvoice();
    const session = sessionFor(seeded);
    const event = sessionEvent('checkout.session.completed', session);
    const { payload, signature } = signedDelivery(event, secret);

    const results = await Promise.all(
      Array.from({ length: 10 }, () => webhook({ method: 'POST', rawBody: Buffer.from(payload), signature })),
    );

    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    const bodies = results.map((r) => r.body);
    expect(bodies.filter((b) => 'duplicate' in b && b.duplicate === true)).toHaveLength(9);
    expect(bodies.filter((b) => 'outcome' in b && b.outcome === 'paid')).toHaveLength(10);
    await expectPaid(seeded, session.id, 150000);
    const events = await db.collection(paths.stripeEvents()).where('objectId', '==', session.id).get();
    expect(events.size).toBe(1);
  });

  it('applies a session once even when two different events both say it is paid', async () => {
    const seeded = await seedInvoice();
    const session = sessionFor(seeded);
    expect((await deliver(sessionEvent('checkout.session.completed', session))).body).toMatchObject({ outcome: 'paid' });
    expect((await deliver(sessionEvent('checkout.session.async_payment_succeeded', session))).body).toMatchObject({ outcome: 'already_applied' });
    await expectPaid(seeded, session.id, 150000);
  });

  it("does not answer already_applied for a payment at the session's id that the webhook did not write", async () => {
    const seeded = await seedInvoice();
    const session = sessionFor(seeded);
    // e.g. a manual payment written straight to the id a Stripe payment would take
    const squatter = { invoiceId: seeded.invoiceId, amount: 1, currency: 'USD', provider: 'manual', stripeSessionId: null, paidAt: new Date() };
    await db.doc(`${paths.payments(seeded.companyId)}/stripe_${session.id}`).set(squatter);

    const result = await deliver(sessionEvent('checkout.session.completed', session));

    expect(result).toMatchObject({ status: 200, body: { outcome: 'payment_conflict' } });
    expect((await readInvoice(seeded.companyId, seeded.invoiceId))?.status).toBe('pending');
    // control: the same session on a clean invoice is paid, and a redelivery is already_applied
    const clean = await seedInvoice();
    const cleanSession = sessionFor(clean);
    expect((await deliver(sessionEvent('checkout.session.completed', cleanSession))).body).toMatchObject({ outcome: 'paid' });
    expect((await deliver(sessionEvent('checkout.session.async_payment_succeeded', cleanSession))).body).toMatchObject({ outcome: 'already_applied' });
  });

  it('records an unpaid (delayed method) completed session without paying, then async_payment_succeeded pays', async () => {
    const seeded = await seedInvoice();
    const session = sessionFor(seeded, { payment_status: 'unpaid' });
    const completed = sessionEvent('checkout.session.completed', session);

    expect((await deliver(completed)).body).toEqual({ received: true, outcome: 'awaiting_payment' });
    expect(await readStripeEvent(completed.id)).toMatchObject({ outcome: 'awaiting_payment', invoiceId: seeded.invoiceId });
    expect((await readInvoice(seeded.companyId, seeded.invoiceId))?.status).toBe('pending');
    expect(await readPayments(seeded.companyId)).toEqual([]);

    const succeeded = sessionEvent('checkout.session.async_payment_succeeded', { ...session, payment_status: 'paid' });
    expect((await deliver(succeeded)).body).toEqual({ received: true, outcome: 'paid' });
    await expectPaid(seeded, session.id, 150000);
  });

  it('pays when async_payment_succeeded arrives before completed, and the late completed changes nothing', async () => {
    const seeded = await seedInvoice();
    const session = sessionFor(seeded);
    expect((await deliver(sessionEvent('checkout.session.async_payment_succeeded', session))).body).toMatchObject({ outcome: 'paid' });
    const late = sessionEvent('checkout.session.completed', { ...session, payment_status: 'unpaid' });
    expect((await deliver(late)).body).toMatchObject({ outcome: 'already_applied' });
    await expectPaid(seeded, session.id, 150000);
  });

  it('records async_payment_failed and expired sessions, leaving the invoice open', async () => {
    const seeded = await seedInvoice();
    const before = await snapshot(seeded);
    const failed = sessionEvent('checkout.session.async_payment_failed', sessionFor(seeded, { payment_status: 'unpaid' }));
    const expired = sessionEvent('checkout.session.expired', sessionFor(seeded, { payment_status: 'unpaid', payment_intent: null }));
    expect((await deliver(failed)).body).toEqual({ received: true, outcome: 'async_payment_failed' });
    expect((await deliver(expired)).body).toEqual({ received: true, outcome: 'expired' });
    expect(await readStripeEvent(failed.id)).toMatchObject({ outcome: 'async_payment_failed', companyId: seeded.companyId, invoiceId: seeded.invoiceId });
    expect(await readStripeEvent(expired.id)).toMatchObject({ outcome: 'expired' });
    const after = await snapshot(seeded);
    expect(after.invoice).toEqual(before.invoice);
    expect(after.payments).toEqual([]);
  });
});

describe('stripeWebhook: mismatches are recorded and never mark paid', () => {
  async function expectRecordedNotPaid(seeded: SeededInvoice, event: StripeTestEvent, outcome: string) {
    const before = await readInvoice(seeded.companyId, seeded.invoiceId);
    const result = await deliver(event);
    expect(result).toEqual({ status: 200, body: { received: true, outcome } });
    expect(await readInvoice(seeded.companyId, seeded.invoiceId)).toEqual(before);
    expect(await readPayments(seeded.companyId)).toEqual([]);
    const record = await readStripeEvent(event.id);
    expect(record?.outcome).toBe(outcome);
    expect(typeof record?.detail).toBe('string');
    // A redelivery of the same event is a recorded duplicate, not a second evaluation.
    expect((await deliver(event)).body).toEqual({ received: true, outcome, duplicate: true });
    return record;
  }

  it('amount: paid less than the balance', async () => {
    const seeded = await seedInvoice();
    const record = await expectRecordedNotPaid(seeded, sessionEvent('checkout.session.completed', sessionFor(seeded, { amount_total: 100 })), 'amount_mismatch');
    expect(record).toMatchObject({ expected: { amount: 150000, currency: 'USD' }, received: { amount: 100, currency: 'USD' } });
  });

  it('amount: the balance changed after checkout started (a manual payment was recorded)', async () => {
    const seeded = await seedInvoice();
    const session = sessionFor(seeded);
    await db.doc(paths.invoice(seeded.companyId, seeded.invoiceId)).update({ amountPaid: 50000 });
    await expectRecordedNotPaid(seeded, sessionEvent('checkout.session.completed', session), 'amount_mismatch');
  });

  it('currency: right amount in the wrong currency', async () => {
    const seeded = await seedInvoice();
    const record = await expectRecordedNotPaid(seeded, sessionEvent('checkout.session.completed', sessionFor(seeded, { currency: 'eur' })), 'currency_mismatch');
    expect(record).toMatchObject({ expected: { amount: 150000, currency: 'USD' }, received: { amount: 150000, currency: 'EUR' } });
  });

  it("metadata naming another company's invoice (the reference disagrees)", async () => {
    const acme = await seedInvoice();
    const globex = await seedInvoice();
    // A session for Acme's invoice whose metadata was pointed at Globex's invoice.
    const session = sessionFor(acme, { metadata: { companyId: globex.companyId, invoiceId: globex.invoiceId } });
    const globexBefore = await readInvoice(globex.companyId, globex.invoiceId);
    await expectRecordedNotPaid(acme, sessionEvent('checkout.session.completed', session), 'reference_mismatch');
    expect(await readInvoice(globex.companyId, globex.invoiceId)).toEqual(globexBefore);
    expect(await readPayments(globex.companyId)).toEqual([]);
  });

  it("metadata pairing a company with another company's invoice id (no such invoice there)", async () => {
    const acme = await seedInvoice();
    const globex = await seedInvoice();
    const crossed = { companyId: acme.companyId, invoiceId: globex.invoiceId };
    const session = sessionFor(globex, { metadata: crossed, client_reference_id: `${crossed.companyId}__${crossed.invoiceId}` });
    const record = await expectRecordedNotPaid(acme, sessionEvent('checkout.session.completed', session), 'invoice_not_found');
    expect(record).toMatchObject(crossed);
    expect((await readInvoice(globex.companyId, globex.invoiceId))?.status).toBe('pending');
    expect(await readPayments(globex.companyId)).toEqual([]);
  });

  it('a session without our metadata (not created by createInvoiceCheckout)', async () => {
    const seeded = await seedInvoice();
    await expectRecordedNotPaid(seeded, sessionEvent('checkout.session.completed', sessionFor(seeded, { metadata: null })), 'invalid_metadata');
  });

  it('an invoice that was voided before the payment arrived', async () => {
    const seeded = await seedInvoice();
    const session = sessionFor(seeded);
    await db.doc(paths.invoice(seeded.companyId, seeded.invoiceId)).update({ status: 'void' });
    await expectRecordedNotPaid(seeded, sessionEvent('checkout.session.completed', session), 'invoice_not_payable');
  });
});

describe('stripeWebhook: a payment taken but not applied is brought to the admins', () => {
  const mailOf = async (eventId: string) => (await db.doc(`${paths.mail()}/${notAppliedMailId(eventId)}`).get()).data() as MailMessage | undefined;

  it('two contacts pay the same invoice: the second payment is recorded nowhere on the invoice, and the active admins get one mail about it', async () => {
    const ada = await teamProfile('admin');
    const former = await teamProfile('admin', 'disabled');
    const sam = await teamProfile('staff');
    const seeded = await seedInvoice();
    const first = sessionEvent('checkout.session.completed', sessionFor(seeded));
    const second = sessionEvent('checkout.session.completed', sessionFor(seeded)); // opened before the first was paid

    expect((await deliver(first)).body).toMatchObject({ outcome: 'paid' });
    expect(await mailOf(first.id)).toBeUndefined(); // control: an applied payment tells nobody
    expect((await deliver(second)).body).toMatchObject({ outcome: 'invoice_not_payable' });
    expect((await readInvoice(seeded.companyId, seeded.invoiceId))?.amountPaid).toBe(seeded.invoice.total);

    const mail = await mailOf(second.id);
    expect(mail?.to).toContain(ada.email);
    expect(mail?.to).not.toContain(former.email);
    expect(mail?.to).not.toContain(sam.email);
    expect(mail?.message.subject).toBe(`Stripe payment not applied: invoice ${seeded.invoice.number} (Company ${seeded.companyId})`);
    const secondSession = second.object as { id: string; payment_intent: string };
    for (const text of ['Stripe took $1,500.00', 'the payment needs manual reconciliation', secondSession.payment_intent, secondSession.id, `${APP_URL}/console/invoices/${seeded.companyId}/${seeded.invoiceId}`]) {
      expect(mail?.message.text).toContain(text);
    }
    const outbox = await db.collection(paths.outbox()).where('refs.invoiceId', '==', seeded.invoiceId).get();
    expect(outbox.docs.map((d) => d.id)).toEqual([notAppliedMailId(second.id)]);

    // Stripe delivers it again: still one mail.
    expect((await deliver(second)).body).toMatchObject({ outcome: 'invoice_not_payable', duplicate: true });
    expect((await db.collection(paths.outbox()).where('refs.invoiceId', '==', seeded.invoiceId).get()).size).toBe(1);
  });
});

describe('stripeWebhook: refunds', () => {
  async function paidInvoice(overrides: Parameters<typeof seedInvoice>[0] = {}) {
    const seeded = await seedInvoice(overrides);
    const session = sessionFor(seeded);
    expect((await deliver(sessionEvent('checkout.session.completed', session))).body).toMatchObject({ outcome: 'paid' });
    return { seeded, session, paymentIntent: session.payment_intent ?? '' };
  }

  it('a partial refund records a negative payment and reopens the invoice (pending before its due date)', async () => {
    const { seeded, session, paymentIntent } = await paidInvoice();
    const chargeId = uid('ch_test');
    const event = refundEvent({ id: chargeId, paymentIntent, amount: 150000, amountRefunded: 40000 });

    expect((await deliver(event)).body).toEqual({ received: true, outcome: 'refunded' });

    const invoice = await readInvoice(seeded.companyId, seeded.invoiceId);
    expect(invoice).toMatchObject({ status: 'pending', amountPaid: 110000, paidAt: null });
    const payments = await readPayments(seeded.companyId);
    expect(payments).toHaveLength(2);
    const refund = payments.find((p) => p.amount < 0);
    expect(refund).toMatchObject({ invoiceId: seeded.invoiceId, amount: -40000, currency: 'USD', provider: 'stripe', stripeSessionId: session.id, stripeChargeId: chargeId });
    expect(payments.find((p) => p.amount > 0)?.amountRefunded).toBe(40000);
    // Redelivery (same event) and a duplicate event with the same cumulative amount change nothing.
    expect((await deliver(event)).body).toMatchObject({ duplicate: true });
    const again = refundEvent({ id: chargeId, paymentIntent, amount: 150000, amountRefunded: 40000 });
    expect((await deliver(again)).body).toEqual({ received: true, outcome: 'refund_already_applied' });
    expect(await readPayments(seeded.companyId)).toHaveLength(2);
  });

  it('partial then full refund on an invoice past due: amountPaid 0, status overdue; out-of-order events never double count', async () => {
    const { seeded, paymentIntent } = await paidInvoice({ dueDate: '2020-06-30' });
    const chargeId = uid('ch_test');
    const partial = refundEvent({ id: chargeId, paymentIntent, amount: 150000, amountRefunded: 50000 });
    const full = refundEvent({ id: chargeId, paymentIntent, amount: 150000, amountRefunded: 150000 });

    // Stripe does not promise order: the full (cumulative) refund arrives first.
    expect((await deliver(full)).body).toEqual({ received: true, outcome: 'refunded' });
    expect((await deliver(partial)).body).toEqual({ received: true, outcome: 'refund_already_applied' });

    const invoice = await readInvoice(seeded.companyId, seeded.invoiceId);
    expect(invoice).toMatchObject({ status: 'overdue', amountPaid: 0, paidAt: null });
    const amounts = (await readPayments(seeded.companyId)).map((p) => p.amount).sort((a, b) => a - b);
    expect(amounts).toEqual([-150000, 150000]);
  });

  it('partial refund, then the rest: two negative payments summing to the payment', async () => {
    const { seeded, paymentIntent } = await paidInvoice();
    const chargeId = uid('ch_test');
    expect((await deliver(refundEvent({ id: chargeId, paymentIntent, amount: 150000, amountRefunded: 50000 }))).body).toMatchObject({ outcome: 'refunded' });
    expect((await deliver(refundEvent({ id: chargeId, paymentIntent, amount: 150000, amountRefunded: 150000 }))).body).toMatchObject({ outcome: 'refunded' });
    const amounts = (await readPayments(seeded.companyId)).map((p) => p.amount).sort((a, b) => a - b);
    expect(amounts).toEqual([-100000, -50000, 150000]);
    expect(await readInvoice(seeded.companyId, seeded.invoiceId)).toMatchObject({ status: 'pending', amountPaid: 0 });
  });

  it('dates a reopened invoice by the injected clock: overdue once its due date has passed', async () => {
    const { seeded, paymentIntent } = await paidInvoice({ dueDate: '2030-06-30' });
    const event = refundEvent({ paymentIntent, amount: 150000, amountRefunded: 1000 });
    const { payload, signature } = signedDelivery(event, secret);
    const result = await webhook({ method: 'POST', rawBody: Buffer.from(payload), signature }, { now: () => new Date('2030-07-01T00:00:00Z') });
    expect(result.body).toEqual({ received: true, outcome: 'refunded' });
    expect(await readInvoice(seeded.companyId, seeded.invoiceId)).toMatchObject({ status: 'overdue', amountPaid: 149000 });
  });

  it('a refund of a charge we never recorded is recorded and changes nothing', async () => {
    const seeded = await seedInvoice();
    const before = await snapshot(seeded);
    const event = refundEvent({ paymentIntent: uid('pi_unknown'), amount: 5000, amountRefunded: 5000 });
    expect((await deliver(event)).body).toEqual({ received: true, outcome: 'payment_not_found' });
    expect(await readStripeEvent(event.id)).toMatchObject({ outcome: 'payment_not_found' });
    const after = await snapshot(seeded);
    expect(after.invoice).toEqual(before.invoice);
    expect(after.payments).toEqual(before.payments);
  });

  it('a refund delivered before its payment is applied with the payment, and a later refund of the rest counts only the rest', async () => {
    const seeded = await seedInvoice();
    const session = sessionFor(seeded);
    const paymentIntent = session.payment_intent ?? '';
    const chargeId = uid('ch_test');
    const early = refundEvent({ id: chargeId, paymentIntent, amount: 150000, amountRefunded: 50000 });

    expect((await deliver(early)).body).toEqual({ received: true, outcome: 'payment_not_found' });
    expect((await deliver(sessionEvent('checkout.session.completed', session))).body).toEqual({ received: true, outcome: 'paid' });
    expect(await readInvoice(seeded.companyId, seeded.invoiceId)).toMatchObject({ status: 'pending', amountPaid: 100000 });
    expect((await readPayments(seeded.companyId)).map((p) => p.amount).sort((a, b) => a - b)).toEqual([-50000, 150000]);

    // The early refund again (a redelivery), then the rest refunded: only the rest is taken off.
    expect((await deliver(early)).body).toMatchObject({ outcome: 'payment_not_found', duplicate: true });
    expect((await deliver(refundEvent({ id: chargeId, paymentIntent, amount: 150000, amountRefunded: 150000 }))).body).toEqual({ received: true, outcome: 'refunded' });
    expect(await readInvoice(seeded.companyId, seeded.invoiceId)).toMatchObject({ status: 'pending', amountPaid: 0 });
    expect((await readPayments(seeded.companyId)).map((p) => p.amount).sort((a, b) => a - b)).toEqual([-100000, -50000, 150000]);
  });
});

describe('stripeWebhook: failures Stripe should retry', () => {
  it('answers 5xx when Firestore fails, writes nothing, and the retried delivery applies', async () => {
    const seeded = await seedInvoice();
    const session = sessionFor(seeded);
    const event = sessionEvent('checkout.session.completed', session);
    const { payload, signature } = signedDelivery(event, secret);
    const spy = vi.spyOn(db, 'runTransaction').mockRejectedValueOnce(new Error('14 UNAVAILABLE: Firestore is unreachable'));

    const failed = await webhook({ method: 'POST', rawBody: Buffer.from(payload), signature });
    expect(failed.status).toBe(500);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await readStripeEvent(event.id)).toBeUndefined();
    expect((await readInvoice(seeded.companyId, seeded.invoiceId))?.status).toBe('pending');

    const retried = await webhook({ method: 'POST', rawBody: Buffer.from(payload), signature });
    expect(retried).toEqual({ status: 200, body: { received: true, outcome: 'paid' } });
    await expectPaid(seeded, session.id, 150000);
  });

  it('answers 5xx (not 4xx) when the signing secret is not configured, so Stripe keeps the event', async () => {
    const seeded = await seedInvoice();
    const event = sessionEvent('checkout.session.completed', sessionFor(seeded));
    const { payload, signature } = signedDelivery(event, secret);
    const result = await webhook({ method: 'POST', rawBody: Buffer.from(payload), signature }, { webhookSecret: '' });
    expect(result.status).toBe(500);
    expect(await readStripeEvent(event.id)).toBeUndefined();
  });
});
