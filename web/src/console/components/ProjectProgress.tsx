/** A project's progress bar: from tasks a list already has, or from its rollup (lib/progress.ts). */
import { useProjectProgress } from '../lib/progress';

export function Progress({ done, total }: { done: number; total: number }) {
  const pct = total ? Math.round((done / total) * 100) : 0;
  return (
    <span className="cx-progress" title={`${done} of ${total} tasks done`}>
      <span className="cx-progress-bar">
        <span style={{ width: `${pct}%` }} />
      </span>
      <span className="cx-progress-text">
        {done}/{total}
      </span>
    </span>
  );
}

/** Progress from the project's rollup when the list has not loaded the tasks. */
export function CountedProgress({ companyId, projectId }: { companyId: string; projectId: string }) {
  const progress = useProjectProgress(companyId, projectId);
  return progress.data ? <Progress {...progress.data} /> : null;
}
