import { describe, expect, it } from 'vitest';
import type { StaffMember, Task, TimeEntry } from '@model';
import { chartRows, loadLevel, workload } from './workload';

const member = (id: string, displayName: string, capacityHoursPerWeek: number, active = true): StaffMember & { id: string } => ({
  id, displayName, capacityHoursPerWeek, active, title: '', skills: [],
});
const entry = (uid: string, date: string, minutes: number): TimeEntry => ({
  uid, date, minutes, companyId: 'acme', projectId: 'web', taskId: null, billable: true, note: '',
});
const task = (uid: string | null, status: Task['status'], dueDate: string, priority: Task['priority'] = 'medium') => ({
  status, dueDate, priority, assignee: uid ? { uid, displayName: uid } : null,
});

const weeks = ['2026-03-02', '2026-03-09', '2026-03-16'];
const today = '2026-03-18'; // Wednesday

describe('workload', () => {
  const staff = [member('u-sam', 'Sam Rivera', 40), member('u-lee', 'Lee Park', 32), member('u-old', 'Old Timer', 40, false)];

  it('sums logged hours per person per week against capacity', () => {
    const summary = workload(
      staff,
      [entry('u-sam', '2026-03-02', 480), entry('u-sam', '2026-03-08', 120), entry('u-sam', '2026-03-16', 2700), entry('u-lee', '2026-03-10', 90), entry('u-sam', '2026-02-27', 600)],
      [],
      weeks,
      today,
    );
    expect(summary.people.map((p) => p.name)).toEqual(['Lee Park', 'Sam Rivera']); // inactive, idle people are left out
    const sam = summary.people.find((p) => p.uid === 'u-sam')!;
    expect(sam.hours).toEqual([10, 0, 45]);
    expect(sam.load).toEqual([0.25, 0, 1.13]);
    expect(summary.people.find((p) => p.uid === 'u-lee')!.hours).toEqual([0, 1.5, 0]);
  });

  it('counts open tasks per person: overdue, due this week, urgent; and unassigned ones', () => {
    const summary = workload(
      staff,
      [],
      [
        task('u-sam', 'todo', '2026-03-10'),
        task('u-sam', 'in_progress', '2026-03-22', 'urgent'),
        task('u-sam', 'in_review', '2026-03-23'),
        task('u-sam', 'done', '2026-03-01'),
        task(null, 'todo', '2026-03-30'),
      ],
      weeks,
      today,
    );
    expect(summary.people.find((p) => p.uid === 'u-sam')!.open).toEqual({ total: 3, overdue: 1, dueThisWeek: 1, urgent: 1 });
    expect(summary.unassignedOpen).toBe(1);
  });

  it('shapes rows for the chart', () => {
    const summary = workload(staff, [entry('u-lee', '2026-03-16', 60)], [], weeks, today);
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
