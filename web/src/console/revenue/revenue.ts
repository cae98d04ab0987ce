/**
 * The revenue dashboard's figures, from the rollups Cloud Functions keep (issue 10). Pure: no
 * Firebase, no React.
 *
 * - invoiced: totals of issued invoices (pending, overdue, paid), by issue month
 * - paid: payments received (refunds negative), by the month they were paid
 * - outstanding: what is still owed on the invoices issued that month
 * - overdue: balance of invoices marked overdue, or pending past their due date (aggregations)
 * Drafts and voided invoices count nowhere. One currency at a time: amounts are never converted.
 */
import type { ClientRollup, Currency, MonthRollup, MoneyByCurrency } from '@model';
import { CURRENCIES } from '@model';

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

export interface MonthsSummary {
  months: MonthRevenue[];
  totals: { invoiced: number; paid: number; outstanding: number };
}

export type MonthFigures = Pick<MonthRollup, 'month'> & Partial<Pick<MonthRollup, 'invoiced' | 'received' | 'outstanding'>>;

const amount = (money: MoneyByCurrency | undefined, currency: Currency) => money?.[currency] ?? 0;

/** One row per month asked for (zero where no rollup exists), in the currency. */
export function monthsSummary(rollups: readonly MonthFigures[], months: readonly string[], currency: Currency): MonthsSummary {
  const byMonth = new Map(rollups.map((r) => [r.month, r]));
  const rows = months.map((month) => {
    const r = byMonth.get(month);
    return { month, invoiced: amount(r?.invoiced, currency), paid: amount(r?.received, currency), outstanding: amount(r?.outstanding, currency) };
  });
  return {
    months: rows,
    totals: {
      invoiced: rows.reduce((s, m) => s + m.invoiced, 0),
      paid: rows.reduce((s, m) => s + m.paid, 0),
      outstanding: rows.reduce((s, m) => s + m.outstanding, 0),
    },
  };
}

/** The currencies with any invoice or payment in these months, most invoiced first. */
export function currenciesInUse(rollups: readonly MonthFigures[]): Currency[] {
  const totals = new Map<Currency, number>();
  for (const r of rollups) {
    for (const money of [r.invoiced, r.received]) {
      for (const [code, value] of Object.entries(money ?? {})) {
        if ((CURRENCIES as readonly string[]).includes(code) && value) totals.set(code as Currency, (totals.get(code as Currency) ?? 0) + Math.abs(value));
      }
    }
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
}

/** A client's all-time figures in the currency. */
export function clientRevenue(rollup: Pick<ClientRollup, 'companyId' | 'invoices' | 'invoiced' | 'paid' | 'outstanding'>, currency: Currency): ClientRevenue {
  return {
    companyId: rollup.companyId,
    invoiced: amount(rollup.invoiced, currency),
    paid: amount(rollup.paid, currency),
    outstanding: amount(rollup.outstanding, currency),
    invoices: rollup.invoices,
  };
}

/** What an overdue aggregation says: how many, and total − amount paid. */
export interface OverdueFigures {
  count: number;
  amount: number;
}

export function overdueFigures(parts: readonly { count: number; total: number | null; paid: number | null }[]): OverdueFigures {
  return parts.reduce((s, p) => ({ count: s.count + p.count, amount: s.amount + Math.max(0, (p.total ?? 0) - (p.paid ?? 0)) }), { count: 0, amount: 0 });
}
