/**
 * markOverdueInvoices, called directly with a fixed `today` (the schedule passes today's UTC
 * date). Dates sit in 2001 so invoices of other suites in the same emulator are never touched.
 */
import { describe, expect, it } from 'vitest';
import { db } from '../../src/admin';
import { markOverdueInvoicesHandler } from '../../src/billing/markOverdueInvoices';
import { paths, todayIso, type Invoice, type InvoiceStatus } from '../../src/model';
import { company, uid } from '../support/world';

const TODAY = '2001-06-15';

async function invoice(companyId: string, status: InvoiceStatus, dueDate: string): Promise<string> {
  const invoiceId = uid('inv');
  const doc: Invoice = {
    number: invoiceId,
    status,
    issueDate: '2001-05-01',
    dueDate,
    currency: 'EUR',
    lineItems: [],
    subtotal: 1000,
    tax: 0,
    total: 1000,
    amountPaid: status === 'paid' ? 1000 : 0,
    paidAt: null,
  };
  await db.doc(paths.invoice(companyId, invoiceId)).set(doc);
  return paths.invoice(companyId, invoiceId);
}

const statusOf = async (path: string) => ((await db.doc(path).get()).data() as Invoice).status;

describe('markOverdueInvoices', () => {
  it('turns pending invoices past their due date overdue, leaves the rest, and is idempotent', async () => {
    const acme = await company();
    const globex = await company();
    const late = await invoice(acme.companyId, 'pending', '2001-06-14');
    const longLate = await invoice(globex.companyId, 'pending', '2000-12-31');
    const dueToday = await invoice(acme.companyId, 'pending', TODAY);
    const future = await invoice(acme.companyId, 'pending', '2001-07-01');
    const paid = await invoice(acme.companyId, 'paid', '2001-01-01');
    const draft = await invoice(acme.companyId, 'draft', '2001-01-01');
    const voided = await invoice(globex.companyId, 'void', '2001-01-01');

    // an `invoices` collection outside companies/ is not an agency invoice
    const stray = `strays/${uid('s')}/invoices/${uid('inv')}`;
    await db.doc(stray).set({ status: 'pending', dueDate: '2001-01-01' });

    // pages of one invoice: the run goes on to the last page
    const first = await markOverdueInvoicesHandler({ today: TODAY }, { db, pageSize: 1 });

    expect(first.marked).toEqual(expect.arrayContaining([late, longLate]));
    for (const path of [dueToday, future, paid, draft, voided]) expect(first.marked).not.toContain(path);
    expect(await statusOf(late)).toBe('overdue');
    expect(await statusOf(longLate)).toBe('overdue');
    expect(await Promise.all([dueToday, future, paid, draft, voided].map(statusOf))).toEqual(['pending', 'pending', 'paid', 'draft', 'void']);
    expect(first.marked).not.toContain(stray);
    expect(await statusOf(stray)).toBe('pending');

    const second = await markOverdueInvoicesHandler({ today: TODAY }, { db });
    for (const path of [late, longLate, dueToday, future]) expect(second.marked).not.toContain(path);
    expect(await statusOf(late)).toBe('overdue');

    // The next day, the invoice due "today" is late too.
    const nextDay = await markOverdueInvoicesHandler({ today: '2001-06-16' }, { db });
    expect(nextDay.marked).toContain(dueToday);
    expect(await statusOf(future)).toBe('pending');
  });

  it('refuses a malformed date and computes today in UTC', async () => {
    await expect(markOverdueInvoicesHandler({ today: '15/06/2001' }, { db })).rejects.toThrow('YYYY-MM-DD');
    expect(todayIso(new Date('2001-06-15T23:59:59Z'))).toBe('2001-06-15');
    expect(todayIso(new Date('2001-06-16T00:00:00Z'))).toBe('2001-06-16');
  });
});
