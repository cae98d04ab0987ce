/**
 * onManualPaymentCreated: an admin's manual payment is applied to its invoice once; a payment
 * that does not fit the invoice is recorded as not applied and changes nothing. The last case
 * goes through the Functions emulator: a real write fires the deployed trigger.
 * The emulator's trigger — the exported wrapper of this same handler — fires for every payment
 * the cases write. Each case lets the trigger apply the payment, then calls the handler directly
 * to prove a redelivery applies nothing twice: the redelivery then reads a settled payment, so
 * the case does not depend on how the emulator resolves two contending transactions (it closes
 * one; shared/transaction.ts runs it again, and concurrency is covered in acceptInvitation and
 * stripeWebhook).
 */
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/admin';
import { onManualPaymentCreatedHandler } from '../../src/billing/onManualPaymentCreated';
import { paths, type Invoice, type Payment } from '../../src/model';
import { company, uid } from '../support/world';

const NOW = new Date('2026-11-20T10:00:00Z');
const deps = { db, now: () => NOW };
/** Waits for the trigger's outcome on the payment, then redelivers it straight to the handler. */
async function apply(companyId: string, paymentId: string, expected: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  let payment = await readPayment(companyId, paymentId);
  while (!payment.appliedAt && !payment.notAppliedReason && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    payment = await readPayment(companyId, paymentId);
  }
  if (expected === 'applied' || expected === 'paid') expect(payment.appliedAt).toBeDefined();
  else expect(payment.notAppliedReason).toBe(expected);
  expect(await onManualPaymentCreatedHandler({ companyId, paymentId }, deps)).toBe('duplicate');
}

async function invoice(companyId: string, fields: Partial<Invoice> = {}): Promise<string> {
  const invoiceId = uid('inv');
  const doc: Invoice = {
    number: invoiceId, status: 'pending', issueDate: '2026-11-01', dueDate: '2026-12-01', currency: 'USD',
    lineItems: [{ description: 'Retainer', quantity: 1, unitAmount: 100000, kind: 'fixed' }],
    subtotal: 100000, tax: 0, total: 100000, amountPaid: 0, paidAt: null, ...fields,
  };
  await db.doc(paths.invoice(companyId, invoiceId)).set(doc);
  return invoiceId;
}

async function payment(companyId: string, invoiceId: string, fields: Partial<Payment> = {}): Promise<string> {
  const paymentId = uid('pay');
  const doc: Payment = { invoiceId, amount: 40000, currency: 'USD', provider: 'manual', stripeSessionId: null, paidAt: Timestamp.fromDate(new Date('2026-11-19T00:00:00Z')), ...fields };
  await db.doc(`${paths.payments(companyId)}/${paymentId}`).set(doc);
  return paymentId;
}

const readInvoice = async (companyId: string, invoiceId: string) => (await db.doc(paths.invoice(companyId, invoiceId)).get()).data() as Invoice;
const readPayment = async (companyId: string, paymentId: string) => (await db.doc(`${paths.payments(companyId)}/${paymentId}`).get()).data() as Payment;

describe('onManualPaymentCreated', () => {
  it('applies part payments, marks the invoice paid when the balance is covered, and applies each payment once', async () => {
    const { companyId } = await company();
    const invoiceId = await invoice(companyId, { status: 'overdue' });
    const first = await payment(companyId, invoiceId, { amount: 40000 });
    await apply(companyId, first, 'applied');
    expect(await readInvoice(companyId, invoiceId)).toMatchObject({ status: 'overdue', amountPaid: 40000, paidAt: null });
    expect((await readPayment(companyId, first)).appliedAt).toBeDefined();

    const rest = await payment(companyId, invoiceId, { amount: 60000 });
    await apply(companyId, rest, 'paid');
    const paid = await readInvoice(companyId, invoiceId);
    expect(paid).toMatchObject({ status: 'paid', amountPaid: 100000 });
    expect(paid.paidAt?.toDate()).toEqual(new Date('2026-11-19T00:00:00Z'));
  });

  it.each([
    ['a draft invoice', { status: 'draft' as const }, {}, 'invoice_not_payable'],
    ['a paid invoice', { status: 'paid' as const, amountPaid: 100000 }, {}, 'invoice_not_payable'],
    ['another currency', {}, { currency: 'EUR' as const }, 'currency_mismatch'],
    ['more than the balance', { amountPaid: 80000 }, { amount: 40000 }, 'exceeds_balance'],
  ])('does not apply a payment against %s (control: the same invoice unchanged)', async (_label, invoiceFields, paymentFields, reason) => {
    const { companyId } = await company();
    const invoiceId = await invoice(companyId, invoiceFields);
    const before = await readInvoice(companyId, invoiceId);
    const paymentId = await payment(companyId, invoiceId, paymentFields);
    await apply(companyId, paymentId, reason);
    expect(await readInvoice(companyId, invoiceId)).toEqual(before);
    expect(await readPayment(companyId, paymentId)).toMatchObject({ notAppliedReason: reason });
    expect((await readPayment(companyId, paymentId)).appliedAt).toBeUndefined();
  });

  it('records a payment for a missing invoice as not applied, and leaves Stripe payments alone', async () => {
    const { companyId } = await company();
    const missing = await payment(companyId, 'no-such-invoice');
    await apply(companyId, missing, 'invoice_not_found');
    const invoiceId = await invoice(companyId);
    const stripe = await payment(companyId, invoiceId, { provider: 'stripe', stripeSessionId: 'cs_test_x' });
    expect(await onManualPaymentCreatedHandler({ companyId, paymentId: stripe }, deps)).toBe('ignored');
    expect((await readInvoice(companyId, invoiceId)).amountPaid).toBe(0);
  });

  it('fires from a real write through the Functions emulator', async () => {
    const { companyId } = await company();
    const invoiceId = await invoice(companyId);
    await payment(companyId, invoiceId, { amount: 100000 });
    const deadline = Date.now() + 30_000;
    let status = (await readInvoice(companyId, invoiceId)).status;
    while (status !== 'paid' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      status = (await readInvoice(companyId, invoiceId)).status;
    }
    expect(status).toBe('paid');
  }, 40_000);
});
