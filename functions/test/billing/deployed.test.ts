/**
 * The deployed functions, through the Functions emulator over HTTP: what Stripe and the web app
 * really hit. The emulator gives the functions their secrets from functions/.secret.local, which
 * ensureLocalStripeSecrets() writes with test values when it is missing (it is read when the
 * emulator starts a worker, i.e. on the first request).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { callFunction, functionUrl } from '../support/emulators';
import { countStripeEvents, readInvoice, readPayments, readStripeEvent, seedInvoice, setPortalSettings } from '../support/invoices';
import { ensureLocalStripeSecrets } from '../support/localSecrets';
import { sessionEvent, sessionFor, signedDelivery } from '../support/stripeEvents';
import { account, uid } from '../support/world';

let secret: string;

beforeAll(async () => {
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
  it('refuses a "View as" preview token and a client of another company with PERMISSION_DENIED', async () => {
    const seeded = await seedInvoice();
    const input = { companyId: seeded.companyId, invoiceId: seeded.invoiceId };
    const preview = await account('preview', { claims: { role: 'client', companyId: seeded.companyId, preview: true, previewBy: 'staff-1' } });
    const other = await account('client', { claims: { role: 'client', companyId: uid('other-co') } });

    const asPreview = await callFunction('createInvoiceCheckout', input, preview.session.idToken);
    expect(asPreview.status).toBe(403);
    expect(asPreview.error?.status).toBe('PERMISSION_DENIED');
    expect(asPreview.error?.message).toMatch(/View as/);

    const asOther = await callFunction('createInvoiceCheckout', input, other.session.idToken);
    expect(asOther.status).toBe(403);
    expect(asOther.error?.status).toBe('PERMISSION_DENIED');

    const signedOut = await callFunction('createInvoiceCheckout', input);
    expect(signedOut.status).toBe(401);
    expect(signedOut.error?.status).toBe('UNAUTHENTICATED');
  }, 60_000);
});
