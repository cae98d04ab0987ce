/**
 * getStripeStatus (callable, admin): tells the console's Settings → Integrations whether Stripe
 * is connected — which kind of secret key is set (test or live) and whether the webhook signing
 * secret is — without ever returning a secret. The browser cannot know otherwise.
 */
import { onCall } from 'firebase-functions/v2/https';
import { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET } from '../config';
import type { StripeStatus } from '../model';
import type { Auth } from 'firebase-admin/auth';
import { auth } from '../admin';
import { requireActiveAdmin, type CallRequest } from '../shared/callable';

/** The placeholders scripts/emulators.mjs writes into functions/.secret.local. */
const PLACEHOLDER = /emulator_only/;

export function describeStripeSecrets(secretKey: string, webhookSecret: string): StripeStatus {
  return {
    secretKey: !secretKey ? 'missing' : PLACEHOLDER.test(secretKey) ? 'placeholder' : /^(sk|rk)_live_/.test(secretKey) ? 'live' : 'test',
    webhookSecret: !webhookSecret ? 'missing' : PLACEHOLDER.test(webhookSecret) ? 'placeholder' : 'set',
  };
}

export async function getStripeStatusHandler(
  request: CallRequest,
  secrets: { secretKey: string; webhookSecret: string },
  deps: { auth: Auth },
): Promise<StripeStatus> {
  await requireActiveAdmin(request, deps.auth, 'see the Stripe settings');
  return describeStripeSecrets(secrets.secretKey.trim(), secrets.webhookSecret.trim());
}

export const getStripeStatus = onCall({ secrets: [STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET] }, (request) =>
  getStripeStatusHandler(request, { secretKey: STRIPE_SECRET_KEY.value() ?? '', webhookSecret: STRIPE_WEBHOOK_SECRET.value() ?? '' }, { auth }),
);
