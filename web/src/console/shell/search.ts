/**
 * Global search over companies, projects and tasks. Staff read all three with the refs.ts
 * builders (companies list, projects and tasks collection groups) and match in the browser:
 * the agency's book of work is small, and Firestore has no substring search.
 */
import { useQuery } from '@tanstack/react-query';
import type { Company, Project, Task, WithId } from '@model';
import type { InCompany } from '../lib/scoped';
import { score } from '../lib/text';
import { allProjectsOptions, allTasksOptions, companiesOptions } from '../lib/queries';
import { useConsole } from '../lib/env';

export interface SearchResult {
  kind: 'company' | 'project' | 'task';
  id: string;
  title: string;
  detail: string;
  to: string;
}

export function searchAll(
  query: string,
  companies: readonly WithId<Company>[],
  projects: readonly InCompany<WithId<Project>>[],
  tasks: readonly InCompany<WithId<Task>>[],
  limit = 5,
): SearchResult[] {
  const companyName = new Map(companies.map((c) => [c.id, c.name]));
  const projectName = new Map(projects.map((p) => [`${p.companyId}/${p.id}`, p.name]));
  const top = <T,>(items: readonly T[], rank: (item: T) => number, toResult: (item: T) => SearchResult) =>
    items
      .map((item) => ({ item, s: rank(item) }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s)
      .slice(0, limit)
      .map((x) => toResult(x.item));

  return [
    ...top(
      companies,
      (c) => score(query, c.name, c.website),
      (c) => ({ kind: 'company', id: c.id, title: c.name, detail: c.status[0]!.toUpperCase() + c.status.slice(1), to: `/console/companies/${c.id}` }),
    ),
    ...top(
      projects,
      (p) => score(query, p.name, companyName.get(p.companyId) ?? ''),
      (p) => ({ kind: 'project', id: `${p.companyId}/${p.id}`, title: p.name, detail: companyName.get(p.companyId) ?? p.companyId, to: `/console/projects/${p.companyId}/${p.id}` }),
    ),
    ...top(
      tasks,
      (t) => score(query, t.title, projectName.get(`${t.companyId}/${t.projectId}`) ?? '', companyName.get(t.companyId) ?? ''),
      (t) => ({
        kind: 'task',
        id: `${t.companyId}/${t.id}`,
        title: t.title,
        detail: [companyName.get(t.companyId), projectName.get(`${t.companyId}/${t.projectId}`)].filter(Boolean).join(' · '),
        to: `/console/tasks/${t.companyId}/${t.id}`,
      }),
    ),
  ];
}

/** The three lists, listened to only once the search box has been used. */
export function useSearchIndex(enabled: boolean) {
  const { db } = useConsole();
  const companies = useQuery({ ...companiesOptions(db), enabled });
  const projects = useQuery({ ...allProjectsOptions(db), enabled });
  const tasks = useQuery({ ...allTasksOptions(db), enabled });
  return {
    ready: !!(companies.data && projects.data && tasks.data),
    error: companies.error ?? projects.error ?? tasks.error,
    search: (query: string) => searchAll(query, companies.data ?? [], projects.data ?? [], tasks.data ?? []),
  };
}
