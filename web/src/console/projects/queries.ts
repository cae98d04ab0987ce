/** Project reads: every project (collection group), a company's, one project and its finance. */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import { allProjectsQuery, projectFinanceRef, projectRef, projectsQuery } from '../../lib/refs';
import { useConsole } from '../env';
import { liveDoc, liveList, liveScopedList } from '../lib/options';

export const projectKeys = {
  all: () => ['projects'] as const,
  ofCompany: (companyId: string) => ['companies', companyId, 'projects'] as const,
  project: (companyId: string, projectId: string) => ['companies', companyId, 'projects', projectId] as const,
  finance: (companyId: string, projectId: string) => ['companies', companyId, 'projects', projectId, 'finance'] as const,
};

export const allProjectsOptions = (db: Firestore) => liveScopedList([...projectKeys.all(), 'all'], () => allProjectsQuery(db));
export const companyProjectsOptions = (db: Firestore, companyId: string) =>
  liveList([...projectKeys.ofCompany(companyId), 'list'], () => projectsQuery(db, companyId));
export const projectOptions = (db: Firestore, companyId: string, projectId: string) =>
  liveDoc([...projectKeys.project(companyId, projectId), 'doc'], () => projectRef(db, companyId, projectId));
export const projectFinanceOptions = (db: Firestore, companyId: string, projectId: string) =>
  liveDoc(projectKeys.finance(companyId, projectId), () => projectFinanceRef(db, companyId, projectId));

export function useAllProjects() {
  const { db } = useConsole();
  return useQuery(allProjectsOptions(db));
}

export function useCompanyProjects(companyId: string) {
  const { db } = useConsole();
  return useQuery(companyProjectsOptions(db, companyId));
}

export function useProject(companyId: string, projectId: string) {
  const { db } = useConsole();
  return useQuery(projectOptions(db, companyId, projectId));
}

export function useProjectFinance(companyId: string, projectId: string) {
  const { db } = useConsole();
  return useQuery(projectFinanceOptions(db, companyId, projectId));
}
