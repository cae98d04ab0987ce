import { describe, expect, it } from 'vitest';
import { invoiceFigures } from './figures';

describe('invoiceFigures', () => {
  it('adds up what is owed per currency and derives the chip counts', () => {
    const figures = invoiceFigures(
      [
        { currency: 'USD', unpaid: { n: 3, total: 90_000, paid: 10_000 }, overdue: { n: 1, total: 30_000, paid: 10_000 }, draft: { n: 2, total: 5_000 } },
        { currency: 'EUR', unpaid: { n: 1, total: 1_000, paid: 0 }, overdue: { n: 0, total: 0, paid: 0 }, draft: { n: 0, total: null } },
        { currency: 'GBP', unpaid: { n: 0, total: null, paid: null }, overdue: { n: 0, total: null, paid: null }, draft: { n: 0, total: null } },
      ],
      { all: 12, paid: 5, void: 1 },
    );
    expect(figures.outstanding).toEqual({ USD: 80_000, EUR: 1_000 });
    expect(figures.overdue).toEqual({ USD: 20_000 });
    expect(figures.drafts).toEqual({ USD: 5_000 });
    expect(figures.counts).toEqual({ open: 4, overdue: 1, pending: 3, draft: 2, paid: 5, void: 1, all: 12 });
  });
});
