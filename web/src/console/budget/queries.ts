/**
 * The budget page's reads (issue 10): one page of projects at a time, and per project shown its
 * finance record (budget) and its rollup (time and cost to date, kept by Cloud Functions). What
 * the page costs follows the projects it shows, not the agency's time and expense history.
 */
import { useQueries } from '@tanstack/react-query';
import type { ProjectFinance, ProjectRollup, ProjectStatus, WithId } from '@model';
import { projectByNameCursor, projectsByNameQuery } from '../../lib/dashboardRefs';
import { querySubscription } from '../../lib/live';
import { countOf, useAggregate, useLivePages } from '../../lib/pages';
import { pageQuery } from '../../lib/refs';
import { useConsole } from '../lib/env';
import { projectFinanceOptions, projectKeys, projectRollupOptions } from '../lib/queries';

export const BUDGET_PAGE_SIZE = 20;

export const budgetKeys = {
  projects: (statuses: readonly ProjectStatus[] | null) => [...projectKeys.all(), 'byName', statuses ?? 'all'] as const,
  count: (statuses: readonly ProjectStatus[] | null) => [...projectKeys.all(), 'byName', statuses ?? 'all', 'count'] as const,
};

export function useBudgetProjects(statuses: readonly ProjectStatus[] | null) {
  const { db } = useConsole();
  const pages = useLivePages({
    listKey: budgetKeys.projects(statuses),
    pageSize: BUDGET_PAGE_SIZE,
    page: (cursor, size) => querySubscription(() => pageQuery(projectsByNameQuery(db, statuses), cursor, size)),
    cursorOf: projectByNameCursor,
  });
  const total = useAggregate({ queryKey: budgetKeys.count(statuses), queryFn: () => countOf(projectsByNameQuery(db, statuses)) }, pages.version);
  return { pages, total: total.data ?? null };
}

/** Budget (finance record) and cost to date (rollup) of each project shown, both live, in order. */
export function useBudgetFigures(projects: readonly { companyId: string; id: string }[]) {
  const { db } = useConsole();
  return useQueries({
    queries: projects.flatMap((p) => [projectFinanceOptions(db, p.companyId, p.id), projectRollupOptions(db, p.companyId, p.id)]),
    combine: (results) => ({
      figures: projects.map((_, i) => ({
        finance: (results[2 * i]?.data ?? null) as WithId<ProjectFinance> | null,
        rollup: (results[2 * i + 1]?.data ?? null) as WithId<ProjectRollup> | null,
      })),
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error ?? null,
      refetch: () => {
        for (const r of results) if (r.isError) void r.refetch();
      },
    }),
  });
}
