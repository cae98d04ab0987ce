/** Invoice status as the client should see it, and what they owe (pure; status.test.ts). */
import type { Invoice, InvoiceStatus } from '@model';
import { daysFromToday, todayIso } from '../../lib/format';

type InvoiceLike = Pick<Invoice, 'status' | 'dueDate' | 'total' | 'amountPaid'>;

/**
 * Overdue as soon as the due date has passed, even while the stored status is still `pending`
 * (the daily job that flips it may not have run yet).
 */
export function effectiveInvoiceStatus(invoice: InvoiceLike, today: string = todayIso()): InvoiceStatus {
  if (invoice.status === 'pending' && daysFromToday(invoice.dueDate, today) < 0) return 'overdue';
  return invoice.status;
}

export function balanceDue(invoice: InvoiceLike): number {
  return Math.max(0, invoice.total - invoice.amountPaid);
}

/** Can the client pay it online? Issued, unpaid (in full) and not void. */
export function isPayable(invoice: InvoiceLike): boolean {
  return (invoice.status === 'pending' || invoice.status === 'overdue') && balanceDue(invoice) > 0;
}

export interface Outstanding {
  currency: string;
  amount: number;
  count: number;
  overdue: number;
}

/** The aggregates of one currency's unpaid invoices (count, sum of total and of amountPaid, overdue count). */
export interface UnpaidTotals {
  currency: string;
  count: number;
  total: number;
  paid: number;
  overdue: number;
}

/** What is still owed, per currency with something unpaid, from aggregation results (no invoice read). */
export function outstandingFromTotals(totals: readonly UnpaidTotals[]): Outstanding[] {
  return totals
    .filter((t) => t.count > 0)
    .map((t) => ({ currency: t.currency, amount: Math.max(0, t.total - t.paid), count: t.count, overdue: t.overdue }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

/** The outcome in `?checkout=` after Stripe sends the client back. */
export function checkoutOutcome(search: string): 'success' | 'cancelled' | null {
  const value = new URLSearchParams(search).get('checkout');
  return value === 'success' || value === 'cancelled' ? value : null;
}
