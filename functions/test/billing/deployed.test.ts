/**
 * The deployed functions, through the Functions emulator over HTTP: what Stripe and the web app
 * really hit. The emulator gives the functions their secrets from functions/.secret.local, which
 * ensureLocalStripeSecrets() writes with test values when it is missing (it is read when the
 * emulator starts a worker, i.e. on the first request).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './helpers/actors';
import { clearFirestore, ensureLocalStripeSecrets, functionUrl } from './helpers/env';
import { countStripeEvents, readInvoice, readPayments, readStripeEvent, seedInvoice, sessionEvent, sessionFor, setPortalSettings, signedDelivery, uniqueId } from './helpers/fixtures';

let secret: string;

beforeAll(async () => {
  await clearFirestore();
  secret = ensureLocalStripeSecrets().STRIPE_WEBHOOK_SECRET;
  await setPortalSettings(true);
});

function post(name: string, body: string, headers: Record<string, string>) {
  return fetch(functionUrl(name), { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });
}

describe('stripeWebhook over HTTP (Functions emulator)', () => {
  it('answers 400 to a bad signature and writes nothing', async () => {
    const seeded = await seedInvoice();
    const event = sessionEvent('checkout.session.completed', sessionFor(seeded));
    const { payload } = signedDelivery(event, secret);
    const forged = signedDelivery(event, 'whsec_forged').signature;
    const eventsBefore = await countStripeEvents();

    const res = await post('stripeWebhook', payload, { 'Stripe-Signature': forged });

    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'Invalid Stripe signature.' });
    expect(await readStripeEvent(event.id)).toBeUndefined();
    expect(await countStripeEvents()).toBe(eventsBefore);
    expect((await readInvoice(seeded.companyId, seeded.invoiceId))?.status).toBe('pending');
  }, 60_000);

  it('verifies the raw bytes: the same event re-serialised is refused', async () => {
    const seeded = await seedInvoice();
    const event = sessionEvent('checkout.session.completed', sessionFor(seeded));
    const { payload, signature } = signedDelivery(event, secret);
    const res = await post('stripeWebhook', JSON.stringify(JSON.parse(payload) as unknown), { 'Stripe-Signature': signature });
    expect(res.status).toBe(400);
    expect(await readStripeEvent(event.id)).toBeUndefined();
  }, 60_000);

  it('marks the invoice paid for a genuine paid checkout.session.completed', async () => {
    const seeded = await seedInvoice();
    const session = sessionFor(seeded);
    const event = sessionEvent('checkout.session.completed', session);
    const { payload, signature } = signedDelivery(event, secret);

    const res = await post('stripeWebhook', payload, { 'Stripe-Signature': signature });

    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: true, outcome: 'paid' });
    expect(await readInvoice(seeded.companyId, seeded.invoiceId)).toMatchObject({ status: 'paid', amountPaid: 150000 });
    const payments = await readPayments(seeded.companyId);
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ amount: 150000, provider: 'stripe', stripeSessionId: session.id });

    // Stripe redelivers: acknowledged, nothing applied twice.
    const again = await post('stripeWebhook', payload, { 'Stripe-Signature': signature });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ received: true, outcome: 'paid', duplicate: true });
    expect(await readPayments(seeded.companyId)).toHaveLength(1);
  }, 60_000);
});

describe('createInvoiceCheckout over HTTP (callable protocol, Auth emulator tokens)', () => {
  async function callCheckout(idToken: string | null, data: unknown) {
    const res = await post('createInvoiceCheckout', JSON.stringify({ data }), idToken ? { Authorization: `Bearer ${idToken}` } : {});
    return { status: res.status, body: (await res.json()) as { result?: unknown; error?: { status: string; message: string } } };
  }

  it('refuses a "View as" preview token and a client of another company with PERMISSION_DENIED', async () => {
    const seeded = await seedInvoice();
    const input = { companyId: seeded.companyId, invoiceId: seeded.invoiceId };
    const preview = await signIn(uniqueId('preview'), { role: 'client', companyId: seeded.companyId, preview: true, previewBy: 'staff-1' });
    const other = await signIn(uniqueId('client'), { role: 'client', companyId: uniqueId('other-co') });

    const asPreview = await callCheckout(preview.idToken, input);
    expect(asPreview.status).toBe(403);
    expect(asPreview.body.error?.status).toBe('PERMISSION_DENIED');
    expect(asPreview.body.error?.message).toMatch(/View as/);

    const asOther = await callCheckout(other.idToken, input);
    expect(asOther.status).toBe(403);
    expect(asOther.body.error?.status).toBe('PERMISSION_DENIED');

    const signedOut = await callCheckout(null, input);
    expect(signedOut.status).toBe(401);
    expect(signedOut.body.error?.status).toBe('UNAUTHENTICATED');
  }, 60_000);
});
