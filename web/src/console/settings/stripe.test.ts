import { describe, expect, it } from 'vitest';
import { isStripeReady } from './queries';

describe('isStripeReady (payments can be turned on)', () => {
  it('needs a real secret key and the webhook secret', () => {
    expect(isStripeReady({ secretKey: 'test', webhookSecret: 'set' })).toBe(true);
    expect(isStripeReady({ secretKey: 'live', webhookSecret: 'set' })).toBe(true);
  });
  it('refuses placeholders and missing secrets (the emulators run with placeholders)', () => {
    expect(isStripeReady({ secretKey: 'placeholder', webhookSecret: 'placeholder' })).toBe(false);
    expect(isStripeReady({ secretKey: 'test', webhookSecret: 'missing' })).toBe(false);
    expect(isStripeReady({ secretKey: 'missing', webhookSecret: 'set' })).toBe(false);
  });
});
