/**
 * The revenue dashboard's figures. Pure: no Firebase, no React.
 *
 * - invoiced: totals of issued invoices (pending, overdue, paid), by issue month
 * - paid: payments received (refunds negative), by the month they were paid
 * - outstanding: what is still owed on the invoices issued that month
 * - overdue: balance of invoices marked overdue, or pending past their due date
 * Drafts and voided invoices count nowhere. One currency at a time: amounts are never converted.
 */
import type { Currency, Invoice, InvoiceStatus } from '@model';
import { monthKey } from '../lib/dates';
import { invoiceBalance, isOverdue } from '../lib/money';

export const ISSUED: readonly InvoiceStatus[] = ['pending', 'overdue', 'paid'];

export interface RevenueInvoice extends Pick<Invoice, 'status' | 'issueDate' | 'dueDate' | 'currency' | 'total' | 'amountPaid'> {
  id: string;
  companyId: string;
  number: string;
}

export interface RevenuePayment {
  companyId: string;
  amount: number;
  currency: Currency;
  /** YYYY-MM-DD the money arrived */
  paidOn: string;
}

export interface MonthRevenue {
  month: string;
  invoiced: number;
  paid: number;
  outstanding: number;
}

export interface ClientRevenue {
  companyId: string;
  invoiced: number;
  paid: number;
  outstanding: number;
  invoices: number;
}

export interface RevenueSummary {
  months: MonthRevenue[];
  totals: { invoiced: number; paid: number; outstanding: number };
  overdue: { amount: number; count: number; invoices: RevenueInvoice[] };
  topClients: ClientRevenue[];
}

/** The currencies that appear on issued invoices, most used first. */
export function currenciesInUse(invoices: readonly Pick<Invoice, 'status' | 'currency'>[]): Currency[] {
  const counts = new Map<Currency, number>();
  for (const invoice of invoices) {
    if (!ISSUED.includes(invoice.status)) continue;
    counts.set(invoice.currency, (counts.get(invoice.currency) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
}

export function revenueSummary(
  invoices: readonly RevenueInvoice[],
  payments: readonly RevenuePayment[],
  options: { months: readonly string[]; currency: Currency; today: string; topClients?: number },
): RevenueSummary {
  const byMonth = new Map(options.months.map((month) => [month, { month, invoiced: 0, paid: 0, outstanding: 0 }]));
  const clients = new Map<string, ClientRevenue>();
  const client = (companyId: string) => {
    let c = clients.get(companyId);
    if (!c) {
      c = { companyId, invoiced: 0, paid: 0, outstanding: 0, invoices: 0 };
      clients.set(companyId, c);
    }
    return c;
  };
  const overdue: RevenueInvoice[] = [];

  for (const invoice of invoices) {
    if (invoice.currency !== options.currency || !ISSUED.includes(invoice.status)) continue;
    const balance = invoice.status === 'paid' ? 0 : invoiceBalance(invoice);
    const row = byMonth.get(monthKey(invoice.issueDate));
    if (row) {
      row.invoiced += invoice.total;
      row.outstanding += balance;
    }
    const c = client(invoice.companyId);
    c.invoiced += invoice.total;
    c.outstanding += balance;
    c.invoices += 1;
    if (isOverdue(invoice, options.today)) overdue.push(invoice);
  }
  for (const payment of payments) {
    if (payment.currency !== options.currency) continue;
    const row = byMonth.get(monthKey(payment.paidOn));
    if (row) row.paid += payment.amount;
    client(payment.companyId).paid += payment.amount;
  }

  const months = [...byMonth.values()];
  overdue.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return {
    months,
    totals: {
      invoiced: months.reduce((s, m) => s + m.invoiced, 0),
      paid: months.reduce((s, m) => s + m.paid, 0),
      outstanding: months.reduce((s, m) => s + m.outstanding, 0),
    },
    overdue: { amount: overdue.reduce((s, i) => s + invoiceBalance(i), 0), count: overdue.length, invoices: overdue },
    topClients: [...clients.values()]
      .filter((c) => c.invoiced > 0 || c.paid > 0)
      .sort((a, b) => b.invoiced - a.invoiced || b.paid - a.paid || a.companyId.localeCompare(b.companyId))
      .slice(0, options.topClients ?? 5),
  };
}
