/**
 * Calendar days for the console: Firestore moments shown as days, and periods on ISO dates
 * (`YYYY-MM-DD`, no time zone) — months and Monday-start weeks — plus durations in minutes.
 */
import type { TimestampLike } from '@model';
import { dateFormat, formatDate, isoDayNumber, todayIso } from '../../lib/format';

const DAY_MS = 86_400_000;

/** The local calendar day of a moment, `YYYY-MM-DD`. */
export function dayOf(moment: TimestampLike | Date): string {
  return todayIso(moment instanceof Date ? moment : moment.toDate());
}

export function formatMomentDay(moment: TimestampLike | null | undefined): string {
  return moment ? formatDate(dayOf(moment)) : '—';
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus n days. */
export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(isoDayNumber(iso) + days);
}

/** "2026-03-17" → "2026-03" */
export function monthKey(iso: string): string {
  return iso.slice(0, 7);
}

/** The Monday of the week holding `iso`, as an ISO date. */
export function weekStart(iso: string): string {
  const day = isoDayNumber(iso);
  if (Number.isNaN(day)) return iso;
  // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  const sinceMonday = (((day + 3) % 7) + 7) % 7;
  return isoFromDayNumber(day - sinceMonday);
}

/** The `count` week starts ending with the week of `today`, oldest first. */
export function lastWeeks(today: string, count: number): string[] {
  const current = weekStart(today);
  return Array.from({ length: count }, (_, i) => addDays(current, -7 * (count - 1 - i)));
}

/** The `count` month keys ending with the month of `today`, oldest first. */
export function lastMonths(today: string, count: number): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const offset = m - 1 - (count - 1 - i);
    const year = y + Math.floor(offset / 12);
    const month = ((offset % 12) + 12) % 12;
    return `${year}-${String(month + 1).padStart(2, '0')}`;
  });
}

/** "2026-03" → "Mar 2026" (or "Mar" with `short`). */
export function formatMonth(key: string, options: { short?: boolean; locale?: string } = {}): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  const format = dateFormat(options.locale, options.short ? { month: 'short', timeZone: 'UTC' } : { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(Date.UTC(y, m - 1, 1)));
}

/** "2026-03-16" → "Mar 16" */
export function formatWeek(start: string, locale?: string): string {
  const day = isoDayNumber(start);
  return dateFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(day * DAY_MS));
}

/** Minutes as hours to one decimal: 90 → 1.5 */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 10) / 10;
}

/** 90 → "1h 30m", 60 → "1h", 45 → "45m" */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (minutes === 0) return '0h';
  if (h === 0) return `${m}m`;
  return m === 0 ? `${h}h` : `${h}h ${m}m`;
}

/** "1.5", "1:30", "90m", "2h", "1h 30m" → minutes; null when unreadable. */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  let match = /^(\d+):([0-5]\d)$/.exec(t);
  if (match) return Number(match[1]) * 60 + Number(match[2]);
  match = /^(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?$/.exec(t);
  if (match && (match[1] || match[2])) return Math.round(Number(match[1] ?? 0) * 60) + Number(match[2] ?? 0);
  match = /^(\d+(?:\.\d+)?)$/.exec(t);
  if (match) return Math.round(Number(match[1]) * 60);
  return null;
}
