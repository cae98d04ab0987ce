import { describe, expect, it } from 'vitest';
import type { Expense, TimeEntry } from '@model';
import { allowedActions, expenseLines, hourlyLines, impliedTaxRate, invoiceTotals, isInvoiceNumberTaken, issueProblem, lineAmount, nextInvoiceNumber, parseInvoiceNumber, taxFor } from './invoiceMath';

describe('totals', () => {
  it('rounds each line to a minor unit and sums', () => {
    expect(lineAmount({ quantity: 1.5, unitAmount: 12001 })).toBe(18002); // 18001.5 → 18002
    expect(invoiceTotals([{ quantity: 24, unitAmount: 12000 }, { quantity: 1, unitAmount: 450000 }], 8)).toEqual({
      subtotal: 738000,
      tax: 59040,
      total: 797040,
    });
  });

  it('taxes at fractional rates without float drift', () => {
    expect(taxFor(10000, 8.25)).toBe(825);
    expect(taxFor(333, 10)).toBe(33);
    expect(taxFor(335, 10)).toBe(34); // 33.5 rounds up
    expect(taxFor(10000, 0)).toBe(0);
    expect(taxFor(10000, Number.NaN)).toBe(0);
  });

  it('total is always subtotal + tax (the rules check it)', () => {
    for (const rate of [0, 5, 7.5, 8, 19.6, 20]) {
      const t = invoiceTotals([{ quantity: 3.33, unitAmount: 9999 }, { quantity: 1, unitAmount: -500 }], rate);
      expect(t.total).toBe(t.subtotal + t.tax);
      expect(Number.isInteger(t.tax)).toBe(true);
    }
  });

  it('recovers the rate of a saved invoice', () => {
    expect(impliedTaxRate({ subtotal: 1200000, tax: 96000 })).toBe(8);
    expect(impliedTaxRate({ subtotal: 0, tax: 0 })).toBe(0);
    expect(impliedTaxRate({ subtotal: 10000, tax: 825 })).toBe(8.25);
  });
});

describe('numbering', () => {
  it('is one more than the highest INV-#### across the agency', () => {
    expect(nextInvoiceNumber(['INV-1001', 'INV-1004', 'INV-2001', 'INV-1003'])).toBe('INV-2002');
  });
  it('starts at INV-1001 and ignores numbers in other formats', () => {
    expect(nextInvoiceNumber([])).toBe('INV-1001');
    expect(nextInvoiceNumber(['2024/7', 'ACME-99999'])).toBe('INV-1001');
  });
  it('pads to four digits and grows beyond', () => {
    expect(nextInvoiceNumber(['INV-0007'])).toBe('INV-1001');
    expect(nextInvoiceNumber(['INV-9999'])).toBe('INV-10000');
    expect(parseInvoiceNumber(' INV-0042 ')).toBe(42);
    expect(parseInvoiceNumber('inv-42')).toBeNull();
  });
  it('detects a number already in use, except on the invoice itself', () => {
    const all = [{ id: 'a', number: 'INV-1001' }, { id: 'b', number: 'INV-1002' }];
    expect(isInvoiceNumberTaken('inv-1002', all)).toBe(true);
    expect(isInvoiceNumberTaken('INV-1002', all, 'b')).toBe(false);
    expect(isInvoiceNumberTaken('INV-1003', all)).toBe(false);
  });
});

const entry = (over: Partial<TimeEntry>): TimeEntry => ({
  uid: 'u-sam',
  companyId: 'acme',
  projectId: 'web',
  taskId: null,
  date: '2026-03-02',
  minutes: 60,
  billable: true,
  note: '',
  ...over,
});

describe('hourly lines from time entries', () => {
  const source = {
    rates: { 'u-sam': { hourlyRate: 14000, currency: 'USD' as const }, 'u-lee': { hourlyRate: 12000, currency: 'EUR' as const } },
    people: { 'u-sam': 'Sam Rivera', 'u-lee': 'Lee Park', 'u-ada': 'Ada Lovelace' },
    projects: { web: 'Website Redesign', brand: 'Brand Refresh' },
    currency: 'USD' as const,
  };

  it('groups billable minutes per project and person at the hourly rate', () => {
    const lines = hourlyLines('acme', {
      ...source,
      entries: [
        entry({ minutes: 90 }),
        entry({ minutes: 30, date: '2026-03-05' }),
        entry({ minutes: 600, billable: false }),
        entry({ companyId: 'globex', minutes: 120 }),
        entry({ projectId: 'brand', minutes: 45 }),
      ],
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ description: 'Brand Refresh — Sam Rivera', quantity: 0.75, unitAmount: 14000, kind: 'hourly', problem: null });
    expect(lines[1]).toMatchObject({ description: 'Website Redesign — Sam Rivera', quantity: 2, unitAmount: 14000, detail: '2 entries, 2026-03-02 – 2026-03-05' });
  });

  it('filters by period and project', () => {
    const entries = [entry({ date: '2026-02-27' }), entry({ date: '2026-03-01' }), entry({ date: '2026-03-31' }), entry({ projectId: 'brand', date: '2026-03-10' })];
    const lines = hourlyLines('acme', { ...source, entries, from: '2026-03-01', to: '2026-03-31', projectId: 'web' });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.quantity).toBe(2);
  });

  it('flags a missing rate or another currency', () => {
    const lines = hourlyLines('acme', { ...source, entries: [entry({ uid: 'u-lee' }), entry({ uid: 'u-ada' })] });
    expect(lines.find((l) => l.description.includes('Lee'))!.problem).toMatch(/EUR/);
    expect(lines.find((l) => l.description.includes('Ada'))!.problem).toMatch(/no hourly rate/);
  });
});

describe('expense lines', () => {
  const expense = (over: Partial<Expense>): Expense => ({
    companyId: 'acme', projectId: 'web', amount: 34900, currency: 'USD', category: 'media', date: '2026-03-03', createdBy: 'u-sam', description: 'Stock photography', ...over,
  });
  it('bills each expense at cost, oldest first', () => {
    const lines = expenseLines('acme', [expense({ date: '2026-03-09', description: '' , category: 'travel'}), expense({}), expense({ companyId: 'globex' })], {
      currency: 'USD',
      projects: { web: 'Website Redesign' },
    });
    expect(lines.map((l) => [l.description, l.quantity, l.unitAmount, l.kind])).toEqual([
      ['Stock photography (Website Redesign)', 1, 34900, 'expense'],
      ['travel (Website Redesign)', 1, 34900, 'expense'],
    ]);
  });
  it('flags another currency', () => {
    expect(expenseLines('acme', [expense({ currency: 'GBP' })], { currency: 'USD' })[0]!.problem).toMatch(/GBP/);
  });
});

describe('what an admin may do', () => {
  it('follows the rules: drafts are edited, issued or voided; unpaid issued ones voided', () => {
    expect(allowedActions({ status: 'draft', amountPaid: 0, total: 1 })).toEqual(['edit', 'issue', 'void', 'delete']);
    expect(allowedActions({ status: 'pending', amountPaid: 0, total: 1 })).toEqual(['recordPayment', 'void']);
    expect(allowedActions({ status: 'overdue', amountPaid: 5, total: 10 })).toEqual(['recordPayment']);
    expect(allowedActions({ status: 'paid', amountPaid: 10, total: 10 })).toEqual([]);
    expect(allowedActions({ status: 'void', amountPaid: 0, total: 10 })).toEqual([]);
  });
  it('will not issue an empty or zero invoice', () => {
    expect(issueProblem({ lineItems: [], total: 0, issueDate: '2026-03-01', dueDate: '2026-03-31' })).toMatch(/line item/);
    expect(issueProblem({ lineItems: [{ description: 'x', quantity: 1, unitAmount: 0, kind: 'fixed' }], total: 0, issueDate: '2026-03-01', dueDate: '2026-03-31' })).toMatch(/more than zero/);
    expect(issueProblem({ lineItems: [{ description: 'x', quantity: 1, unitAmount: 5, kind: 'fixed' }], total: 5, issueDate: '2026-03-01', dueDate: '2026-03-31' })).toBeNull();
  });
});
