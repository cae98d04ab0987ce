/**
 * p50/p95 handling time of signed Stripe events through the Functions emulator: each a paid
 * checkout.session.completed for its own invoice (the full path: signature check, idempotency
 * record, invoice marked paid and a payment written in one transaction). Sequential, after one
 * warm-up delivery, so the numbers are handling time, not queueing.
 */
import type { EmulatorEnv } from '../../e2e/support/env';
import { seedInvoice } from '../../functions/test/support/invoices';
import { ensureLocalStripeSecrets } from '../../functions/test/support/localSecrets';
import { sessionEvent, sessionFor, signedDelivery } from '../../functions/test/support/stripeEvents';

export interface WebhookTiming {
  events: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  statuses: Record<string, number>;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function benchWebhook(env: EmulatorEnv, events: number): Promise<WebhookTiming> {
  const { STRIPE_WEBHOOK_SECRET } = ensureLocalStripeSecrets();
  const url = `http://${env.functions}/${env.projectId}/us-central1/stripeWebhook`;
  const deliveries = [];
  for (let i = 0; i <= events; i++) {
    const seeded = await seedInvoice({}, 'bench-webhook');
    deliveries.push(signedDelivery(sessionEvent('checkout.session.completed', sessionFor(seeded)), STRIPE_WEBHOOK_SECRET));
  }
  const statuses: Record<string, number> = {};
  const times: number[] = [];
  for (const [i, { payload, signature }] of deliveries.entries()) {
    const started = performance.now();
    const res = await fetch(url, { method: 'POST', body: payload, headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature } });
    await res.arrayBuffer();
    const elapsed = performance.now() - started;
    if (i === 0) continue; // warm-up: starts the function's worker
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Number(n.toFixed(1));
  return { events, p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), maxMs: round(times.at(-1)!), statuses };
}
