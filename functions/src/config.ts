/**
 * Params and secrets (DESIGN §5). Values: `firebase functions:secrets:set NAME` in production,
 * `functions/.secret.local` for the emulator (git-ignored), `.env` files for plain params.
 */
import { defineSecret, defineString } from 'firebase-functions/params';

/** Where the web app lives; links in emails and Stripe return URLs point here. */
export const APP_URL = defineString('APP_URL', {
  default: 'http://localhost:5173',
  description: 'Public URL of the web app (no trailing slash), e.g. https://portal.example.com',
});

/** The URL of the web app, without a trailing slash (the default outside the Functions runtime). */
export function appUrl(): string {
  return (APP_URL.value() || 'http://localhost:5173').replace(/\/+$/, '');
}

// Billing (Stripe)
export const STRIPE_SECRET_KEY = defineSecret('STRIPE_SECRET_KEY');
export const STRIPE_WEBHOOK_SECRET = defineSecret('STRIPE_WEBHOOK_SECRET');
