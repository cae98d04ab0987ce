/**
 * The Invoices page's totals and chip counts from aggregation answers (count() and sum() per
 * currency; see ./lists.ts): no invoice is read to count or add them up.
 */
import type { Currency } from '@model';
import type { ConsoleInvoiceStatus } from '../../lib/dashboardRefs';

/** count() and sum() of one slice of invoices in one currency. */
export interface SliceTotals {
  n: number;
  total: number | null;
  /** sum('amountPaid'); absent for drafts */
  paid?: number | null;
}

export interface CurrencyTotals {
  currency: Currency;
  unpaid: SliceTotals;
  overdue: SliceTotals;
  draft: SliceTotals;
}

export interface InvoiceFigures {
  /** what is still owed on issued, unpaid invoices (pending and overdue), by currency */
  outstanding: Partial<Record<Currency, number>>;
  /** the part of it past its due date */
  overdue: Partial<Record<Currency, number>>;
  /** the totals of the drafts */
  drafts: Partial<Record<Currency, number>>;
  /** how many invoices each status chip stands for */
  counts: Record<ConsoleInvoiceStatus, number>;
}

const owed = (slice: SliceTotals) => Math.max(0, (slice.total ?? 0) - (slice.paid ?? 0));

/** `others`: count()s of the statuses no currency slice covers (paid, void, and all of them). */
export function invoiceFigures(perCurrency: readonly CurrencyTotals[], others: { all: number; paid: number; void: number }): InvoiceFigures {
  const outstanding: Partial<Record<Currency, number>> = {};
  const overdue: Partial<Record<Currency, number>> = {};
  const drafts: Partial<Record<Currency, number>> = {};
  let open = 0;
  let late = 0;
  let draft = 0;
  for (const { currency, unpaid, overdue: past, draft: drafted } of perCurrency) {
    if (unpaid.n > 0) outstanding[currency] = owed(unpaid);
    if (past.n > 0) overdue[currency] = owed(past);
    if (drafted.n > 0) drafts[currency] = drafted.total ?? 0;
    open += unpaid.n;
    late += past.n;
    draft += drafted.n;
  }
  return {
    outstanding,
    overdue,
    drafts,
    counts: { open, overdue: late, pending: Math.max(0, open - late), draft, paid: others.paid, void: others.void, all: others.all },
  };
}
