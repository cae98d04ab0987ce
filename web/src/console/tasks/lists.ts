/**
 * The Tasks page's paged lists (issue 10): the board listens to one page per status column and
 * counts each column with count(); the table listens to one page of the filtered tasks. Every
 * filter runs in the query, so the page costs what it shows, not the agency's history.
 */
import { useQueries } from '@tanstack/react-query';
import { TASK_STATUSES, type TaskStatus } from '@model';
import { consoleTaskCursor, consoleTasksQuery, type ConsoleTaskFilter } from '../../lib/dashboardRefs';
import { querySubscription } from '../../lib/live';
import { countOf, useLivePages, type LivePages } from '../../lib/pages';
import { pageQuery } from '../../lib/refs';
import { useConsole } from '../lib/env';
import { taskKeys } from '../lib/queries';
import type { ScopedTask } from './TaskViews';

export const BOARD_COLUMN_SIZE = 8;
export const TABLE_PAGE_SIZE = 25;

export const taskListKeys = {
  list: (filter: ConsoleTaskFilter) => [...taskKeys.all(), 'list', filter] as const,
  count: (filter: ConsoleTaskFilter) => [...taskKeys.all(), 'list', filter, 'count'] as const,
};

export function useTaskPages(filter: ConsoleTaskFilter, pageSize: number, enabled = true): LivePages<ScopedTask> {
  const { db } = useConsole();
  return useLivePages({
    listKey: taskListKeys.list(filter),
    pageSize,
    page: (cursor, size) => querySubscription(() => pageQuery(consoleTasksQuery(db, filter), cursor, size)),
    cursorOf: consoleTaskCursor(filter),
    enabled,
  });
}

/** Board columns: each status its own paged list; hidden columns (done) listen to nothing. */
export function useTaskBoard(filter: Omit<ConsoleTaskFilter, 'status'>, showDone: boolean) {
  const columns = {
    todo: useTaskPages({ ...filter, status: 'todo' }, BOARD_COLUMN_SIZE),
    in_progress: useTaskPages({ ...filter, status: 'in_progress' }, BOARD_COLUMN_SIZE),
    in_review: useTaskPages({ ...filter, status: 'in_review' }, BOARD_COLUMN_SIZE),
    done: useTaskPages({ ...filter, status: 'done' }, BOARD_COLUMN_SIZE, showDone),
  } satisfies Record<TaskStatus, LivePages<ScopedTask>>;
  const counts = useColumnCounts(filter, showDone, Math.max(...TASK_STATUSES.map((s) => columns[s].version)));
  const shown = TASK_STATUSES.filter((s) => showDone || s !== 'done');
  return {
    columns,
    counts,
    tasks: shown.flatMap((s) => columns[s].items),
    isPending: shown.some((s) => columns[s].isPending),
    error: shown.map((s) => columns[s].error).find(Boolean) ?? null,
    retry: () => shown.forEach((s) => columns[s].retry()),
  };
}

function useColumnCounts(filter: Omit<ConsoleTaskFilter, 'status'>, showDone: boolean, version: number): Partial<Record<TaskStatus, number | null>> {
  const { db } = useConsole();
  const statuses = TASK_STATUSES.filter((s) => showDone || s !== 'done');
  return useQueries({
    queries: statuses.map((status) => ({
      queryKey: [...taskListKeys.count({ ...filter, status }), version],
      queryFn: () => countOf(consoleTasksQuery(db, { ...filter, status })),
      placeholderData: (previous: number | undefined) => previous,
    })),
    combine: (results) => Object.fromEntries(statuses.map((s, i) => [s, results[i]?.data ?? null])),
  });
}
