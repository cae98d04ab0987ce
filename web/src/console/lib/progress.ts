/**
 * A project's progress (done and all tasks) from its rollup, which Functions keep as tasks are
 * written: lists show it live, one document per project shown, without reading or counting tasks.
 */
import { useQuery } from '@tanstack/react-query';
import { useConsole } from './env';
import { projectRollupOptions } from './queries';

export function useProjectProgress(companyId: string, projectId: string) {
  const { db } = useConsole();
  return useQuery({
    ...projectRollupOptions(db, companyId, projectId),
    // no rollup yet: a project nobody has added a task to or logged time on
    select: (rollup) => ({ total: rollup?.tasks ?? 0, done: rollup?.doneTasks ?? 0 }),
  });
}
