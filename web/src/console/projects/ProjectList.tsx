/** Project rows: name, company, status, timeline, team, progress. */
import { Link } from 'react-router-dom';
import type { Project, Task, WithId } from '@model';
import { Avatar, Badge } from '../../components/ui';
import { formatDateRange } from '../../lib/format';
import { PROJECT_STATUS } from '../lib/labels';
import { CompanyName } from '../components/CompanyName';
import { CountedProgress, Progress } from '../components/ProjectProgress';
import { ListTable } from '../components/kit';

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
      <ListTable columns={['Project', showCompany ? 'Company' : null, 'Status', 'Timeline', 'Team', 'Progress']}>
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
                <span className="avatar-stack" title={project.team.map((m) => m.displayName).join(', ')}>
                  {project.team.slice(0, 4).map((m) => (
                    <Avatar key={m.uid} name={m.displayName} size="sm" />
                  ))}
                  {project.team.length === 0 ? <span className="muted">—</span> : null}
                </span>
              </td>
              <td>
                {mine ? <Progress done={mine.filter((t) => t.status === 'done').length} total={mine.length} /> : <CountedProgress companyId={project.companyId} projectId={project.id} />}
              </td>
            </tr>
          );
        })}
      </ListTable>
    </div>
  );
}
