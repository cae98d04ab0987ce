/** What handlers use from the outside world; the exports pass the real ones, tests may pass others. */
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import type Stripe from 'stripe';
import { auth, db } from '../admin';
import { appUrl } from '../config';

export interface Deps {
  db: Firestore;
  auth: Auth;
  /** Base URL of the web app, no trailing slash. */
  appUrl: string;
  now: () => Date;
}

export function runtimeDeps(): Deps {
  return { db, auth, appUrl: appUrl(), now: () => new Date() };
}

/** createInvoiceCheckout's outside world: Firestore, Auth (the session check), the web app's URL and Stripe. */
export interface CheckoutDeps extends Pick<Deps, 'db' | 'auth' | 'appUrl'> {
  /** STRIPE_SECRET_KEY; empty while Stripe is not connected. */
  stripeSecretKey: string;
  /** A Stripe client for a secret key (tests point the real library at a local fake). */
  stripeClient: (secretKey: string) => Stripe;
}

/** stripeWebhook's outside world: Firestore, the signing secret and the clock. */
export interface WebhookDeps extends Pick<Deps, 'db' | 'now' | 'appUrl'> {
  /** STRIPE_WEBHOOK_SECRET; empty while it is not configured. */
  webhookSecret: string;
}
