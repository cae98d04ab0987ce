import { describe, expect, it } from 'vitest';
import { balanceDue, checkoutOutcome, effectiveInvoiceStatus, isPayable, outstandingFromTotals } from './status';

const base = { total: 10000, amountPaid: 0, currency: 'USD' as const };

describe('invoice status', () => {
  it('shows a pending invoice past its due date as overdue', () => {
    expect(effectiveInvoiceStatus({ ...base, status: 'pending', dueDate: '2026-03-03' }, '2026-03-04')).toBe('overdue');
    expect(effectiveInvoiceStatus({ ...base, status: 'pending', dueDate: '2026-03-04' }, '2026-03-04')).toBe('pending');
    expect(effectiveInvoiceStatus({ ...base, status: 'pending', dueDate: '2026-03-20' }, '2026-03-04')).toBe('pending');
  });

  it('keeps stored overdue and paid as they are', () => {
    expect(effectiveInvoiceStatus({ ...base, status: 'overdue', dueDate: '2026-03-20' }, '2026-03-04')).toBe('overdue');
    expect(effectiveInvoiceStatus({ ...base, status: 'paid', dueDate: '2026-01-01' }, '2026-03-04')).toBe('paid');
  });

  it('is payable only when issued and not fully paid', () => {
    expect(isPayable({ ...base, status: 'pending', dueDate: '2026-03-20' })).toBe(true);
    expect(isPayable({ ...base, status: 'overdue', dueDate: '2026-01-20' })).toBe(true);
    expect(isPayable({ ...base, status: 'overdue', dueDate: '2026-01-20', amountPaid: 10000 })).toBe(false);
    expect(isPayable({ ...base, status: 'paid', dueDate: '2026-01-20' })).toBe(false);
    expect(isPayable({ ...base, status: 'draft', dueDate: '2026-01-20' })).toBe(false);
    expect(isPayable({ ...base, status: 'void', dueDate: '2026-01-20' })).toBe(false);
    expect(balanceDue({ ...base, status: 'pending', dueDate: '', amountPaid: 2500 })).toBe(7500);
  });

  it('turns the aggregates of the unpaid invoices into what is outstanding per currency', () => {
    expect(
      outstandingFromTotals([
        { currency: 'USD', count: 2, total: 15000, paid: 2500, overdue: 1 },
        { currency: 'GBP', count: 0, total: 0, paid: 0, overdue: 0 },
        { currency: 'EUR', count: 1, total: 10000, paid: 0, overdue: 1 },
      ]),
    ).toEqual([
      { currency: 'EUR', amount: 10000, count: 1, overdue: 1 },
      { currency: 'USD', amount: 12500, count: 2, overdue: 1 },
    ]);
    expect(outstandingFromTotals([])).toEqual([]);
  });

  it('reads the Stripe return', () => {
    expect(checkoutOutcome('?checkout=success')).toBe('success');
    expect(checkoutOutcome('?checkout=cancelled')).toBe('cancelled');
    expect(checkoutOutcome('?checkout=<script>')).toBeNull();
    expect(checkoutOutcome('')).toBeNull();
  });
});
