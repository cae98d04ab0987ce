/** Project rows: name, company, status, timeline, team, progress. */
import { Link } from 'react-router-dom';
import type { Project, Task, WithId } from '@model';
import { Avatar, Badge } from '../../components/ui';
import { formatDateRange } from '../../lib/format';
import { PROJECT_STATUS } from '../lib/labels';

export function ProjectTable({
  projects,
  tasks,
  companyNames,
}: {
  projects: readonly (WithId<Project> & { companyId: string })[];
  tasks: readonly (WithId<Task> & { companyId: string })[] | undefined;
  companyNames?: Map<string, string>;
}) {
  return (
    <div className="cx-table-wrap">
      <table className="cx-table">
        <thead>
          <tr>
            <th>Project</th>
            {companyNames ? <th>Company</th> : null}
            <th>Status</th>
            <th>Timeline</th>
            <th>Team</th>
            <th>Progress</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => {
            const mine = (tasks ?? []).filter((t) => t.companyId === project.companyId && t.projectId === project.id);
            const done = mine.filter((t) => t.status === 'done').length;
            const pct = mine.length ? Math.round((done / mine.length) * 100) : 0;
            return (
              <tr key={`${project.companyId}/${project.id}`}>
                <td>
                  <Link to={`/console/projects/${project.companyId}/${project.id}`} className="cx-entity-name">
                    {project.name}
                  </Link>
                </td>
                {companyNames ? (
                  <td>
                    <Link to={`/console/companies/${project.companyId}`} className="cx-subtle-link">
                      {companyNames.get(project.companyId) ?? project.companyId}
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
                  {tasks ? (
                    <span className="cx-progress" title={`${done} of ${mine.length} tasks done`}>
                      <span className="cx-progress-bar">
                        <span style={{ width: `${pct}%` }} />
                      </span>
                      <span className="cx-progress-text">
                        {done}/{mine.length}
                      </span>
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
