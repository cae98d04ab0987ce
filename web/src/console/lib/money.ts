/** Money typed by a person ("48,000", "1234.5") ↔ integer minor units of a currency. */
import { minorUnitDigits } from '../../lib/format';

export function parseMoneyInput(text: string, currency: string): number | null {
  const cleaned = text.replace(/[\s,$€£]/g, '').replace(/^[A-Z]{3}(?=[\d.])/i, '');
  if (cleaned === '') return 0;
  if (!/^\d+(\.\d*)?$/.test(cleaned)) return null;
  const minor = Math.round(Number(cleaned) * 10 ** minorUnitDigits(currency));
  return Number.isSafeInteger(minor) && minor <= 100_000_000_000 ? minor : null;
}

export function moneyInputValue(minor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const value = minor / 10 ** digits;
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}
