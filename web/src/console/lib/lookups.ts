/**
 * Names for ids across the console's finance pages: companies, projects (per company), people.
 * Built from the live lists the rest of the console already listens to (no extra listeners).
 */
import { useMemo } from 'react';
import { useAllProjects, useCompanies, useStaff } from './queries';

export interface Lookups {
  company: (companyId: string) => string;
  project: (companyId: string, projectId: string | null) => string;
  person: (uid: string) => string;
  /** projects with their company, for pickers, sorted by company then name */
  projects: { companyId: string; id: string; name: string; status: string }[];
  companies: { id: string; name: string; status: string }[];
  ready: boolean;
  error: Error | null;
}

export const projectKey = (companyId: string, projectId: string) => `${companyId}/${projectId}`;

export function useLookups(): Lookups {
  const companies = useCompanies();
  const projects = useAllProjects();
  const staff = useStaff();
  return useMemo(() => {
    const companyNames = new Map((companies.data ?? []).map((c) => [c.id, c.name]));
    const projectNames = new Map((projects.data ?? []).map((p) => [projectKey(p.companyId, p.id), p.name]));
    const people = new Map((staff.data ?? []).map((s) => [s.id, s.displayName]));
    const projectList = (projects.data ?? [])
      .map((p) => ({ companyId: p.companyId, id: p.id, name: p.name, status: p.status }))
      .sort((a, b) => (companyNames.get(a.companyId) ?? '').localeCompare(companyNames.get(b.companyId) ?? '') || a.name.localeCompare(b.name));
    return {
      company: (id) => companyNames.get(id) ?? id,
      project: (companyId, projectId) => (projectId ? (projectNames.get(projectKey(companyId, projectId)) ?? projectId) : '—'),
      person: (uid) => people.get(uid) ?? uid,
      projects: projectList,
      companies: (companies.data ?? []).map((c) => ({ id: c.id, name: c.name, status: c.status })),
      ready: !companies.isPending && !projects.isPending && !staff.isPending,
      error: companies.error ?? projects.error ?? staff.error ?? null,
    };
  }, [companies.data, companies.isPending, companies.error, projects.data, projects.isPending, projects.error, staff.data, staff.isPending, staff.error]);
}
