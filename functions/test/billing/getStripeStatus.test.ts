/** getStripeStatus: admins learn whether Stripe is connected; nobody ever gets a secret back. */
import { HttpsError } from 'firebase-functions/v2/https';
import { describe, expect, it } from 'vitest';
import { describeStripeSecrets, getStripeStatusHandler } from '../../src/billing/getStripeStatus';
import { auth } from '../../src/admin';
import { account } from '../support/world';

const LIVE = { secretKey: 'sk_live_51abcdef', webhookSecret: 'whsec_real' };

describe('getStripeStatus', () => {
  it('tells an admin which kind of key is set, without returning any secret', async () => {
    const admin = await account('admin', { claims: { role: 'admin' } });
    const status = await getStripeStatusHandler(admin.request({}), LIVE, { auth });
    expect(status).toEqual({ secretKey: 'live', webhookSecret: 'set' });
    expect(JSON.stringify(status)).not.toContain('sk_live_51abcdef');
    expect(JSON.stringify(status)).not.toContain('whsec_real');
  });

  it.each([
    ['', '', { secretKey: 'missing', webhookSecret: 'missing' }],
    ['sk_test_emulator_only_not_a_real_key', 'whsec_emulator_only_test_secret', { secretKey: 'placeholder', webhookSecret: 'placeholder' }],
    ['sk_test_abc', 'whsec_abc', { secretKey: 'test', webhookSecret: 'set' }],
    ['rk_live_abc', '', { secretKey: 'live', webhookSecret: 'missing' }],
  ])('describes key %j and webhook secret %j', (secretKey, webhookSecret, expected) => {
    expect(describeStripeSecrets(secretKey, webhookSecret)).toEqual(expected);
  });

  it.each([
    ['staff', { role: 'staff' }],
    ['a client', { role: 'client', companyId: 'acme' }],
    ['an admin preview token', { role: 'admin', preview: true }],
  ])('refuses %s (control: admin above)', async (_label, claims) => {
    const caller = await account('caller', { claims });
    const refusal: unknown = await getStripeStatusHandler(caller.request({}), LIVE, { auth }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(HttpsError);
    expect((refusal as HttpsError).code).toBe('permission-denied');
  });
});
