/** /portal/projects: the company's projects — name, status, timeline and team. */
import { Link } from 'react-router-dom';
import { useBranding, useDocumentTitle } from '../../lib/useBranding';
import { CalendarIcon, FolderIcon } from '../../components/icons';
import { Avatar, Badge, EmptyState, ErrorState, LoadingBlock } from '../../components/ui';
import { describeError } from '../../lib/errors';
import { formatDateRange } from '../../lib/format';
import { usePortalPath } from '../context';
import { PROJECT_STATUS } from '../labels';
import { useProjects } from './queries';
import { sortProjects } from './sort';

export function ProjectsPage() {
  const projects = useProjects();
  const branding = useBranding();
  const path = usePortalPath();
  useDocumentTitle('Projects');
  const list = projects.data ? sortProjects(projects.data) : [];

  return (
    <div className="page">
      <header className="page-header">
        <h1>Projects</h1>
        <p className="muted">Everything {branding.agencyName} is working on with you — active, planned and completed.</p>
      </header>
      {projects.isPending ? (
        <div className="panel">
          <LoadingBlock rows={3} label="Loading projects…" />
        </div>
      ) : projects.isError ? (
        <ErrorState message={describeError(projects.error)} onRetry={() => void projects.refetch()} />
      ) : list.length === 0 ? (
        <div className="panel">
          <EmptyState icon={<FolderIcon size={28} />} title="No projects yet">
            When your first project kicks off, you'll see it here with its tasks and timeline.
          </EmptyState>
        </div>
      ) : (
        <ul className="project-grid" aria-label="Projects">
          {list.map((project) => {
            const status = PROJECT_STATUS[project.status];
            return (
              <li key={project.id} className="project-card" data-project-id={project.id}>
                <div className="project-card-top">
                  <h2 className="project-name">
                    <Link to={path(`/projects/${project.id}`)} className="stretched-link">
                      {project.name}
                    </Link>
                  </h2>
                  <Badge tone={status.tone}>{status.label}</Badge>
                </div>
                {project.description ? <p className="project-description">{project.description}</p> : null}
                <div className="project-facts">
                  <span className="fact">
                    <CalendarIcon size={16} />
                    <span className="visually-hidden">Timeline: </span>
                    {formatDateRange(project.startDate, project.endDate)}
                  </span>
                  {project.team.length > 0 ? (
                    <span className="fact team">
                      <span className="avatar-stack" aria-hidden="true">
                        {project.team.slice(0, 4).map((member) => (
                          <Avatar key={member.uid} name={member.displayName} size="sm" />
                        ))}
                      </span>
                      <span>
                        <span className="visually-hidden">Team: </span>
                        {project.team.map((m) => m.displayName).join(', ')}
                      </span>
                    </span>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
