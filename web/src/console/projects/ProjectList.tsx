/** Project rows: name, company, status, timeline, team, progress. */
import { Link } from 'react-router-dom';
import type { Project, Task, WithId } from '@model';
import { Avatar, Badge } from '../../components/ui';
import { formatDateRange } from '../../lib/format';
import { PROJECT_STATUS } from '../lib/labels';
import { CompanyName } from '../components/CompanyName';
import { useProjectProgress } from './lists';

function Progress({ done, total }: { done: number; total: number }) {
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

/** Progress from count() aggregations when the list has not loaded the tasks. */
function CountedProgress({ companyId, projectId }: { companyId: string; projectId: string }) {
  const progress = useProjectProgress(companyId, projectId);
  return progress.data ? <Progress {...progress.data} /> : null;
}

export function ProjectTable({
  projects,
  tasks,
  showCompany = false,
}: {
  projects: readonly (WithId<Project> & { companyId: string })[];
  /** the tasks, when the list has them all (a company's); otherwise progress is counted per project */
  tasks?: readonly (WithId<Task> & { companyId: string })[];
  showCompany?: boolean;
}) {
  return (
    <div className="cx-table-wrap">
      <table className="cx-table">
        <thead>
          <tr>
            <th>Project</th>
            {showCompany ? <th>Company</th> : null}
            <th>Status</th>
            <th>Timeline</th>
            <th>Team</th>
            <th>Progress</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => {
            const mine = tasks?.filter((t) => t.companyId === project.companyId && t.projectId === project.id);
            return (
              <tr key={`${project.companyId}/${project.id}`}>
                <td>
                  <Link to={`/console/projects/${project.companyId}/${project.id}`} className="cx-entity-name">
                    {project.name}
                  </Link>
                </td>
                {showCompany ? (
                  <td>
                    <Link to={`/console/companies/${project.companyId}`} className="cx-subtle-link">
                      <CompanyName id={project.companyId} />
                    </Link>
                  </td>
                ) : null}
                <td>
                  <Badge tone={PROJECT_STATUS[project.status].tone}>{PROJECT_STATUS[project.status].label}</Badge>
                </td>
                <td className="cx-nowrap">{formatDateRange(project.startDate, project.endDate)}</td>
                <td>
                  <span className="cx-avatars" title={project.team.map((m) => m.displayName).join(', ')}>
                    {project.team.slice(0, 4).map((m) => (
                      <Avatar key={m.uid} name={m.displayName} size="sm" />
                    ))}
                    {project.team.length === 0 ? <span className="cx-muted">—</span> : null}
                  </span>
                </td>
                <td>
                  {mine ? <Progress done={mine.filter((t) => t.status === 'done').length} total={mine.length} /> : <CountedProgress companyId={project.companyId} projectId={project.id} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
