/** Invoices, portal settings, payments and Stripe event records for the billing suites. */
import type { Timestamp } from 'firebase-admin/firestore';
import { db } from '../../src/admin';
import { paths, type Invoice, type PortalSettings } from '../../src/model';
import { uid } from './ids';

export interface SeededInvoice {
  companyId: string;
  invoiceId: string;
  invoice: Omit<Invoice, 'paidAt'> & { paidAt: null };
}

/** A company with one issued invoice of 1,500.00 USD (150000 minor units), due in the future. */
export async function seedInvoice(overrides: Partial<Omit<Invoice, 'paidAt'>> = {}, companyId = uid('co')): Promise<SeededInvoice> {
  const invoiceId = uid('inv');
  const invoice: SeededInvoice['invoice'] = {
    number: `INV-${invoiceId.slice(-4).toUpperCase()}`,
    status: 'pending',
    issueDate: '2026-11-01',
    dueDate: '2099-12-31',
    currency: 'USD',
    lineItems: [{ description: 'Design sprint', quantity: 1, unitAmount: 150000, kind: 'fixed' }],
    subtotal: 150000,
    tax: 0,
    total: 150000,
    amountPaid: 0,
    paidAt: null,
    ...overrides,
  };
  await db.doc(paths.company(companyId)).set({ name: `Company ${companyId}`, status: 'client', website: '', logoUrl: '', createdAt: new Date() }, { merge: true });
  await db.doc(paths.invoice(companyId, invoiceId)).set(invoice);
  return { companyId, invoiceId, invoice };
}

/** Turns online payments on or off; null removes the settings (never configured). */
export async function setPortalSettings(paymentsEnabled: boolean | null): Promise<void> {
  if (paymentsEnabled === null) {
    await db.doc(paths.portalSettings()).delete();
    return;
  }
  const settings: PortalSettings = { welcomeMessage: 'Welcome', cards: [], meetingUrl: '', paymentsEnabled };
  await db.doc(paths.portalSettings()).set(settings);
}

export async function readInvoice(companyId: string, invoiceId: string) {
  const snap = await db.doc(paths.invoice(companyId, invoiceId)).get();
  return snap.data() as (Omit<Invoice, 'paidAt'> & { paidAt: Timestamp | null }) | undefined;
}

export interface PaymentDoc {
  id: string;
  invoiceId: string;
  amount: number;
  currency: string;
  provider: string;
  stripeSessionId: string | null;
  stripePaymentIntentId?: string | null;
  stripeChargeId?: string;
  amountRefunded?: number;
  paidAt: Timestamp;
}

export async function readPayments(companyId: string): Promise<PaymentDoc[]> {
  const snap = await db.collection(paths.payments(companyId)).get();
  return snap.docs.map((d) => ({ id: d.id, ...(d.data() as Omit<PaymentDoc, 'id'>) }));
}

export async function readStripeEvent(eventId: string) {
  const snap = await db.collection(paths.stripeEvents()).doc(eventId).get();
  return snap.exists ? (snap.data() as Record<string, unknown>) : undefined;
}

export async function countStripeEvents(): Promise<number> {
  return (await db.collection(paths.stripeEvents()).count().get()).data().count;
}
