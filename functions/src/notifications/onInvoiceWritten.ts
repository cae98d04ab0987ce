/**
 * onInvoiceWritten (Firestore trigger, DESIGN §5): when an invoice goes from `draft` to
 * `pending` (issued), email the company's active portal contacts whose portal shows billing
 * (contact.scopes has `billing`; absent = both) "new invoice available" with its number, amount,
 * due date and a link to it. Mail ids derive from the event id, so a
 * redelivered event sends nothing twice.
 */
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { formatCalendarDate, formatMoney, paths, type Invoice, type PortalSettings } from '../model';

import { runtimeDeps, type Deps } from '../shared/deps';
import { toWriteEvent, type WriteEvent } from '../shared/events';
import { activePortalContacts, agencyName, createMailOnce, renderMail, safeId, TEXT_LOCALE } from '../shared/mail';

export interface InvoiceParams {
  companyId: string;
  invoiceId: string;
}

export function invoiceIssuedMailId(eventId: string, contactId: string): string {
  return `invoice-issued-${safeId(eventId)}-${safeId(contactId)}`;
}

/** Returns how many mails this delivery created. */
export async function onInvoiceWrittenHandler(event: WriteEvent<InvoiceParams>, deps: Pick<Deps, 'db' | 'appUrl'>): Promise<number> {
  const before = event.before as Partial<Invoice> | undefined;
  const after = event.after as Partial<Invoice> | undefined;
  if (before?.status !== 'draft' || after?.status !== 'pending') return 0;

  const { companyId, invoiceId } = event.params;
  const { db } = deps;
  const recipients = await activePortalContacts(db, companyId, 'billing');
  if (recipients.length === 0) return 0;
  const [agency, settings] = await Promise.all([agencyName(db), db.doc(paths.portalSettings()).get()]);
  const payOnline = (settings.data() as Partial<PortalSettings> | undefined)?.paymentsEnabled === true;
  const number = after.number || invoiceId;
  const amount = typeof after.total === 'number' && after.currency ? formatMoney(after.total - (after.amountPaid ?? 0), after.currency, TEXT_LOCALE) : null;
  const url = `${deps.appUrl}/portal/invoices/${encodeURIComponent(invoiceId)}`;

  let created = 0;
  for (const recipient of recipients) {
    const mail = renderMail({
      to: recipient.email,
      subject: `New invoice ${number} from ${agency}`,
      greeting: recipient.name ? `Hi ${recipient.name},` : 'Hi,',
      paragraphs: [
        `${agency} issued invoice ${number}${amount ? ` for ${amount}` : ''}${after.dueDate ? `, due ${formatCalendarDate(after.dueDate, TEXT_LOCALE)}` : ''}.`,
        // Only what the portal offers: paying online only when the agency turned it on.
        payOnline ? 'You can see its details and pay it online in your portal.' : 'You can see its details in your portal.',
      ],
      action: { label: 'View the invoice', url },
      footer: `You receive this because you have access to ${agency}'s client portal.`,
    });
    const meta = { kind: 'invoice_issued', refs: { companyId, invoiceId } } as const;
    if (await createMailOnce(db, invoiceIssuedMailId(event.id, recipient.contactId), mail, meta)) created += 1;
  }
  return created;
}

export const onInvoiceWritten = onDocumentWritten('companies/{companyId}/invoices/{invoiceId}', (event) =>
  onInvoiceWrittenHandler(toWriteEvent(event), runtimeDeps()).then(() => undefined),
);
