/** /portal/projects/:projectId: details, description, its tasks (paged), progress (counts) and the project's Reply thread. */
import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/useBranding';
import { TasksIcon } from '../../components/icons';
import { Avatar, Badge, EmptyState, ErrorState } from '../../components/ui';
import { describeError } from '../../lib/errors';
import { formatDateRange } from '../../lib/format';
import { ReplyThread, ReplyThreadPlaceholder } from '../comments/ReplyThread';
import { Deferred } from '../../components/Deferred';
import { usePortalPath } from '../lib/context';
import { Connecting } from '../components/sync';
import { PROJECT_STATUS } from '../lib/labels';
import { LoadMore } from '../../components/LoadMore';
import { DescriptionPanel, DetailLayout, DetailPage } from '../components/DetailPage';
import type { TaskFilter } from '../tasks/filter';
import { useTaskPages } from '../tasks/queries';
import { TaskList } from '../tasks/TaskList';
import { useProject, useProjectProgress } from '../lib/projectQueries';

export function ProjectPage() {
  const { projectId = '' } = useParams();
  const project = useProject(projectId);
  useDocumentTitle(project.data?.name ?? 'Project');
  return (
    <DetailPage query={project} what="project">
      {(p) => <ProjectDetails projectId={projectId} p={p} />}
    </DetailPage>
  );
}

function ProjectDetails({ projectId, p }: { projectId: string; p: NonNullable<ReturnType<typeof useProject>['data']> }) {
  const path = usePortalPath();
  const status = PROJECT_STATUS[p.status];
  return (
    <DetailLayout
      crumb={{ label: 'Projects', to: path('/projects') }}
      title={p.name}
      status={<Badge tone={status.tone}>{status.label}</Badge>}
      asideLabel="Project details"
      facts={[
        { term: 'Status', value: <Badge tone={status.tone}>{status.label}</Badge> },
        { term: 'Timeline', value: formatDateRange(p.startDate, p.endDate) },
        { term: 'Progress', value: <Progress projectId={projectId} /> },
        {
          term: 'Team',
          value:
            p.team.length === 0 ? (
              <span className="muted">To be assigned</span>
            ) : (
              <ul className="stack people gap-8">
                {p.team.map((member) => (
                  <li key={member.uid}>
                    <Avatar name={member.displayName} size="sm" />
                    {member.displayName}
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    >
      <DescriptionPanel id="about-title" title="About this project" text={p.description} empty="No description yet." />
      {/* Below the description: rendered in slices after the page first shows (a phone's long task). */}
      <Deferred
        fallback={
          <TasksPanel>
            <Connecting rows={3} />
          </TasksPanel>
        }
      >
        <ProjectTasks projectId={projectId} />
      </Deferred>
      <Deferred fallback={<ReplyThreadPlaceholder title="Replies" />}>
        <ReplyThread thread={{ kind: 'project', projectId }} title="Replies" />
      </Deferred>
    </DetailLayout>
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
    <div className="stack gap-6">
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
    <TasksPanel count={progress.data && !tasks.isPending ? progress.data.total : undefined}>
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
    </TasksPanel>
  );
}

function TasksPanel({ count, children }: { count?: number; children: ReactNode }) {
  return (
    <section className="panel" aria-labelledby="project-tasks-title">
      <div className="row top between panel-header gap-12">
        <h2 id="project-tasks-title">Tasks</h2>
        {count !== undefined ? <span className="count">{count}</span> : null}
      </div>
      {children}
    </section>
  );
}

function projectTasksFilter(projectId: string): TaskFilter {
  return { status: 'all', projectId };
}
