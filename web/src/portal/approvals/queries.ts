/**
 * Approvals: a task's client decisions (every review round, newest first, a page at a time), the
 * signed-in client's own decision in the current round (one document: whether to offer the form
 * never depends on how many decisions are loaded) — live — and recording one.
 */
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { ApprovalDecision } from '@model';
import { docSubscription, live, querySubscription } from '../../lib/live';
import { useLivePages } from '../../lib/pages';
import { approvalCursor, approvalRef, approvalsQuery, pageQuery } from '../../lib/refs';
import { decideApproval } from '../../lib/requests';
import { scopeKey, usePortal, type PortalScope } from '../lib/context';

export const approvalKeys = {
  all: (scope: PortalScope) => [...scopeKey(scope), 'approvals'] as const,
  task: (scope: PortalScope, taskId: string) => [...approvalKeys.all(scope), 'task', taskId] as const,
  mine: (scope: PortalScope, taskId: string, round: number) => [...approvalKeys.task(scope, taskId), 'mine', round] as const,
};

/** Decisions shown per page. */
export const APPROVAL_PAGE = 10;

export function useTaskApprovals(taskId: string) {
  const scope = usePortal();
  return useLivePages({
    listKey: [...approvalKeys.task(scope, taskId), 'list'],
    pageSize: APPROVAL_PAGE,
    page: (cursor, size) => querySubscription(() => pageQuery(approvalsQuery(scope.db, scope.companyId, taskId), cursor, size)),
    cursorOf: approvalCursor,
  });
}

export const myApprovalQuery = (scope: PortalScope, taskId: string, round: number) =>
  queryOptions({
    queryKey: approvalKeys.mine(scope, taskId, round),
    ...live(docSubscription(() => approvalRef(scope.db, scope.companyId, taskId, round, scope.uid))),
  });

/** The signed-in client's decision in `round` (null: none yet); a preview never decides, so never asks. */
export function useMyApproval(taskId: string, round: number, enabled: boolean) {
  const scope = usePortal();
  return useQuery({ ...myApprovalQuery(scope, taskId, round), enabled: enabled && !scope.preview });
}

/** Record the signed-in client's decision on the task's current review round. */
export function useDecideApproval(taskId: string) {
  const scope = usePortal();
  return useMutation<void, Error, { reviewRound: number; decision: ApprovalDecision; comment: string }>({
    mutationFn: ({ reviewRound, decision, comment }) =>
      decideApproval(scope.db, scope.companyId, taskId, reviewRound, { uid: scope.uid, name: scope.displayName }, decision, comment),
  });
}
