/**
 * The Stripe client. Production talks to api.stripe.com. Tests (and, if you want, the emulator)
 * set `STRIPE_API_BASE` (e.g. `http://127.0.0.1:12111`) to point the real `stripe` library at a
 * local fake: plain http is accepted for loopback hosts only, so a misconfiguration can never send
 * the secret key over an unencrypted connection.
 */
import Stripe from 'stripe';

export interface StripeHostOverride {
  host: string;
  port: number;
  protocol: 'http' | 'https';
}

export function stripeHostOverride(base: string | undefined = process.env.STRIPE_API_BASE): StripeHostOverride | null {
  if (!base) return null;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`STRIPE_API_BASE is not a URL: ${base}`);
  }
  const protocol = url.protocol === 'http:' ? 'http' : url.protocol === 'https:' ? 'https' : null;
  if (!protocol) throw new Error(`STRIPE_API_BASE must be http(s): ${base}`);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (protocol === 'http' && !loopback) {
    throw new Error(`STRIPE_API_BASE may use plain http only for a loopback host: ${base}`);
  }
  const port = url.port ? Number(url.port) : protocol === 'http' ? 80 : 443;
  return { host: url.hostname, port, protocol };
}

const clients = new Map<string, Stripe>();

/** A Stripe client for this secret key (cached per key and API base). */
export function stripeClient(secretKey: string): Stripe {
  const override = stripeHostOverride();
  const cacheKey = `${secretKey}\n${JSON.stringify(override)}`;
  let client = clients.get(cacheKey);
  if (!client) {
    client = new Stripe(secretKey, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      appInfo: { name: 'agency-os' },
      ...(override ?? {}),
    });
    clients.set(cacheKey, client);
  }
  return client;
}
