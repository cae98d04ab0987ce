/**
 * A payment Stripe took that the webhook could not apply to its invoice: the invoice was paid or
 * voided meanwhile (two contacts paying at once, a manual payment recorded during checkout), the
 * amount or currency differs, the invoice is gone, or another payment sits at its id. The money
 * is the client's and only a person can settle it (refund it in Stripe, or record it by hand), so
 * the agency's admins get a mail saying so. It is queued in the transaction that records the
 * event: one mail per event, however often Stripe delivers it.
 */
import type { Firestore, Timestamp, Transaction } from 'firebase-admin/firestore';
import { formatMoney, paths, type Company, type Invoice, type StripeEventOutcome, type UserProfile } from '../../model';
import { queueMail, renderMail, safeId, TEXT_LOCALE } from '../../shared/mail';
import { asRecipient, type StaffRecipient } from '../../shared/staffRecipients';
import type { Decision } from './shapes';

/** Outcomes of a paid Checkout Session whose money was not applied to any invoice. */
const NOT_APPLIED: readonly StripeEventOutcome[] = ['invoice_not_found', 'invoice_not_payable', 'currency_mismatch', 'amount_mismatch', 'payment_conflict'];


export function notAppliedMailId(eventId: string): string {
  return `stripe-not-applied-${safeId(eventId)}`;
}

/**
 * For a session event whose payment was not applied: reads what the mail needs (call it before
 * the transaction writes) and returns the write that queues it; null when there is nothing to
 * tell, or no active admin to tell.
 */
export async function notAppliedNotice(
  tx: Transaction,
  db: Firestore,
  appUrl: string,
  eventId: string,
  record: Decision['record'],
  now: Timestamp,
): Promise<((t: Transaction) => void) | null> {
  const { companyId, invoiceId } = record;
  if (!NOT_APPLIED.includes(record.outcome) || !companyId || !invoiceId) return null;
  const [admins, invoiceSnap, companySnap] = await Promise.all([
    tx.get(db.collection(paths.users()).where('role', '==', 'admin')),
    tx.get(db.doc(paths.invoice(companyId, invoiceId))),
    tx.get(db.doc(paths.company(companyId))),
  ]);
  const to = admins.docs.map((doc) => asRecipient(doc.id, doc.data() as Partial<UserProfile>)).filter((r): r is StaffRecipient => r !== null);
  if (to.length === 0) return null;

  const invoice = invoiceSnap.data() as Partial<Invoice> | undefined;
  const label = invoice?.number ? `invoice ${invoice.number}` : `invoice ${invoiceId}`;
  const companyName = (companySnap.data() as Partial<Company> | undefined)?.name ?? companyId;
  const { amount, currency } = record.received ?? { amount: null, currency: null };
  const paid = amount !== null && currency ? formatMoney(amount, currency, TEXT_LOCALE) : 'a payment';
  const references = [record.paymentIntentId ? `payment intent ${record.paymentIntentId}` : null, `Checkout Session ${record.objectId}`].filter(Boolean).join(', ');
  const mail = renderMail({
    to: to.map((r) => r.email),
    subject: `Stripe payment not applied: ${label} (${companyName})`,
    greeting: 'Hi,',
    paragraphs: [
      `Stripe took ${paid} from ${companyName} for ${label}, but Agency OS did not apply it to the invoice: ${record.detail}`,
      `The client has paid. Refund the payment in your Stripe dashboard, or record it against the right invoice by hand (${references}).`,
    ],
    action: { label: 'Open the invoice', url: `${appUrl}/console/invoices/${companyId}/${invoiceId}` },
    footer: 'You receive this as an admin of the agency: only admins settle payments.',
  });
  return (t) => queueMail(t, db, notAppliedMailId(eventId), mail, { kind: 'other', refs: { companyId, invoiceId } }, now);
}
