import { describe, expect, it } from 'vitest';
import type { StaffMember } from '@model';
import { chartRows, dueWindows, loadLevel, workload } from './workload';

const member = (id: string, displayName: string, capacityHoursPerWeek: number, active = true): StaffMember & { id: string } => ({
  id, displayName, capacityHoursPerWeek, active, title: '', skills: [],
});
const weeks = ['2026-03-02', '2026-03-09', '2026-03-16'];
const counts = (total: number, overdue = 0, dueThisWeek = 0, urgent = 0) => ({ total, overdue, dueThisWeek, urgent });

describe('workload', () => {
  const staff = [member('u-sam', 'Sam Rivera', 40), member('u-lee', 'Lee Park', 32), member('u-old', 'Old Timer', 40, false)];

  it('reads logged hours per person per week from the team-week rollups, against capacity', () => {
    const summary = workload(staff, [{ 'u-sam': 600 }, { 'u-lee': 90 }, { 'u-sam': 2700 }], new Map(), 0, weeks);
    expect(summary.people.map((p) => p.name)).toEqual(['Lee Park', 'Sam Rivera']); // inactive, idle people are left out
    const sam = summary.people.find((p) => p.uid === 'u-sam')!;
    expect(sam.hours).toEqual([10, 0, 45]);
    expect(sam.load).toEqual([0.25, 0, 1.13]);
    expect(summary.people.find((p) => p.uid === 'u-lee')!.hours).toEqual([0, 1.5, 0]);
  });

  it('treats a week without a rollup as nothing logged', () => {
    const summary = workload(staff, [null, undefined, { 'u-lee': 60 }], new Map(), 0, weeks);
    expect(summary.people.find((p) => p.uid === 'u-lee')!.hours).toEqual([0, 0, 1]);
  });

  it('shows the open-task counts per person, keeps an inactive person who still has open tasks, and the unassigned ones', () => {
    const summary = workload(staff, [], new Map([['u-sam', counts(3, 1, 1, 1)], ['u-old', counts(2)]]), 4, weeks);
    expect(summary.people.find((p) => p.uid === 'u-sam')!.open).toEqual(counts(3, 1, 1, 1));
    expect(summary.people.find((p) => p.uid === 'u-lee')!.open).toEqual(counts(0));
    expect(summary.people.map((p) => p.uid)).toContain('u-old');
    expect(summary.unassignedOpen).toBe(4);
  });

  it('counts due this week up to Sunday', () => {
    expect(dueWindows('2026-03-18')).toEqual({ today: '2026-03-18', sunday: '2026-03-22' });
  });

  it('shapes rows for the chart', () => {
    const summary = workload(staff, [null, null, { 'u-lee': 60 }], new Map(), 0, weeks);
    expect(chartRows(summary)[2]).toEqual({ week: '2026-03-16', 'u-lee': 1, 'u-sam': 0 });
  });
});

describe('loadLevel', () => {
  it('grades a week against capacity', () => {
    expect(loadLevel(0, 40)).toBe('idle');
    expect(loadLevel(30, 40)).toBe('ok');
    expect(loadLevel(36, 40)).toBe('near');
    expect(loadLevel(41, 40)).toBe('over');
    expect(loadLevel(1, 0)).toBe('over');
  });
});
