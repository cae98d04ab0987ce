/** One task (the task lists — every task, a company's, a project's — are console/lib/queries), and who hears of its completion. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { collection, query, where, type Firestore } from 'firebase/firestore';
import { paths } from '@model';
import { taskRef } from '../../lib/refs';
import { countOf } from '../../lib/pages';
import { useConsole } from '../lib/env';
import { liveDoc } from '../lib/options';
import { taskKeys } from '../lib/queries';

export const taskOptions = (db: Firestore, companyId: string, taskId: string) =>
  liveDoc([...taskKeys.task(companyId, taskId), 'doc'], () => taskRef(db, companyId, taskId));

export function useTask(companyId: string, taskId: string) {
  const { db } = useConsole();
  return useQuery(taskOptions(db, companyId, taskId));
}

/**
 * How many people marking one of the company's tasks Done emails: what onTaskWritten mails —
 * the contacts whose portal access is active and whose portal shows work (`scopes` absent = both
 * areas; functions write it canonical, so a contact without work is exactly `['billing']`).
 * Two count() aggregations, no contact read; fetched each time it is asked.
 */
export const doneRecipientsOptions = (db: Firestore, companyId: string) =>
  queryOptions({
    queryKey: ['companies', companyId, 'contacts', 'done-recipients'],
    queryFn: async () => {
      const active = query(collection(db, paths.contacts(companyId)), where('portal', '==', 'active'));
      const [all, billingOnly] = await Promise.all([countOf(active), countOf(query(active, where('scopes', '==', ['billing'])))]);
      return { emailed: Math.max(0, all - billingOnly), billingOnly };
    },
    // Asked afresh each time the question is shown: never an old count while the new one loads.
    staleTime: 0,
    gcTime: 0,
  });

export function useDoneRecipients(companyId: string, enabled = true) {
  const { db } = useConsole();
  return useQuery({ ...doneRecipientsOptions(db, companyId), enabled });
}
