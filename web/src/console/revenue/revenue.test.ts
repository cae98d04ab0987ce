import { describe, expect, it } from 'vitest';
import { currenciesInUse, revenueSummary, type RevenueInvoice, type RevenuePayment } from './revenue';
import { isOverdue } from '../lib/money';

const inv = (over: Partial<RevenueInvoice>): RevenueInvoice => ({
  id: 'i', number: 'INV-1', companyId: 'acme', status: 'pending', issueDate: '2026-03-05', dueDate: '2026-04-04', currency: 'USD', total: 1000, amountPaid: 0, ...over,
});
const pay = (over: Partial<RevenuePayment>): RevenuePayment => ({ companyId: 'acme', amount: 1000, currency: 'USD', paidOn: '2026-03-20', ...over });

const months = ['2026-01', '2026-02', '2026-03'];
const today = '2026-03-25';

describe('revenueSummary', () => {
  const invoices = [
    inv({ id: 'a', status: 'paid', issueDate: '2026-01-10', total: 5000, amountPaid: 5000 }),
    inv({ id: 'b', status: 'overdue', issueDate: '2026-02-01', dueDate: '2026-03-01', total: 3000 }),
    inv({ id: 'c', status: 'pending', issueDate: '2026-03-05', dueDate: '2026-03-20', total: 2000 }), // past due, not yet marked
    inv({ id: 'd', status: 'pending', issueDate: '2026-03-15', total: 1000, companyId: 'globex' }),
    inv({ id: 'e', status: 'draft', issueDate: '2026-03-15', total: 99999 }),
    inv({ id: 'f', status: 'void', issueDate: '2026-03-15', total: 88888 }),
    inv({ id: 'g', status: 'pending', issueDate: '2026-03-15', total: 7777, currency: 'EUR' }),
    inv({ id: 'h', status: 'paid', issueDate: '2025-06-01', total: 4000, amountPaid: 4000, companyId: 'globex' }), // before the window
  ];
  const payments = [pay({ amount: 5000, paidOn: '2026-02-02' }), pay({ amount: -500, paidOn: '2026-03-03' }), pay({ amount: 100, currency: 'EUR' })];
  const summary = revenueSummary(invoices, payments, { months, currency: 'USD', today });

  it('sums invoiced by issue month, paid by payment month, outstanding by issue month', () => {
    expect(summary.months).toEqual([
      { month: '2026-01', invoiced: 5000, paid: 0, outstanding: 0 },
      { month: '2026-02', invoiced: 3000, paid: 5000, outstanding: 3000 },
      { month: '2026-03', invoiced: 3000, paid: -500, outstanding: 3000 },
    ]);
    expect(summary.totals).toEqual({ invoiced: 11000, paid: 4500, outstanding: 6000 });
  });

  it('totals what is overdue, marked or past due', () => {
    expect(summary.overdue.amount).toBe(5000);
    expect(summary.overdue.invoices.map((i) => i.id)).toEqual(['b', 'c']);
  });

  it('ranks clients by invoiced (all time, in the currency)', () => {
    expect(summary.topClients).toEqual([
      { companyId: 'acme', invoiced: 10000, paid: 4500, outstanding: 5000, invoices: 3 },
      { companyId: 'globex', invoiced: 5000, paid: 0, outstanding: 1000, invoices: 2 },
    ]);
  });
});

describe('helpers', () => {
  it('finds currencies on issued invoices, most used first', () => {
    expect(currenciesInUse([inv({ currency: 'EUR' }), inv({}), inv({}), inv({ currency: 'GBP', status: 'draft' })])).toEqual(['USD', 'EUR']);
  });
  it('is not overdue once paid in full', () => {
    expect(isOverdue(inv({ status: 'overdue', amountPaid: 1000 }), today)).toBe(false);
    expect(isOverdue(inv({ status: 'pending', dueDate: '2026-03-25' }), today)).toBe(false);
    expect(isOverdue(inv({ status: 'pending', dueDate: '2026-03-24' }), today)).toBe(true);
  });
});
