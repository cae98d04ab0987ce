/** A task's client approvals (issue 14), live, newest first, a page at a time. */
import { querySubscription } from '../../lib/live';
import { useLivePages } from '../../lib/pages';
import { approvalCursor, approvalsQuery, pageQuery } from '../../lib/refs';
import { useConsole } from '../lib/env';

export const approvalKeys = {
  task: (companyId: string, taskId: string) => ['companies', companyId, 'tasks', taskId, 'approvals'] as const,
};

export const APPROVALS_PAGE_SIZE = 20;

export function useTaskApprovals(companyId: string, taskId: string) {
  const { db } = useConsole();
  return useLivePages({
    listKey: [...approvalKeys.task(companyId, taskId), 'list'],
    pageSize: APPROVALS_PAGE_SIZE,
    page: (cursor, size) => querySubscription(() => pageQuery(approvalsQuery(db, companyId, taskId), cursor, size)),
    cursorOf: approvalCursor,
  });
}
