/** Rate arithmetic for the Team page. Pure. */
import type { StaffRate } from '@model';

/** Gross margin of an hour: (hourly − cost) ÷ hourly, as a whole percent; null without an hourly rate. */
export function marginPercent(rate: Pick<StaffRate, 'hourlyRate' | 'costRate'>): number | null {
  return rate.hourlyRate > 0 ? Math.round(((rate.hourlyRate - rate.costRate) / rate.hourlyRate) * 100) : null;
}

/** Below this margin a rate is flagged on the Team page. */
export const LOW_MARGIN = 30;
