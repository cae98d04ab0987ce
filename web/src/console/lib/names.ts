/**
 * Names for ids shown in cross-company lists, read per id: one live document per company or
 * project on screen (shared through the query cache), never the whole list of them. Until it
 * arrives the id's place shows nothing rather than the raw id.
 */
import { useQuery } from '@tanstack/react-query';
import { useConsole } from './env';
import { companyOptions, projectOptions } from './queries';

export function useCompanyName(companyId: string): string {
  const { db } = useConsole();
  const company = useQuery({ ...companyOptions(db, companyId), enabled: Boolean(companyId) });
  return company.data?.name ?? '';
}

export function useProjectName(companyId: string, projectId: string | null): string {
  const { db } = useConsole();
  const project = useQuery({ ...projectOptions(db, companyId, projectId ?? ''), enabled: Boolean(companyId && projectId) });
  return projectId ? (project.data?.name ?? '') : '—';
}
