/** /portal/projects/:projectId: details, description, its tasks (paged), progress (counts) and the project's Reply thread. */
import { useParams } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/useBranding';
import { TasksIcon } from '../../components/icons';
import { Avatar, Badge, EmptyState, ErrorState } from '../../components/ui';
import { describeError, isNotFoundError } from '../../lib/errors';
import { formatDateRange } from '../../lib/format';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { ReplyThread } from '../comments/ReplyThread';
import { usePortalPath } from '../lib/context';
import { Connecting } from '../components/sync';
import { PROJECT_STATUS } from '../lib/labels';
import { LoadMore } from '../../components/LoadMore';
import { NotFound } from '../components/NotFound';
import { PageSkeleton } from '../components/PageSkeleton';
import type { TaskFilter } from '../tasks/filter';
import { useTaskPages } from '../tasks/queries';
import { TaskList } from '../tasks/TaskList';
import { useProject, useProjectProgress } from '../lib/projectQueries';

export function ProjectPage() {
  const { projectId = '' } = useParams();
  const project = useProject(projectId);
  const path = usePortalPath();
  useDocumentTitle(project.data?.name ?? 'Project');

  if (project.isPending) return <PageSkeleton />;
  if (project.isError && !isNotFoundError(project.error)) {
    return (
      <div className="page">
        <ErrorState message={describeError(project.error)} onRetry={() => void project.refetch()} />
      </div>
    );
  }
  if (!project.data) return <NotFound what="project" />;

  const p = project.data;
  const status = PROJECT_STATUS[p.status];
  return (
    <div className="page">
      <Breadcrumbs items={[{ label: 'Projects', to: path('/projects') }, { label: p.name }]} />
      <header className="page-header with-badge">
        <h1>{p.name}</h1>
        <Badge tone={status.tone}>{status.label}</Badge>
      </header>

      <div className="detail-layout">
        <div className="detail-main">
          <section className="panel" aria-labelledby="about-title">
            <h2 id="about-title">About this project</h2>
            {p.description ? <p className="prose">{p.description}</p> : <p className="muted">No description yet.</p>}
          </section>
          <ProjectTasks projectId={projectId} />
          <ReplyThread thread={{ kind: 'project', projectId }} title="Replies" />
        </div>
        <aside className="detail-aside" aria-label="Project details">
          <section className="panel">
            <h2>Details</h2>
            <dl className="facts">
              <div>
                <dt>Status</dt>
                <dd>
                  <Badge tone={status.tone}>{status.label}</Badge>
                </dd>
              </div>
              <div>
                <dt>Timeline</dt>
                <dd>{formatDateRange(p.startDate, p.endDate)}</dd>
              </div>
              <div>
                <dt>Progress</dt>
                <dd>
                  <Progress projectId={projectId} />
                </dd>
              </div>
              <div>
                <dt>Team</dt>
                <dd>
                  {p.team.length === 0 ? (
                    <span className="muted">To be assigned</span>
                  ) : (
                    <ul className="people">
                      {p.team.map((member) => (
                        <li key={member.uid}>
                          <Avatar name={member.displayName} size="sm" />
                          {member.displayName}
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
            </dl>
          </section>
        </aside>
      </div>
    </div>
  );
}

/** Tasks done of all: two count() aggregations, fetched again when the project's task list changes. */
function Progress({ projectId }: { projectId: string }) {
  const tasks = useTaskPages(projectTasksFilter(projectId));
  const progress = useProjectProgress(projectId, tasks.version);
  if (!progress.data) return <span className="muted">—</span>;
  const { done, total } = progress.data;
  if (total === 0) return <span className="muted">No tasks yet</span>;
  const percent = Math.round((done / total) * 100);
  return (
    <div className="progress">
      <div className="progress-bar" role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} aria-label="Tasks done">
        <span style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-label">
        {done} of {total} tasks done
      </span>
    </div>
  );
}

/** The project's tasks, soonest due first, a page at a time (the same live pages as the Tasks page filtered on it). */
function ProjectTasks({ projectId }: { projectId: string }) {
  const tasks = useTaskPages(projectTasksFilter(projectId));
  const progress = useProjectProgress(projectId, tasks.version);
  return (
    <section className="panel" aria-labelledby="project-tasks-title">
      <div className="panel-header">
        <h2 id="project-tasks-title">Tasks</h2>
        {progress.data && !tasks.isPending ? <span className="count">{progress.data.total}</span> : null}
      </div>
      {tasks.isError ? (
        <ErrorState message={describeError(tasks.error)} onRetry={tasks.retry} />
      ) : tasks.isPending || (tasks.items.length === 0 && !tasks.freshness.synced) ? (
        <Connecting rows={3} />
      ) : tasks.items.length === 0 ? (
        <EmptyState icon={<TasksIcon size={28} />} title="No tasks yet">
          Tasks appear here as the team plans the work.
        </EmptyState>
      ) : (
        <>
          <TaskList tasks={tasks.items} label="Project tasks" />
          <LoadMore pages={tasks} label="Load more tasks" />
        </>
      )}
    </section>
  );
}

function projectTasksFilter(projectId: string): TaskFilter {
  return { status: 'all', projectId };
}
