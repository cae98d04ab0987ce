/**
 * The billables report: logged time per person, client and month, the billable part valued at
 * each person's hourly rate. Pure: no Firebase, no React.
 */
import type { Currency, StaffRate, TimeEntry } from '@model';
import { monthKey } from '../lib/dates';

export interface BillableRow {
  uid: string;
  companyId: string;
  /** YYYY-MM */
  month: string;
  minutes: number;
  billableMinutes: number;
  /** billable minutes × hourly rate, minor units; null when the person has no rate */
  value: number | null;
  currency: Currency | null;
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
  /** inclusive YYYY-MM-DD bounds */
  from?: string;
  to?: string;
  uid?: string;
  companyId?: string;
}

function emptyTotals(): BillablesTotals {
  return { minutes: 0, billableMinutes: 0, value: {}, unratedMinutes: 0 };
}

function addTo(totals: BillablesTotals, row: BillableRow): void {
  totals.minutes += row.minutes;
  totals.billableMinutes += row.billableMinutes;
  if (row.value === null || row.currency === null) totals.unratedMinutes += row.billableMinutes;
  else totals.value[row.currency] = (totals.value[row.currency] ?? 0) + row.value;
}

function bump(map: Map<string, BillablesTotals>, key: string, row: BillableRow): void {
  let totals = map.get(key);
  if (!totals) {
    totals = emptyTotals();
    map.set(key, totals);
  }
  addTo(totals, row);
}

export function billablesReport(
  entries: readonly TimeEntry[],
  rates: Readonly<Record<string, Pick<StaffRate, 'hourlyRate' | 'currency'>>>,
  filter: BillablesFilter = {},
): BillablesReport {
  const rows = new Map<string, BillableRow>();
  for (const entry of entries) {
    if (filter.from && entry.date < filter.from) continue;
    if (filter.to && entry.date > filter.to) continue;
    if (filter.uid && entry.uid !== filter.uid) continue;
    if (filter.companyId && entry.companyId !== filter.companyId) continue;
    const month = monthKey(entry.date);
    const key = `${entry.uid}\u0000${entry.companyId}\u0000${month}`;
    let row = rows.get(key);
    if (!row) {
      const rate = rates[entry.uid];
      row = { uid: entry.uid, companyId: entry.companyId, month, minutes: 0, billableMinutes: 0, value: rate ? 0 : null, currency: rate?.currency ?? null };
      rows.set(key, row);
    }
    row.minutes += entry.minutes;
    if (entry.billable) row.billableMinutes += entry.minutes;
  }
  const list = [...rows.values()];
  for (const row of list) {
    const rate = rates[row.uid];
    if (rate) row.value = Math.round((row.billableMinutes * rate.hourlyRate) / 60);
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
