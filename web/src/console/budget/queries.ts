/** The finance record (budget, stored cost and health) of every project, one live document each. */
import { useQueries } from '@tanstack/react-query';
import type { ProjectFinance, WithId } from '@model';
import { useConsole } from '../lib/env';
import { projectFinanceOptions } from '../lib/queries';

export function useProjectFinances(projects: readonly { companyId: string; id: string }[]) {
  const { db } = useConsole();
  return useQueries({
    queries: projects.map((p) => projectFinanceOptions(db, p.companyId, p.id)),
    combine: (results) => ({
      byProject: new Map<string, WithId<ProjectFinance> | null>(projects.map((p, i) => [`${p.companyId}/${p.id}`, results[i]?.data ?? null])),
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error ?? null,
    }),
  });
}
