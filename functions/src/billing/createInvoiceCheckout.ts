/**
 * createInvoiceCheckout (callable, DESIGN §5): a client of the invoice's company starts a Stripe
 * Checkout Session for what is still owed on an issued invoice and gets its URL back.
 * Everything that decides the amount is read on the server; the caller only names the invoice.
 * The caller's session is checked with the server (requireActive: a revoked token is refused at
 * once) and must include the billing area of the portal, in the token and in the account's
 * current claims (hasCurrentScope; absent = both): a work-only contact does not see invoices, so
 * cannot pay them either, not even with a token from before staff took billing away.
 */
import { createHash } from 'node:crypto';
import type { Firestore } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions/v2';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import type Stripe from 'stripe';
import { z } from 'zod';
import { STRIPE_SECRET_KEY } from '../config';
import { CURRENCIES, checkoutClientReference, checkoutReturnPath, invoiceBalance, paths, type CreateInvoiceCheckoutResult, type Currency, type InvoiceStatus } from '../model';
import { createInvoiceCheckoutInput } from '../model/schemas';
import { hasCurrentScope, parseInput, requireActive, requireSignedIn, type CallRequest } from '../shared/callable';
import { runtimeDeps, type CheckoutDeps } from '../shared/deps';
import { stripeClient } from './stripe';

/** The invoice fields checkout depends on, checked rather than trusted. */
const payableInvoice = z.object({
  number: z.string().min(1),
  status: z.string(),
  currency: z.enum(CURRENCIES),
  total: z.number().int().nonnegative(),
  amountPaid: z.number().int().nonnegative().default(0),
});
type PayableInvoice = z.output<typeof payableInvoice>;

/**
 * One key per payer, invoice, amount and currency: retries and double clicks reuse the same
 * Session, while a changed balance (a partial payment, an edited invoice) gets a new one.
 * The payer is part of it because the Session carries their email.
 */
export function checkoutIdempotencyKey(companyId: string, invoiceId: string, amount: number, currency: Currency, uid: string): string {
  const digest = createHash('sha256').update(JSON.stringify([companyId, invoiceId, amount, currency, uid])).digest('hex');
  return `invoice-checkout-${digest}`;
}

export async function createInvoiceCheckoutHandler(request: CallRequest, deps: CheckoutDeps): Promise<CreateInvoiceCheckoutResult> {
  const caller = requireSignedIn(request, 'pay an invoice');
  if (caller.preview) {
    throw new HttpsError(
      'permission-denied',
      'Payments are disabled in "View as" preview. The client pays from their own sign-in; exit the preview to return to the console.',
    );
  }
  if (caller.role !== 'client' || !caller.companyId) {
    throw new HttpsError(
      'permission-denied',
      'Only a client\'s portal users can pay invoices online. Staff record payments in the console.',
    );
  }
  await requireActive(request, deps.auth, caller);
  if (!(await hasCurrentScope(deps.auth, caller.uid, caller.scopes, 'billing'))) {
    throw new HttpsError(
      'permission-denied',
      'Your portal access does not include invoices. Ask your contact at the agency if you should pay them.',
    );
  }
  const { companyId, invoiceId } = parseInput(createInvoiceCheckoutInput, request.data, 'Send the invoice to pay as { companyId, invoiceId }.');
  if (companyId !== caller.companyId) {
    throw new HttpsError(
      'permission-denied',
      'This invoice belongs to another company\'s account. Sign in with the account that received the invoice.',
    );
  }

  const invoice = await loadPayableInvoice(deps.db, companyId, invoiceId);
  const balance = invoiceBalance(invoice);
  if (balance <= 0) throw new HttpsError('failed-precondition', 'Nothing is left to pay on this invoice.');
  if (!deps.stripeSecretKey) {
    logger.error('createInvoiceCheckout: STRIPE_SECRET_KEY is not set');
    throw new HttpsError('failed-precondition', 'Online payments are not set up yet (Stripe is not connected). Ask the agency to connect Stripe.');
  }

  const metadata = { companyId, invoiceId };
  const params: Stripe.Checkout.SessionCreateParams = {
    mode: 'payment',
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: invoice.currency.toLowerCase(),
          unit_amount: balance,
          product_data: {
            name: `Invoice ${invoice.number}`,
            ...(invoice.amountPaid > 0 ? { description: 'Remaining balance' } : {}),
          },
        },
      },
    ],
    metadata,
    payment_intent_data: { metadata, description: `Invoice ${invoice.number}` },
    client_reference_id: checkoutClientReference(companyId, invoiceId),
    ...(caller.email ? { customer_email: caller.email } : {}),
    success_url: `${deps.appUrl}${checkoutReturnPath(invoiceId, 'success')}`,
    cancel_url: `${deps.appUrl}${checkoutReturnPath(invoiceId, 'cancelled')}`,
  };

  let session: Stripe.Checkout.Session;
  try {
    session = await deps.stripeClient(deps.stripeSecretKey).checkout.sessions.create(params, {
      idempotencyKey: checkoutIdempotencyKey(companyId, invoiceId, balance, invoice.currency, caller.uid),
    });
  } catch (error) {
    logger.error('createInvoiceCheckout: Stripe refused or was unreachable', { companyId, invoiceId, error });
    throw new HttpsError('unavailable', 'The payment provider could not start checkout. Try again in a minute; if it keeps failing, contact the agency.');
  }
  if (!session.url) {
    logger.error('createInvoiceCheckout: Stripe returned a session without a URL', { sessionId: session.id });
    throw new HttpsError('internal', 'The payment provider did not return a checkout page. Try again in a minute.');
  }
  logger.info('createInvoiceCheckout: session created', { companyId, invoiceId, sessionId: session.id, amount: balance });
  return { url: session.url };
}

/** The invoice, when online payments are on and it is issued and unpaid; else a refusal. */
async function loadPayableInvoice(db: Firestore, companyId: string, invoiceId: string): Promise<PayableInvoice> {
  const [settingsSnap, invoiceSnap] = await Promise.all([
    db.doc(paths.portalSettings()).get(),
    db.doc(paths.invoice(companyId, invoiceId)).get(),
  ]);
  if (settingsSnap.get('paymentsEnabled') !== true) {
    throw new HttpsError(
      'failed-precondition',
      'Online payments are turned off for this portal. Contact the agency to pay this invoice another way.',
    );
  }
  const status = invoiceSnap.get('status') as InvoiceStatus | undefined;
  // A draft is invisible to the client, so it is reported exactly like a missing invoice.
  if (!invoiceSnap.exists || status === 'draft') {
    throw new HttpsError('not-found', 'Invoice not found. Refresh your invoices page: it may have been withdrawn.');
  }
  if (status === 'paid') throw new HttpsError('failed-precondition', 'This invoice is already paid: nothing is due.');
  if (status === 'void') {
    throw new HttpsError('failed-precondition', 'This invoice was voided and cannot be paid. Contact the agency if you think this is a mistake.');
  }
  const parsed = payableInvoice.safeParse(invoiceSnap.data());
  if (!parsed.success || (status !== 'pending' && status !== 'overdue')) {
    logger.error('createInvoiceCheckout: invoice cannot be charged', { companyId, invoiceId, issues: parsed.error?.issues });
    throw new HttpsError('failed-precondition', 'This invoice cannot be paid online right now. Contact the agency so they can check it.');
  }
  return parsed.data;
}

/** The real outside world, read on each call (secrets and params exist only at run time). */
export function checkoutDeps(): CheckoutDeps {
  const { db, auth, appUrl } = runtimeDeps();
  return { db, auth, appUrl, stripeSecretKey: STRIPE_SECRET_KEY.value() ?? '', stripeClient };
}

export const createInvoiceCheckout = onCall({ secrets: [STRIPE_SECRET_KEY] }, (request) => createInvoiceCheckoutHandler(request, checkoutDeps()));
