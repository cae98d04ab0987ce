/**
 * /portal/projects: current work first (active, then planned), a page at a time; the earlier
 * projects (on hold, completed) load only when asked for. Their number is a count() aggregation.
 */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Project, WithId } from '@model';
import { useBranding, useDocumentTitle } from '../../lib/useBranding';
import { CalendarIcon, FolderIcon } from '../../components/icons';
import { Avatar, Badge, EmptyState, ErrorState, LoadingBlock } from '../../components/ui';
import { describeError } from '../../lib/errors';
import { formatDateRange } from '../../lib/format';
import { usePortalPath } from '../lib/context';
import { Connecting } from '../components/sync';
import { PROJECT_STATUS } from '../lib/labels';
import { LoadMore } from '../../components/LoadMore';
import { useProjectCount, useProjectPages } from '../lib/projectQueries';

/** The page's first queries, started when its link is hovered or focused (pages.ts). */
export { prefetchProjectsPage as prefetch } from '../lib/projectQueries';

export function ProjectsPage() {
  const current = useProjectPages('current');
  const [showEarlier, setShowEarlier] = useState(false);
  const earlier = useProjectPages('earlier', showEarlier);
  // A project completed while the page is open leaves the current list: the earlier count follows it.
  const earlierCount = useProjectCount('earlier', earlier.version + current.version);
  const branding = useBranding();
  useDocumentTitle('Projects');

  const earlierTotal = earlierCount.data;
  // No server answer yet: never "No projects" (issue 12).
  const connecting = !current.isError && (current.isPending || (current.items.length === 0 && !current.freshness.synced));
  const nothingAtAll = !connecting && !current.isError && current.items.length === 0 && earlierTotal === 0;

  return (
    <div className="page">
      <header className="stack gap-6">
        <h1>Projects</h1>
        <p className="muted">What {branding.agencyName} is working on with you now — active and planned — with earlier projects a click away.</p>
      </header>
      {connecting ? (
        <div className="panel">
          <Connecting rows={3} />
        </div>
      ) : current.isError ? (
        <ErrorState message={describeError(current.error)} onRetry={current.retry} />
      ) : nothingAtAll ? (
        <div className="panel">
          <EmptyState icon={<FolderIcon size={28} />} title="No projects yet">
            When your first project kicks off, you'll see it here with its tasks and timeline.
          </EmptyState>
        </div>
      ) : current.items.length === 0 && earlierCount.isPending ? (
        <div className="panel">
          <LoadingBlock rows={3} label="Loading projects…" />
        </div>
      ) : current.items.length === 0 ? (
        <div className="panel">
          <EmptyState icon={<FolderIcon size={28} />} title="No current projects">
            Nothing is active or planned right now. Your earlier projects are below.
          </EmptyState>
        </div>
      ) : (
        <>
          <ProjectGrid projects={current.items} label="Projects" />
          <LoadMore pages={current} label="Load more projects" />
        </>
      )}

      {connecting || current.isError || nothingAtAll ? null : showEarlier ? (
        <section className="page-section" aria-labelledby="earlier-title">
          <h2 id="earlier-title">Earlier projects</h2>
          {earlier.isPending ? (
            <div className="panel">
              <LoadingBlock rows={2} label="Loading earlier projects…" />
            </div>
          ) : earlier.isError ? (
            <ErrorState message={describeError(earlier.error)} onRetry={earlier.retry} />
          ) : earlier.items.length === 0 ? (
            <div className="panel">
              <EmptyState icon={<FolderIcon size={28} />} title="No earlier projects" />
            </div>
          ) : (
            <>
              <ProjectGrid projects={earlier.items} label="Earlier projects" heading="h3" />
              <LoadMore pages={earlier} label="Load more earlier projects" />
            </>
          )}
        </section>
      ) : earlierCount.isError ? (
        <ErrorState title="Your earlier projects could not be counted" message={describeError(earlierCount.error)} onRetry={() => void earlierCount.refetch()} />
      ) : earlierTotal ? (
        <div className="section-more">
          <button type="button" className="btn btn-secondary" onClick={() => setShowEarlier(true)}>
            Earlier projects ({earlierTotal})
          </button>
        </div>
      ) : null}
    </div>
  );
}

function ProjectGrid({ projects, label, heading: Heading = 'h2' }: { projects: readonly WithId<Project>[]; label: string; heading?: 'h2' | 'h3' }) {
  const path = usePortalPath();
  return (
    <ul className="project-grid" aria-label={label}>
      {projects.map((project) => {
        const status = PROJECT_STATUS[project.status];
        return (
          <li key={project.id} className="stack project-card" data-project-id={project.id}>
            <div className="row top between gap-12">
              <Heading className="project-name">
                <Link to={path(`/projects/${project.id}`)} className="stretched-link">
                  {project.name}
                </Link>
              </Heading>
              <Badge tone={status.tone}>{status.label}</Badge>
            </div>
            {project.description ? <p className="project-description">{project.description}</p> : null}
            <div className="row wrap project-facts" style={{ gap: '8px 20px' }}>
              <span className="row fact">
                <CalendarIcon size={16} />
                <span className="visually-hidden">Timeline: </span>
                {formatDateRange(project.startDate, project.endDate)}
              </span>
              {project.team.length > 0 ? (
                <span className="row fact team">
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
  );
}
