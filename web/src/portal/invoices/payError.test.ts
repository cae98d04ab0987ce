import { describe, expect, it } from 'vitest';
import { payErrorMessage } from './payError';

const failed = (code: string, message: string) => Object.assign(new Error(message), { code: `functions/${code}` });
const UNREACHABLE = "We couldn't reach the payment service — you may be offline. Reconnect, then press Pay now again.";
const UNAVAILABLE = "Online payment isn't available right now. Please contact us to pay this invoice.";

describe('payErrorMessage: why Pay now did not open checkout', () => {
  it("the function's own refusal is shown as it said it", () => {
    expect(payErrorMessage(failed('failed-precondition', 'Online payment is not set up for this agency yet.'), 'failed-precondition', true)).toBe(
      'Online payment is not set up for this agency yet.',
    );
  });

  it('offline, or a request that never reached the server, is a connection problem, not "contact us"', () => {
    expect(payErrorMessage(failed('internal', 'internal'), 'internal', false)).toBe(UNREACHABLE);
    expect(payErrorMessage(failed('internal', 'internal [0]'), 'internal', true)).toBe(UNREACHABLE);
    expect(payErrorMessage(new TypeError('Failed to fetch dynamically imported module: https://x/assets/functions-1.js'), '', true)).toBe(UNREACHABLE);
    expect(payErrorMessage(failed('unavailable', 'unavailable'), 'unavailable', true)).toBe(UNREACHABLE);
  });

  it("a server failure online is not blamed on the connection", () => {
    expect(payErrorMessage(failed('internal', 'INTERNAL [500]'), 'internal', true)).toBe(UNAVAILABLE);
    expect(payErrorMessage(failed('internal', 'internal'), 'internal', true)).toBe(UNAVAILABLE);
  });
});
