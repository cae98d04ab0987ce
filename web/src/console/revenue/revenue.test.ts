import { describe, expect, it } from 'vitest';
import type { Invoice } from '@model';
import { clientRevenue, currenciesInUse, monthsSummary, overdueFigures, type MonthFigures } from './revenue';
import { isOverdue } from '../lib/money';

const months = ['2026-01', '2026-02', '2026-03'];
const today = '2026-03-25';

describe('monthsSummary (month rollups)', () => {
  const rollups: MonthFigures[] = [
    { month: '2026-01', invoiced: { USD: 5000 }, outstanding: { USD: 0 } },
    { month: '2026-02', invoiced: { USD: 3000 }, received: { USD: 5000 }, outstanding: { USD: 3000 } },
    { month: '2026-03', invoiced: { USD: 3000, EUR: 7777 }, received: { USD: -500, EUR: 100 }, outstanding: { USD: 3000, EUR: 7777 } },
    { month: '2025-06', invoiced: { USD: 4000 } }, // outside the months asked for
  ];

  it('reads invoiced, paid and outstanding per month in one currency, zero for months without a rollup', () => {
    const summary = monthsSummary(rollups, [...months, '2026-04'], 'USD');
    expect(summary.months).toEqual([
      { month: '2026-01', invoiced: 5000, paid: 0, outstanding: 0 },
      { month: '2026-02', invoiced: 3000, paid: 5000, outstanding: 3000 },
      { month: '2026-03', invoiced: 3000, paid: -500, outstanding: 3000 },
      { month: '2026-04', invoiced: 0, paid: 0, outstanding: 0 },
    ]);
    expect(summary.totals).toEqual({ invoiced: 11000, paid: 4500, outstanding: 6000 });
  });

  it('never converts: another currency has its own figures', () => {
    expect(monthsSummary(rollups, months, 'EUR').totals).toEqual({ invoiced: 7777, paid: 100, outstanding: 7777 });
  });

  it('finds the currencies invoiced or paid in, most first', () => {
    expect(currenciesInUse(rollups)).toEqual(['USD', 'EUR']);
    expect(currenciesInUse([])).toEqual([]);
  });
});

describe('clients and overdue', () => {
  it("reads a client's all-time figures in the currency", () => {
    const rollup = { companyId: 'acme', invoices: 3, invoiced: { USD: 10000, EUR: 5 }, paid: { USD: 4500 }, outstanding: { USD: 5000 } };
    expect(clientRevenue(rollup, 'USD')).toEqual({ companyId: 'acme', invoiced: 10000, paid: 4500, outstanding: 5000, invoices: 3 });
    expect(clientRevenue(rollup, 'GBP')).toEqual({ companyId: 'acme', invoiced: 0, paid: 0, outstanding: 0, invoices: 3 });
  });

  it('adds up the overdue aggregations: count, and total minus paid', () => {
    expect(overdueFigures([{ count: 1, total: 3000, paid: 0 }, { count: 2, total: 5000, paid: 1000 }])).toEqual({ count: 3, amount: 7000 });
    expect(overdueFigures([{ count: 0, total: null, paid: null }])).toEqual({ count: 0, amount: 0 });
  });

  it('is not overdue once paid in full', () => {
    const inv = (over: Partial<Invoice>): Invoice => ({ number: 'INV-1', status: 'pending', issueDate: '2026-03-05', dueDate: '2026-04-04', currency: 'USD', lineItems: [], subtotal: 1000, tax: 0, total: 1000, amountPaid: 0, paidAt: null, ...over });
    expect(isOverdue(inv({ status: 'overdue', amountPaid: 1000 }), today)).toBe(false);
    expect(isOverdue(inv({ status: 'pending', dueDate: '2026-03-25' }), today)).toBe(false);
    expect(isOverdue(inv({ status: 'pending', dueDate: '2026-03-24' }), today)).toBe(true);
  });
});
