/** The task filter in the URL and due-date urgency (pure; filter.test.ts). */
import type { Task } from '@model';
import { daysFromToday, todayIso } from '../../lib/format';
import { TASK_STATUSES } from '@model';
import { ALL_PROJECTS, type PortalTaskFilter } from '../../lib/refs';

/** The Tasks page's filter; it runs in the query (lib/refs.ts portalTasksQuery), never over loaded tasks. */
export type TaskFilter = PortalTaskFilter;

/** Current work first: the page opens on the not-done tasks of every project. */
export const DEFAULT_TASK_FILTER: TaskFilter = { status: 'open', projectId: ALL_PROJECTS };

export function isDefaultTaskFilter(filter: TaskFilter): boolean {
  return filter.status === DEFAULT_TASK_FILTER.status && filter.projectId === DEFAULT_TASK_FILTER.projectId;
}

/** Reads the filter from the URL (`?status=in_review&project=x`, `?status=all`), ignoring unknown values. */
export function parseTaskFilter(search: string): TaskFilter {
  const params = new URLSearchParams(search);
  const status = params.get('status');
  const project = params.get('project');
  const known = status === 'open' || status === 'all' || (TASK_STATUSES as readonly string[]).includes(status ?? '');
  return {
    status: known ? (status as TaskFilter['status']) : DEFAULT_TASK_FILTER.status,
    projectId: project && project.length <= 128 ? project : ALL_PROJECTS,
  };
}

/** The URL of a filter: the default is the bare page. */
export function taskFilterSearch(filter: TaskFilter): string {
  const params = new URLSearchParams();
  if (filter.status !== DEFAULT_TASK_FILTER.status) params.set('status', filter.status);
  if (filter.projectId !== ALL_PROJECTS) params.set('project', filter.projectId);
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
