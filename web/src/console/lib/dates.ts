/** Firestore moments shown as calendar days, and calendar helpers for date inputs. */
import type { TimestampLike } from '@model';
import { formatDate, todayIso } from '../../lib/format';

/** The local calendar day of a moment, `YYYY-MM-DD`. */
export function dayOf(moment: TimestampLike | Date): string {
  return todayIso(moment instanceof Date ? moment : moment.toDate());
}

export function formatMomentDay(moment: TimestampLike | null | undefined): string {
  return moment ? formatDate(dayOf(moment)) : '—';
}

/** `YYYY-MM-DD` plus n days. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d! + days));
  return date.toISOString().slice(0, 10);
}
