/** Sorting and filtering tasks (pure; filter.test.ts). */
import type { Task, TaskStatus } from '@model';
import { TASK_STATUSES } from '../../lib/model';
import { daysFromToday, todayIso } from '../../lib/format';

type TaskLike = Pick<Task, 'dueDate' | 'title' | 'status' | 'projectId'>;

/** Soonest due first; no due date last; ties by title. Returns a new array. */
export function sortByDueDate<T extends TaskLike>(tasks: readonly T[]): T[] {
  return [...tasks].sort((a, b) => {
    if (a.dueDate !== b.dueDate) {
      if (!a.dueDate) return 1;
      if (!b.dueDate) return -1;
      return a.dueDate < b.dueDate ? -1 : 1;
    }
    return a.title.localeCompare(b.title);
  });
}

export interface TaskFilter {
  status: TaskStatus | 'open' | 'all';
  projectId: string | 'all';
}

export const DEFAULT_TASK_FILTER: TaskFilter = { status: 'all', projectId: 'all' };

export function filterTasks<T extends TaskLike>(tasks: readonly T[], filter: TaskFilter): T[] {
  return tasks.filter(
    (task) =>
      (filter.status === 'all' || (filter.status === 'open' ? task.status !== 'done' : task.status === filter.status)) &&
      (filter.projectId === 'all' || task.projectId === filter.projectId),
  );
}

/** The not-done tasks, soonest due first (Portal Home's "ongoing tasks"). */
export function ongoingTasks<T extends TaskLike>(tasks: readonly T[]): T[] {
  return sortByDueDate(tasks.filter((task) => task.status !== 'done'));
}

/** Reads the filter from the URL (`?status=in_review&project=x`), ignoring unknown values. */
export function parseTaskFilter(search: string): TaskFilter {
  const params = new URLSearchParams(search);
  const status = params.get('status');
  const project = params.get('project');
  return {
    status: status === 'open' || (TASK_STATUSES as readonly string[]).includes(status ?? '') ? (status as TaskFilter['status']) : 'all',
    projectId: project && project.length <= 128 ? project : 'all',
  };
}

export function taskFilterSearch(filter: TaskFilter): string {
  const params = new URLSearchParams();
  if (filter.status !== 'all') params.set('status', filter.status);
  if (filter.projectId !== 'all') params.set('project', filter.projectId);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export type DueState = 'done' | 'overdue' | 'today' | 'soon' | 'later';

/** How urgent a task's due date is, for its colour. */
export function dueState(task: Pick<Task, 'dueDate' | 'status'>, today: string = todayIso()): DueState {
  if (task.status === 'done') return 'done';
  const days = daysFromToday(task.dueDate, today);
  if (Number.isNaN(days)) return 'later';
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  if (days <= 7) return 'soon';
  return 'later';
}
