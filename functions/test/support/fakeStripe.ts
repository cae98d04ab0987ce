/**
 * A local fake of the one Stripe API endpoint the functions call (POST /v1/checkout/sessions),
 * so the real `stripe` library runs end to end without the internet. It records every request
 * (headers, the form-encoded body) and replays a response for a repeated Idempotency-Key, as
 * Stripe does (a repeated key with different parameters is an error, as on Stripe).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  /** the form body, flattened as Stripe encodes it: `line_items[0][price_data][currency]` → `usd` */
  form: Record<string, string>;
}

export interface FakeSession {
  id: string;
  object: 'checkout.session';
  url: string;
  mode: string;
  status: 'open';
  payment_status: 'unpaid';
  amount_total: number;
  currency: string;
  metadata: Record<string, string>;
  client_reference_id: string | null;
  customer_email: string | null;
  success_url: string;
  cancel_url: string;
  payment_intent: null;
}

export interface FakeStripe {
  /** e.g. http://127.0.0.1:40123, for STRIPE_API_BASE */
  base: string;
  requests: RecordedRequest[];
  sessions: FakeSession[];
  /** the next request gets this Stripe error instead of a session */
  failNext(status: number, message: string): void;
  reset(): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Request-Id': `req_fake_${Date.now()}`, ...headers });
  res.end(JSON.stringify(body));
}

function stripeError(res: ServerResponse, status: number, message: string, type = 'invalid_request_error') {
  send(res, status, { error: { type, message } });
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const requests: RecordedRequest[] = [];
  const sessions: FakeSession[] = [];
  const byKey = new Map<string, { body: string; session: FakeSession }>();
  let failure: { status: number; message: string } | null = null;
  let counter = 0;

  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const header = (name: string) => {
        const value = req.headers[name];
        return Array.isArray(value) ? value[0] : value;
      };
      const form = Object.fromEntries(new URLSearchParams(body).entries());
      requests.push({ method: req.method ?? '', path, authorization: header('authorization'), idempotencyKey: header('idempotency-key'), form });

      if (failure) {
        const { status, message } = failure;
        failure = null;
        return stripeError(res, status, message);
      }
      if (req.method !== 'POST' || path !== '/v1/checkout/sessions') {
        return stripeError(res, 404, `Unrecognized request URL (${req.method} ${path}) in the fake Stripe.`);
      }
      if (!header('authorization')?.startsWith('Bearer sk_')) {
        return stripeError(res, 401, 'Invalid API Key provided.', 'authentication_error');
      }
      const key = header('idempotency-key');
      const previous = key ? byKey.get(key) : undefined;
      if (previous) {
        if (previous.body !== body) {
          return stripeError(res, 400, 'Keys for idempotent requests can only be used with the same parameters.', 'idempotency_error');
        }
        return send(res, 200, previous.session, { 'Idempotent-Replayed': 'true' });
      }

      const metadata: Record<string, string> = {};
      for (const [name, value] of Object.entries(form)) {
        const match = /^metadata\[(.+)\]$/.exec(name);
        if (match?.[1]) metadata[match[1]] = value;
      }
      counter += 1;
      const id = `cs_test_fake_${counter}_${Date.now().toString(36)}`;
      const session: FakeSession = {
        id,
        object: 'checkout.session',
        url: `https://checkout.stripe.test/c/pay/${id}`,
        mode: form.mode ?? '',
        status: 'open',
        payment_status: 'unpaid',
        amount_total: Number(form['line_items[0][price_data][unit_amount]'] ?? 0) * Number(form['line_items[0][quantity]'] ?? 1),
        currency: form['line_items[0][price_data][currency]'] ?? '',
        metadata,
        client_reference_id: form.client_reference_id ?? null,
        customer_email: form.customer_email ?? null,
        success_url: form.success_url ?? '',
        cancel_url: form.cancel_url ?? '',
        payment_intent: null,
      };
      sessions.push(session);
      if (key) byKey.set(key, { body, session });
      send(res, 200, session);
    })().catch((error: unknown) => stripeError(res, 500, String(error), 'api_error'));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    sessions,
    failNext(status, message) {
      failure = { status, message };
    },
    reset() {
      requests.length = 0;
      sessions.length = 0;
      byKey.clear();
      failure = null;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
