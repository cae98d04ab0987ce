/** Money display helpers on top of lib/format (Intl.NumberFormat in each amount's currency). */
import type { Currency } from '@model';
import { formatMoney, minorUnitDigits } from '../../lib/format';

/** { USD: 120000, EUR: 5000 } → "$1,200.00 + €50.00"; "—" when empty. */
export function formatTotals(totals: Partial<Record<Currency, number>>, empty = '—'): string {
  const entries = Object.entries(totals) as [Currency, number][];
  const nonZero = entries.filter(([, v]) => v !== 0);
  const parts = (nonZero.length ? nonZero : entries.slice(0, 1)).map(([c, v]) => formatMoney(v, c));
  return parts.length ? parts.join(' + ') : empty;
}

/** A compact axis label: 12_500_00 USD → "$12.5K". */
export function formatCompactMoney(minor: number, currency: Currency | string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(minor / 10 ** minorUnitDigits(currency));
}

export function addTo<K extends string>(totals: Partial<Record<K, number>>, key: K, amount: number): void {
  totals[key] = (totals[key] ?? 0) + amount;
}
