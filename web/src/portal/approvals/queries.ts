/** Approvals: a task's client decisions (every review round, newest first) — live — and recording one. */
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { ApprovalDecision } from '@model';
import { live, querySubscription } from '../../lib/live';
import { approvalsQuery } from '../../lib/refs';
import { decideApproval } from '../../lib/requests';
import { scopeKey, usePortal, type PortalScope } from '../lib/context';

export const approvalKeys = {
  all: (scope: PortalScope) => [...scopeKey(scope), 'approvals'] as const,
  task: (scope: PortalScope, taskId: string) => [...approvalKeys.all(scope), 'task', taskId] as const,
};

export const taskApprovalsQuery = (scope: PortalScope, taskId: string) =>
  queryOptions({
    queryKey: approvalKeys.task(scope, taskId),
    ...live(querySubscription(() => approvalsQuery(scope.db, scope.companyId, taskId))),
  });

export function useTaskApprovals(taskId: string) {
  return useQuery(taskApprovalsQuery(usePortal(), taskId));
}

/** Record the signed-in client's decision on the task's current review round. */
export function useDecideApproval(taskId: string) {
  const scope = usePortal();
  return useMutation<void, Error, { reviewRound: number; decision: ApprovalDecision; comment: string }>({
    mutationFn: ({ reviewRound, decision, comment }) =>
      decideApproval(scope.db, scope.companyId, taskId, reviewRound, { uid: scope.uid, name: scope.displayName }, decision, comment),
  });
}
