/**
 * Team workload: logged hours per person per week against weekly capacity, and each person's
 * open tasks. Pure: no Firebase, no React.
 */
import type { StaffMember, Task, TimeEntry } from '@model';
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

function emptyCounts(): OpenTaskCounts {
  return { total: 0, overdue: 0, dueThisWeek: 0, urgent: 0 };
}

export function workload(
  staff: readonly (StaffMember & { id: string })[],
  entries: readonly TimeEntry[],
  tasks: readonly Pick<Task, 'status' | 'assignee' | 'dueDate' | 'priority'>[],
  weeks: readonly string[],
  today: string,
): WorkloadSummary {
  const weekIndex = new Map(weeks.map((w, i) => [w, i]));
  const minutes = new Map<string, number[]>();
  for (const entry of entries) {
    const i = weekIndex.get(weekStart(entry.date));
    if (i === undefined) continue;
    let row = minutes.get(entry.uid);
    if (!row) {
      row = weeks.map(() => 0);
      minutes.set(entry.uid, row);
    }
    row[i] = (row[i] ?? 0) + entry.minutes;
  }

  const sunday = addDays(weekStart(today), 6);
  const open = new Map<string, OpenTaskCounts>();
  let unassignedOpen = 0;
  for (const task of tasks) {
    if (!OPEN_STATUSES.includes(task.status)) continue;
    if (!task.assignee) {
      unassignedOpen += 1;
      continue;
    }
    let counts = open.get(task.assignee.uid);
    if (!counts) {
      counts = emptyCounts();
      open.set(task.assignee.uid, counts);
    }
    counts.total += 1;
    if (task.dueDate < today) counts.overdue += 1;
    else if (task.dueDate <= sunday) counts.dueThisWeek += 1;
    if (task.priority === 'urgent') counts.urgent += 1;
  }

  const people = staff
    .filter((member) => member.active || minutes.has(member.id) || open.has(member.id))
    .map((member) => {
      const hours = (minutes.get(member.id) ?? weeks.map(() => 0)).map((m) => Math.round((m / 60) * 10) / 10);
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

/** Rows for a chart: one per week, a key per person (uid → hours). */
export function chartRows(summary: WorkloadSummary): Array<Record<string, string | number>> {
  return summary.weeks.map((week, i) => {
    const row: Record<string, string | number> = { week };
    for (const person of summary.people) row[person.uid] = person.hours[i] ?? 0;
    return row;
  });
}
