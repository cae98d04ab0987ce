/**
 * Invoice writes, shaped as firestore.rules validates them (isValidInvoiceCreate,
 * isValidInvoiceUpdate, isValidManualPayment). Drafts are created with amountPaid 0 and paidAt
 * null; the payment fields are never written here (Functions own them).
 */
import { addDoc, deleteDoc, serverTimestamp, Timestamp, updateDoc, type Firestore } from 'firebase/firestore';
import type { FirebaseApp } from 'firebase/app';
import { paths, type Invoice, type Payment } from '@model';
import { saveInvoiceDraft } from '../lib/callables';
import { todayIso } from '../../lib/format';
import { writeCollection, writeDoc } from '../../lib/writeRefs';

/** What a draft's editor writes: everything but its status and the payment fields. */
export type InvoiceContent = Pick<Invoice, 'number' | 'issueDate' | 'dueDate' | 'currency' | 'lineItems' | 'subtotal' | 'tax' | 'total'>;

const invoiceDoc = (db: Firestore, companyId: string, invoiceId: string) => writeDoc<Invoice>(db, paths.invoice(companyId, invoiceId));

function clean(content: InvoiceContent): InvoiceContent {
  return {
    number: content.number.trim(),
    issueDate: content.issueDate,
    dueDate: content.dueDate,
    currency: content.currency,
    lineItems: content.lineItems.map(({ description, quantity, unitAmount, kind }) => ({ description: description.trim(), quantity, unitAmount, kind })),
    subtotal: content.subtotal,
    tax: content.tax,
    total: content.total,
  };
}

/**
 * Creates a draft, or saves a draft's content, through the saveInvoiceDraft function: it checks
 * every line (up to LIMITS.lineItems) and keeps numbers unique, where the rules can check only a
 * few lines per direct write. Status and payment fields stay as they are. Returns the id.
 */
export async function saveDraftInvoice(app: FirebaseApp, companyId: string, invoiceId: string | undefined, content: InvoiceContent): Promise<string> {
  const result = await saveInvoiceDraft(app, { companyId, ...(invoiceId ? { invoiceId } : {}), ...clean(content) });
  return result.invoiceId;
}

/** draft → pending: the client sees it from now on (and onInvoiceWritten mails them). */
export async function issueInvoice(db: Firestore, companyId: string, invoiceId: string): Promise<void> {
  await updateDoc(invoiceDoc(db, companyId, invoiceId), { status: 'pending' });
}

/** A draft, or an issued invoice nothing was paid on, becomes void (only `status` changes). */
export async function voidInvoice(db: Firestore, companyId: string, invoiceId: string): Promise<void> {
  await updateDoc(invoiceDoc(db, companyId, invoiceId), { status: 'void' });
}

export async function deleteDraftInvoice(db: Firestore, companyId: string, invoiceId: string): Promise<void> {
  await deleteDoc(invoiceDoc(db, companyId, invoiceId));
}

export interface ManualPayment extends Pick<Payment, 'invoiceId' | 'amount' | 'currency'> {
  /** YYYY-MM-DD the money arrived; today or earlier */
  paidOn: string;
}

/**
 * Records a payment received outside Stripe (bank transfer, cheque). Today is stamped with the
 * server's time; an earlier day with noon UTC of that day (the rules refuse future stamps).
 */
export async function recordManualPayment(db: Firestore, companyId: string, payment: ManualPayment): Promise<string> {
  const paidAt =
    payment.paidOn >= todayIso()
      ? serverTimestamp()
      : Timestamp.fromMillis(Date.UTC(Number(payment.paidOn.slice(0, 4)), Number(payment.paidOn.slice(5, 7)) - 1, Number(payment.paidOn.slice(8, 10)), 12));
  const ref = await addDoc(writeCollection<Payment>(db, paths.payments(companyId)), {
    invoiceId: payment.invoiceId,
    amount: payment.amount,
    currency: payment.currency,
    provider: 'manual',
    stripeSessionId: null,
    paidAt,
  });
  return ref.id;
}
