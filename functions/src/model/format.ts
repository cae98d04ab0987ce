/**
 * Money and calendar dates as people read them, with Intl only (it runs in Node and the browser).
 * Money is stored in integer minor units; dates are ISO `YYYY-MM-DD` calendar dates.
 */

/** Digits after the decimal point in a currency's minor unit (USD 2, JPY 0). */
function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** `formatMoney(123456, 'USD', 'en-US')` → "$1,234.56"; without a locale, the runtime's. */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 10 ** minorUnitDigits(currency));
}

/**
 * The calendar date of `now` in `timeZone` as `YYYY-MM-DD`. UTC unless told: the functions date
 * things in UTC (the overdue schedule runs at 00:05 UTC); a browser passes its own zone.
 */
export function todayIso(now: Date = new Date(), timeZone = 'UTC'): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** `formatCalendarDate('2027-01-02', 'en-US')` → "January 2, 2027" (a calendar date: no time zone shift). */
export function formatCalendarDate(isoDate: string, locale?: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
