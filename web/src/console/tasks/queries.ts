/** One task (the task lists — every task, a company's, a project's — are console/lib/queries). */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import { taskRef } from '../../lib/refs';
import { useConsole } from '../lib/env';
import { liveDoc } from '../lib/options';
import { taskKeys } from '../lib/queries';

export const taskOptions = (db: Firestore, companyId: string, taskId: string) =>
  liveDoc([...taskKeys.task(companyId, taskId), 'doc'], () => taskRef(db, companyId, taskId));

export function useTask(companyId: string, taskId: string) {
  const { db } = useConsole();
  return useQuery(taskOptions(db, companyId, taskId));
}
