/** Task reads: every task (collection group), a company's, a project's, and one task. */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import { allTasksQuery, projectTasksQuery, taskRef, tasksQuery } from '../../lib/refs';
import { useConsole } from '../env';
import { liveDoc, liveList, liveScopedList } from '../lib/options';

export const taskKeys = {
  all: () => ['tasks'] as const,
  ofCompany: (companyId: string) => ['companies', companyId, 'tasks'] as const,
  ofProject: (companyId: string, projectId: string) => ['companies', companyId, 'projects', projectId, 'tasks'] as const,
  task: (companyId: string, taskId: string) => ['companies', companyId, 'tasks', taskId] as const,
};

export const allTasksOptions = (db: Firestore) => liveScopedList([...taskKeys.all(), 'all'], () => allTasksQuery(db));
export const companyTasksOptions = (db: Firestore, companyId: string) =>
  liveList([...taskKeys.ofCompany(companyId), 'list'], () => tasksQuery(db, companyId));
export const projectTasksOptions = (db: Firestore, companyId: string, projectId: string) =>
  liveList(taskKeys.ofProject(companyId, projectId), () => projectTasksQuery(db, companyId, projectId));
export const taskOptions = (db: Firestore, companyId: string, taskId: string) =>
  liveDoc([...taskKeys.task(companyId, taskId), 'doc'], () => taskRef(db, companyId, taskId));

export function useAllTasks() {
  const { db } = useConsole();
  return useQuery(allTasksOptions(db));
}

export function useCompanyTasks(companyId: string) {
  const { db } = useConsole();
  return useQuery(companyTasksOptions(db, companyId));
}

export function useProjectTasks(companyId: string, projectId: string) {
  const { db } = useConsole();
  return useQuery(projectTasksOptions(db, companyId, projectId));
}

export function useTask(companyId: string, taskId: string) {
  const { db } = useConsole();
  return useQuery(taskOptions(db, companyId, taskId));
}
