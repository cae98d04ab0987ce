/** A project's progress as two count() aggregations (done, all): lists show it without reading tasks. */
import { useQuery } from '@tanstack/react-query';
import { projectTasksForCountQuery } from '../../lib/dashboardRefs';
import { countOf } from '../../lib/pages';
import { useConsole } from './env';
import { projectKeys } from './queries';

/** Done and total tasks of one project (two aggregations, refreshed after a minute). */
export function useProjectProgress(companyId: string, projectId: string) {
  const { db } = useConsole();
  return useQuery({
    queryKey: [...projectKeys.project(companyId, projectId), 'progress'],
    queryFn: async () => {
      const [total, done] = await Promise.all([
        countOf(projectTasksForCountQuery(db, companyId, projectId, false)),
        countOf(projectTasksForCountQuery(db, companyId, projectId, true)),
      ]);
      return { total, done };
    },
    staleTime: 60_000,
  });
}
