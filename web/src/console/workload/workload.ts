/**
 * Team workload: logged hours per person per week against weekly capacity, and each person's
 * open tasks. Pure: no Firebase, no React (the figures come from rollups and counts, ./queries.ts).
 */
import type { StaffMember, Task } from '@model';
import { addDays, weekStart } from '../lib/dates';

export const OPEN_STATUSES: readonly Task['status'][] = ['todo', 'in_progress', 'in_review'];

/** Load above this share of capacity is "near capacity"; above 100% "over capacity". */
export const NEAR_CAPACITY = 0.85;

export type LoadLevel = 'idle' | 'ok' | 'near' | 'over';

export function loadLevel(hours: number, capacity: number): LoadLevel {
  if (capacity <= 0) return hours > 0 ? 'over' : 'idle';
  const ratio = hours / capacity;
  if (ratio === 0) return 'idle';
  if (ratio > 1) return 'over';
  if (ratio > NEAR_CAPACITY) return 'near';
  return 'ok';
}

export interface OpenTaskCounts {
  total: number;
  overdue: number;
  /** due this week (today up to Sunday), not overdue */
  dueThisWeek: number;
  urgent: number;
}

export interface PersonWorkload {
  uid: string;
  name: string;
  capacity: number;
  /** hours logged in each week of `weeks`, one decimal */
  hours: number[];
  /** share of capacity used per week, 0–∞ (1 = full) */
  load: number[];
  open: OpenTaskCounts;
}

export interface WorkloadSummary {
  weeks: string[];
  people: PersonWorkload[];
  unassignedOpen: number;
}

export function emptyCounts(): OpenTaskCounts {
  return { total: 0, overdue: 0, dueThisWeek: 0, urgent: 0 };
}

/**
 * The page's figures from what the server keeps: one team-week rollup per week shown (minutes by
 * person, null for a week nobody logged), and each person's open-task counts (aggregations).
 */
export function workload(
  staff: readonly (StaffMember & { id: string })[],
  weekMinutes: readonly (Readonly<Record<string, number>> | null | undefined)[],
  open: ReadonlyMap<string, OpenTaskCounts>,
  unassignedOpen: number,
  weeks: readonly string[],
): WorkloadSummary {
  const logged = (uid: string) => weeks.map((_, i) => weekMinutes[i]?.[uid] ?? 0);
  const people = staff
    .filter((member) => member.active || logged(member.id).some((m) => m > 0) || (open.get(member.id)?.total ?? 0) > 0)
    .map((member) => {
      const hours = logged(member.id).map((m) => Math.round((m / 60) * 10) / 10);
      const capacity = member.capacityHoursPerWeek;
      return {
        uid: member.id,
        name: member.displayName,
        capacity,
        hours,
        load: hours.map((h) => (capacity > 0 ? Math.round((h / capacity) * 100) / 100 : h > 0 ? Number.POSITIVE_INFINITY : 0)),
        open: open.get(member.id) ?? emptyCounts(),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return { weeks: [...weeks], people, unassignedOpen };
}

/** The due-date windows of the open-task counts: overdue before today, due this week up to Sunday. */
export function dueWindows(today: string): { today: string; sunday: string } {
  return { today, sunday: addDays(weekStart(today), 6) };
}

/** Rows for a chart: one per week, a key per person (uid → hours). */
export function chartRows(summary: WorkloadSummary): Array<Record<string, string | number>> {
  return summary.weeks.map((week, i) => {
    const row: Record<string, string | number> = { week };
    for (const person of summary.people) row[person.uid] = person.hours[i] ?? 0;
    return row;
  });
}
