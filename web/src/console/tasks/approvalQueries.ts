/** A task's client approvals (issue 14), live, newest first. */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import { approvalsQuery } from '../../lib/refs';
import { useConsole } from '../lib/env';
import { liveList } from '../lib/options';

export const approvalKeys = {
  task: (companyId: string, taskId: string) => ['companies', companyId, 'tasks', taskId, 'approvals'] as const,
};

export const taskApprovalsOptions = (db: Firestore, companyId: string, taskId: string) =>
  liveList(approvalKeys.task(companyId, taskId), () => approvalsQuery(db, companyId, taskId));

export function useTaskApprovals(companyId: string, taskId: string) {
  const { db } = useConsole();
  return useQuery(taskApprovalsOptions(db, companyId, taskId));
}
