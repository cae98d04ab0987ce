/**
 * createInvoiceCheckout, called directly (the export wraps this handler) with real ID tokens from
 * the Auth emulator, invoices in the Firestore emulator, and the real `stripe` library talking to
 * a local fake of POST /v1/checkout/sessions.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auth, db } from '../../src/admin';
import { checkoutDeps, checkoutIdempotencyKey, createInvoiceCheckoutHandler } from '../../src/billing/createInvoiceCheckout';
import { stripeClient } from '../../src/billing/stripe';
import { paths } from '../../src/model';
import type { CheckoutDeps } from '../../src/shared/deps';
import { jwtClaims } from '../support/emulators';
import { startFakeStripe, type FakeStripe } from '../support/fakeStripe';
import { seedInvoice, setPortalSettings, type SeededInvoice } from '../support/invoices';
import { APP_URL, account, anonymousRequest, deps, refusal, uid, type Account } from '../support/world';

const SECRET_KEY = 'sk_test_fake_for_unit_tests';
let stripe: FakeStripe;

beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_BASE = stripe.base;
});

afterAll(async () => {
  await stripe.close();
  delete process.env.STRIPE_API_BASE;
});

beforeEach(async () => {
  stripe.reset();
  await setPortalSettings(true);
});

function checkout(request: Parameters<typeof createInvoiceCheckoutHandler>[0], overrides: Partial<CheckoutDeps> = {}) {
  return createInvoiceCheckoutHandler(request, { ...deps(), stripeSecretKey: SECRET_KEY, stripeClient, ...overrides });
}

function clientOf(companyId: string, extra: { preview?: true; previewBy?: string } = {}): Promise<Account> {
  return account('client', { claims: { role: 'client', companyId, ...extra } });
}

describe('createInvoiceCheckout: success', () => {
  it('creates a Checkout Session for the balance, with metadata, reference, email, return URLs and an idempotency key', async () => {
    const seeded = await seedInvoice({ total: 150000, amountPaid: 20000, currency: 'EUR' });
    const client = await clientOf(seeded.companyId);

    const result = await checkout(client.request({ companyId: seeded.companyId, invoiceId: seeded.invoiceId }));

    expect(stripe.requests).toHaveLength(1);
    const [request] = stripe.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v1/checkout/sessions');
    expect(request?.authorization).toBe(`Bearer ${SECRET_KEY}`);
    expect(request?.form).toMatchObject({
      mode: 'payment',
      'line_items[0][quantity]': '1',
      'line_items[0][price_data][currency]': 'eur',
      'line_items[0][price_data][unit_amount]': '130000', // total 1,500.00 − already paid 200.00
      'line_items[0][price_data][product_data][name]': `Invoice ${seeded.invoice.number}`,
      'metadata[companyId]': seeded.companyId,
      'metadata[invoiceId]': seeded.invoiceId,
      'payment_intent_data[metadata][companyId]': seeded.companyId,
      'payment_intent_data[metadata][invoiceId]': seeded.invoiceId,
      client_reference_id: `${seeded.companyId}__${seeded.invoiceId}`,
      customer_email: client.email,
      success_url: `${APP_URL}/portal/invoices/${seeded.invoiceId}?checkout=success`,
      cancel_url: `${APP_URL}/portal/invoices/${seeded.invoiceId}?checkout=cancelled`,
    });
    // No other line item, and the caller cannot add metadata of their own.
    expect(Object.keys(request?.form ?? {}).filter((k) => k.startsWith('line_items[1]'))).toEqual([]);
    expect(Object.keys(request?.form ?? {}).filter((k) => k.startsWith('metadata['))).toHaveLength(2);
    expect(request?.idempotencyKey).toBe(checkoutIdempotencyKey(seeded.companyId, seeded.invoiceId, 130000, 'EUR', client.uid));
    expect(result).toEqual({ url: stripe.sessions[0]?.url });
    expect(result.url).toMatch(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_fake_/);
  });

  it('reuses the idempotency key (and so the Session) for a repeated click; a changed balance gets a new key', async () => {
    const seeded = await seedInvoice({ status: 'overdue', dueDate: '2020-01-31' });
    const client = await clientOf(seeded.companyId);
    const input = { companyId: seeded.companyId, invoiceId: seeded.invoiceId };

    const first = await checkout(client.request(input));
    const second = await checkout(client.request(input));
    await db.doc(paths.invoice(seeded.companyId, seeded.invoiceId)).update({ amountPaid: 50000 });
    const third = await checkout(client.request(input));

    const keys = stripe.requests.map((r) => r.idempotencyKey);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(second.url).toBe(first.url);
    expect(third.url).not.toBe(first.url);
    expect(stripe.requests[2]?.form['line_items[0][price_data][unit_amount]']).toBe('100000');
    // Another invoice with the same amount never shares a key.
    expect(checkoutIdempotencyKey(seeded.companyId, 'other', 150000, 'USD', client.uid)).not.toBe(keys[0]);
  });

  it('the export reads APP_URL (without its trailing slash) and STRIPE_SECRET_KEY on each call', () => {
    process.env.APP_URL = 'https://portal.example.com/';
    process.env.STRIPE_SECRET_KEY = SECRET_KEY;
    try {
      expect(checkoutDeps()).toEqual({ db, auth, appUrl: 'https://portal.example.com', stripeSecretKey: SECRET_KEY, stripeClient });
    } finally {
      delete process.env.APP_URL;
      delete process.env.STRIPE_SECRET_KEY;
    }
  });
});

describe('createInvoiceCheckout: refusals (and Stripe is never called)', () => {
  let seeded: SeededInvoice;
  beforeEach(async () => {
    seeded = await seedInvoice();
  });
  const input = () => ({ companyId: seeded.companyId, invoiceId: seeded.invoiceId });

  it('refuses a signed-out caller', async () => {
    const { code, message } = await refusal(checkout(anonymousRequest(input())));
    expect(code).toBe('unauthenticated');
    expect(message).toMatch(/sign in/i);
    expect(stripe.requests).toHaveLength(0);
  });

  it('refuses a "View as" preview token of that very client', async () => {
    const preview = await clientOf(seeded.companyId, { preview: true, previewBy: 'staff-1' });
    expect(jwtClaims(preview.session.idToken)).toMatchObject({ role: 'client', companyId: seeded.companyId, preview: true });
    const { code, message } = await refusal(checkout(preview.request(input())));
    expect(code).toBe('permission-denied');
    expect(message).toMatch(/View as/);
    expect(stripe.requests).toHaveLength(0);
  });

  it('refuses a client of another company, whichever company the input names', async () => {
    const otherCompanyId = uid('other-co');
    const other = await clientOf(otherCompanyId);
    const named = await refusal(checkout(other.request(input())));
    expect(named.code).toBe('permission-denied');
    expect(named.message).toMatch(/another company/);
    // Naming their own company with this invoice id finds nothing to pay.
    const own = await refusal(checkout(other.request({ companyId: otherCompanyId, invoiceId: seeded.invoiceId })));
    expect(own.code).toBe('not-found');
    expect(stripe.requests).toHaveLength(0);
  });

  it('refuses staff and admin (they record payments in the console)', async () => {
    for (const role of ['staff', 'admin'] as const) {
      const actor = await account(role, { claims: { role } });
      const { code, message } = await refusal(checkout(actor.request(input())));
      expect(code).toBe('permission-denied');
      expect(message).toMatch(/Staff record payments/);
    }
    const noRole = await account('nobody');
    expect((await refusal(checkout(noRole.request(input())))).code).toBe('permission-denied');
    expect(stripe.requests).toHaveLength(0);
  });

  it('refuses draft (as not found), paid and void invoices, and a pending one with nothing left to pay', async () => {
    const client = await clientOf(seeded.companyId);
    const ref = db.doc(paths.invoice(seeded.companyId, seeded.invoiceId));
    const cases = [
      { patch: { status: 'draft' }, code: 'not-found', message: /not found/i },
      { patch: { status: 'paid', amountPaid: 150000 }, code: 'failed-precondition', message: /already paid/ },
      { patch: { status: 'void', amountPaid: 0 }, code: 'failed-precondition', message: /voided/ },
      { patch: { status: 'pending', amountPaid: 150000 }, code: 'failed-precondition', message: /Nothing is left to pay/ },
    ] as const;
    for (const c of cases) {
      await ref.update(c.patch);
      const { code, message } = await refusal(checkout(client.request(input())));
      expect({ status: c.patch.status, code }).toEqual({ status: c.patch.status, code: c.code });
      expect(message).toMatch(c.message);
    }
    const missing = await refusal(checkout(client.request({ ...input(), invoiceId: 'no-such-invoice' })));
    expect(missing.code).toBe('not-found');
    expect(stripe.requests).toHaveLength(0);
  });

  it('refuses when online payments are turned off (or never configured)', async () => {
    const client = await clientOf(seeded.companyId);
    await setPortalSettings(false);
    const off = await refusal(checkout(client.request(input())));
    expect(off.code).toBe('failed-precondition');
    expect(off.message).toMatch(/Online payments are turned off/);
    await setPortalSettings(null);
    expect((await refusal(checkout(client.request(input())))).code).toBe('failed-precondition');
    expect(stripe.requests).toHaveLength(0);
  });

  it('rejects malformed input with invalid-argument', async () => {
    const client = await clientOf(seeded.companyId);
    for (const data of [null, {}, { invoiceId: seeded.invoiceId }, { ...input(), amount: 1 }, { ...input(), invoiceId: 'a/b' }, { ...input(), invoiceId: 'x'.repeat(129) }]) {
      const { code, message } = await refusal(checkout(client.request(data)));
      expect(code).toBe('invalid-argument');
      expect(message).toMatch(/companyId, invoiceId/);
    }
    expect(stripe.requests).toHaveLength(0);
  });

  it('says so when Stripe is not connected', async () => {
    const client = await clientOf(seeded.companyId);
    const { code, message } = await refusal(checkout(client.request(input()), { stripeSecretKey: '' }));
    expect(code).toBe('failed-precondition');
    expect(message).toMatch(/Stripe is not connected/);
    expect(stripe.requests).toHaveLength(0);
  });

  it('reports a Stripe error as unavailable, with a message to retry', async () => {
    const client = await clientOf(seeded.companyId);
    stripe.failNext(400, 'Amount must be at least 50 cents');
    const { code, message } = await refusal(checkout(client.request(input())));
    expect(code).toBe('unavailable');
    expect(message).toMatch(/Try again/);
    expect(stripe.requests).toHaveLength(1);
  });
});
