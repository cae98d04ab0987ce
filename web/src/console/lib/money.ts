/**
 * Money in the console: what people type ("48,000", "$1234.5") ↔ integer minor units of a
 * currency, totals across currencies, compact axis labels, and an invoice's balance and overdue
 * state. Display formatting itself is lib/format (Intl.NumberFormat in each amount's currency).
 */
import { invoiceBalance, LIMITS, type Currency, type Invoice } from '@model';
import { formatMoney, minorUnitDigits, numberFormat } from '../../lib/format';

export { invoiceBalance };

export interface MoneyInputOptions {
  /** a leading "-" is accepted (invoice lines: discounts); otherwise a negative amount is refused */
  allowNegative?: boolean;
  /** what an empty field means: null (refused, the default) or 0 */
  emptyAs?: 0 | null;
}

/**
 * "1,234.5" in USD → 123450; null when it is not an amount: letters, more decimals than the
 * currency has, a negative amount when not allowed. A currency symbol or code in front is ignored.
 * (moneyInputProblem says why an input is refused, LIMITS.money included.)
 */
export function parseMoneyInput(text: string, currency: Currency | string, { allowNegative = false, emptyAs = null }: MoneyInputOptions = {}): number | null {
  if (text.trim() === '') return emptyAs;
  // A comma only groups thousands: "12,50" or "1,5" (a decimal comma) is refused, never read as 1250 or 15.
  if (DECIMAL_COMMA.test(text)) return null;
  const cleaned = text.replace(/[\s,]/g, '').replace(/^(-?)[^\d.-]+/, '$1');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const negative = cleaned.startsWith('-');
  if (negative && !allowNegative) return null;
  const digits = minorUnitDigits(currency);
  const [whole = '', fraction = ''] = cleaned.replace('-', '').split('.');
  if (fraction.length > digits) return null;
  const minor = Number(whole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return null;
  return negative ? -minor : minor;
}

const DECIMAL_COMMA = /,(?!\d{3}(?!\d))/;

/**
 * Why `text` is not an amount a form may save, in words a person can act on (null: it is one):
 * a decimal comma, too many decimals, a negative or zero amount where those are refused, more
 * than LIMITS.money. `example` shows the form's kind of amount ("140 or 95.50").
 */
export function moneyInputProblem(
  text: string,
  currency: Currency | string,
  { example, positive = false, ...options }: MoneyInputOptions & { example: string; positive?: boolean },
): string | null {
  const minor = parseMoneyInput(text, currency, options);
  const digits = minorUnitDigits(currency);
  if (minor === null) {
    if (text.trim() === '') return `Enter an amount, like ${example}.`;
    if (DECIMAL_COMMA.test(text)) return `Use a point for the decimals, like ${example} (a comma only separates thousands).`;
    if (/\.\d+$/.test(text.trim()) && (text.trim().split('.').pop() ?? '').length > digits) return `${currency} amounts have at most ${digits} decimals, like ${example}.`;
    if (text.trim().startsWith('-') && !options.allowNegative) return `Enter an amount of zero or more, like ${example}.`;
    return `Enter an amount, like ${example}.`;
  }
  if (positive && minor <= 0) return `Enter an amount above zero, like ${example}.`;
  if (Math.abs(minor) > LIMITS.money) return `At most ${formatMoney(LIMITS.money, currency)}.`;
  return null;
}

/**
 * Minor units as an input's value (no grouping, no symbol): 123450 USD → "1234.50". Whole
 * amounts drop their cents ("48000") unless `fixed` asks for them ("48000.00").
 */
export function moneyInputValue(minor: number, currency: Currency | string, { fixed = false }: { fixed?: boolean } = {}): string {
  const digits = minorUnitDigits(currency);
  const abs = Math.abs(Math.round(minor));
  const whole = Math.floor(abs / 10 ** digits);
  const cents = abs % 10 ** digits;
  const fraction = digits > 0 && (fixed || cents !== 0) ? `.${String(cents).padStart(digits, '0')}` : '';
  return `${minor < 0 ? '-' : ''}${whole}${fraction}`;
}

/** { USD: 120000, EUR: 5000 } → "$1,200.00 + €50.00"; "—" when empty. */
export function formatTotals(totals: Partial<Record<Currency, number>>, empty = '—'): string {
  const entries = Object.entries(totals) as [Currency, number][];
  const nonZero = entries.filter(([, v]) => v !== 0);
  const parts = (nonZero.length ? nonZero : entries.slice(0, 1)).map(([c, v]) => formatMoney(v, c));
  return parts.length ? parts.join(' + ') : empty;
}

/** A compact axis label: 12_500_00 USD → "$12.5K". */
export function formatCompactMoney(minor: number, currency: Currency | string): string {
  return numberFormat(undefined, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(minor / 10 ** minorUnitDigits(currency));
}

export function addTo<K extends string>(totals: Partial<Record<K, number>>, key: K, amount: number): void {
  totals[key] = (totals[key] ?? 0) + amount;
}

/** Issued, not fully paid, and past its due date (or marked overdue by the nightly job). */
export function isOverdue(invoice: Pick<Invoice, 'status' | 'dueDate' | 'total' | 'amountPaid'>, today: string): boolean {
  if (invoiceBalance(invoice) <= 0) return false;
  return invoice.status === 'overdue' || (invoice.status === 'pending' && invoice.dueDate < today);
}
