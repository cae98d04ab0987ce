/**
 * The billables report: logged time per person, client and month, the billable part valued at
 * each person's hourly rate — from the month's billables rollup (one document per month, kept by
 * Cloud Functions as time is logged). Pure: no Firebase, no React.
 */
import type { BillablesRollup, Currency } from '@model';

export interface BillableRow {
  uid: string;
  companyId: string;
  /** YYYY-MM */
  month: string;
  minutes: number;
  billableMinutes: number;
  /** billable minutes × hourly rate, minor units, by the rate's currency */
  value: Partial<Record<Currency, number>>;
  /** billable minutes logged without a rate (not valued) */
  unratedMinutes: number;
}

export interface BillablesTotals {
  minutes: number;
  billableMinutes: number;
  /** value per currency (rates may differ in currency) */
  value: Partial<Record<Currency, number>>;
  /** billable minutes that could not be valued (no rate) */
  unratedMinutes: number;
}

export interface BillablesReport {
  rows: BillableRow[];
  totals: BillablesTotals;
  byPerson: Map<string, BillablesTotals>;
  byClient: Map<string, BillablesTotals>;
  byMonth: Map<string, BillablesTotals>;
}

export interface BillablesFilter {
  uid?: string;
  companyId?: string;
}

function emptyTotals(): BillablesTotals {
  return { minutes: 0, billableMinutes: 0, value: {}, unratedMinutes: 0 };
}

function addTo(totals: BillablesTotals, row: BillableRow): void {
  totals.minutes += row.minutes;
  totals.billableMinutes += row.billableMinutes;
  totals.unratedMinutes += row.unratedMinutes;
  for (const [currency, value] of Object.entries(row.value) as [Currency, number][]) totals.value[currency] = (totals.value[currency] ?? 0) + value;
}

function bump(map: Map<string, BillablesTotals>, key: string, row: BillableRow): void {
  let totals = map.get(key);
  if (!totals) {
    totals = emptyTotals();
    map.set(key, totals);
  }
  addTo(totals, row);
}

export function billablesReport(rollups: readonly Pick<BillablesRollup, 'month' | 'cells'>[], filter: BillablesFilter = {}): BillablesReport {
  const list: BillableRow[] = [];
  for (const { month, cells } of rollups) {
    for (const [uid, clients] of Object.entries(cells ?? {})) {
      if (filter.uid && uid !== filter.uid) continue;
      for (const [companyId, cell] of Object.entries(clients)) {
        if (filter.companyId && companyId !== filter.companyId) continue;
        if (!cell.minutes) continue;
        list.push({
          uid,
          companyId,
          month,
          minutes: cell.minutes,
          billableMinutes: cell.billableMinutes ?? 0,
          value: Object.fromEntries(Object.entries(cell.value ?? {}).filter(([, v]) => v !== 0)) as Partial<Record<Currency, number>>,
          unratedMinutes: cell.unratedMinutes ?? 0,
        });
      }
    }
  }
  list.sort((a, b) => b.month.localeCompare(a.month) || a.uid.localeCompare(b.uid) || a.companyId.localeCompare(b.companyId));

  const report: BillablesReport = { rows: list, totals: emptyTotals(), byPerson: new Map(), byClient: new Map(), byMonth: new Map() };
  for (const row of list) {
    addTo(report.totals, row);
    bump(report.byPerson, row.uid, row);
    bump(report.byClient, row.companyId, row);
    bump(report.byMonth, row.month, row);
  }
  return report;
}

/** Share of logged time that is billable, 0–100 (rounded); 0 when nothing is logged. */
export function utilisation(totals: Pick<BillablesTotals, 'minutes' | 'billableMinutes'>): number {
  return totals.minutes === 0 ? 0 : Math.round((totals.billableMinutes / totals.minutes) * 100);
}
