/**
 * Money and date formatting with Intl only (no date library). Money is stored in integer minor
 * units of the invoice's currency; calendar dates are ISO `YYYY-MM-DD` strings with no time zone.
 */

import { whenIdle } from './idle';

export { initials } from './initials';

/**
 * Making an Intl formatter costs a phone 15–20 ms of main thread (a page's one long task once
 * was mostly `new Intl.DateTimeFormat`), so each is made once per locale and options and kept.
 */
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function kept<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(kind: string, locale: string | undefined, options: object, make: () => F): F {
  const key = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key) as F | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

/** A kept `Intl.NumberFormat`. */
export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions) => kept('number', locale, options, () => new Intl.NumberFormat(locale, options));
/** A kept `Intl.DateTimeFormat`. */
export const dateFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions) => kept('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
const relativeFormat = (locale: string | undefined) => kept('relative', locale, {}, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

const CALENDAR_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
const MOMENT: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

function currencyFormat(currency: string, locale?: string): Intl.NumberFormat {
  return numberFormat(locale, { style: 'currency', currency });
}

/** Digits after the decimal point in a currency's minor unit (USD 2, JPY 0). */
export function minorUnitDigits(currency: string): number {
  return currencyFormat(currency, 'en').resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Makes the formatters a page of dates and amounts needs while it waits for its data, so the
 * render that shows the data does not make them inside its task. The first formatter a page makes
 * loads the locale's ICU data: 35–60 ms of one task on a 2-core machine, four times that on a
 * phone. That data is kept for the whole renderer process, so a worker loads it on another core
 * first; then the formatters cost the main thread about a millisecond. Returns a cancel.
 */
export function warmFormats(currency = 'USD'): () => void {
  const make = () => {
    dateFormat(undefined, CALENDAR_DATE);
    relativeFormat(undefined);
    currencyFormat(currency);
    minorUnitDigits(currency);
    dateFormat(undefined, MOMENT);
  };
  // without the worker's answer (no workers here, or it failed) the page makes them itself, 2 s in
  let later = whenIdle(make, { afterMs: 2000, timeoutMs: 100 });
  let worker: Worker | undefined;
  try {
    const url = URL.createObjectURL(new Blob([`new Intl.DateTimeFormat(void 0,{dateStyle:"medium",timeStyle:"short"}).format(0);new Intl.NumberFormat(void 0,{style:"currency",currency:${JSON.stringify(currency)}}).format(1);new Intl.RelativeTimeFormat().format(1,"day");postMessage(0)`]));
    const loaded = new Worker(url);
    URL.revokeObjectURL(url); // the worker took the script when it was made
    worker = loaded;
    loaded.onmessage = loaded.onerror = () => {
      if (worker !== loaded) return; // cancelled
      loaded.terminate();
      later();
      later = whenIdle(make, { timeoutMs: 100 });
    };
  } catch {
    // no workers
  }
  return () => {
    later();
    worker?.terminate();
    worker = undefined;
  };
}

/** `formatMoney(123456, 'USD')` → "$1,234.56" (in the user's locale). */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  const amount = minor / 10 ** minorUnitDigits(currency);
  return currencyFormat(currency, locale).format(amount);
}

/** Formats a quantity without trailing zeros: 24 → "24", 1.5 → "1.5". */
export function formatQuantity(quantity: number, locale?: string): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(quantity);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since the epoch for an ISO date, or NaN when it is not one. */
export function isoDayNumber(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

/** Today's calendar date where the user is, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Whole days from `today` to `iso` (negative when `iso` is in the past). */
export function daysFromToday(iso: string, today: string = todayIso()): number {
  return isoDayNumber(iso) - isoDayNumber(today);
}

/** An ISO calendar date as "Mar 4, 2026" (no time zone shift: it is a calendar date). */
export function formatDate(iso: string | null | undefined, locale?: string): string {
  if (!iso) return '—';
  const day = isoDayNumber(iso);
  if (Number.isNaN(day)) return iso;
  return dateFormat(locale, CALENDAR_DATE).format(new Date(day * 86_400_000));
}

/** Two ISO dates as a range: "Mar 4 – Jun 1, 2026". */
export function formatDateRange(start: string, end: string, locale?: string): string {
  const a = isoDayNumber(start);
  const b = isoDayNumber(end);
  if (Number.isNaN(a) || Number.isNaN(b)) return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  return dateFormat(locale, CALENDAR_DATE).formatRange(new Date(a * 86_400_000), new Date(b * 86_400_000));
}

/** A moment (a Firestore timestamp's Date) as "Mar 4, 2026, 3:05 PM". */
export function formatDateTime(date: Date | null | undefined, locale?: string): string {
  if (!date) return 'just now';
  return dateFormat(locale, MOMENT).format(date);
}

/** "today", "tomorrow", "in 3 days", "2 days ago" for an ISO date relative to today. */
export function formatRelativeDay(iso: string, today: string = todayIso(), locale?: string): string {
  const days = daysFromToday(iso, today);
  if (Number.isNaN(days)) return '';
  const rtf = relativeFormat(locale);
  if (Math.abs(days) < 14) return rtf.format(days, 'day');
  if (Math.abs(days) < 60) return rtf.format(Math.round(days / 7), 'week');
  return rtf.format(Math.round(days / 30), 'month');
}

/** A file size in bytes as "184 kB"; empty for 0 (a link, not a file). */
export function formatFileSize(bytes: number, locale?: string): string {
  if (!bytes || bytes <= 0) return '';
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return numberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** The first name to greet someone by. */
export function firstName(name: string): string {
  const local = name.includes('@') && !name.includes(' ') ? name.split('@')[0]! : name;
  const first = local.trim().split(/[\s._-]+/)[0] ?? '';
  return first ? first[0]!.toUpperCase() + first.slice(1) : '';
}

/** "Good morning" / "Good afternoon" / "Good evening" by the local hour. */
export function greeting(now: Date = new Date()): string {
  const hour = now.getHours();
  if (hour < 5) return 'Good evening';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}
