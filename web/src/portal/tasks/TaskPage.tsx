/** /portal/tasks/:taskId: description, status, deliverables and the task's Reply thread. */
import { Link, useParams } from 'react-router-dom';
import type { Deliverable } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { ExternalIcon, FileIcon, LinkIcon } from '../../components/icons';
import { Avatar, Badge, ErrorState, Skeleton } from '../../components/ui';
import { describeError, isNotFoundError } from '../../lib/errors';
import { formatFileSize } from '../../lib/format';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { ApprovalPanel } from '../approvals/ApprovalPanel';
import { ReplyThread } from '../comments/ReplyThread';
import { usePortalPath } from '../lib/context';
import { TASK_PRIORITY, TASK_STATUS } from '../lib/labels';
import { NotFound } from '../components/NotFound';
import { PageSkeleton } from '../components/PageSkeleton';
import { useProject } from '../lib/projectQueries';
import { useTask } from './queries';
import { DueDate } from './TaskList';

export function TaskPage() {
  const { taskId = '' } = useParams();
  const task = useTask(taskId);
  const path = usePortalPath();
  useDocumentTitle(task.data?.title ?? 'Task');

  if (task.isPending) return <PageSkeleton />;
  if (task.isError && !isNotFoundError(task.error)) {
    return (
      <div className="page">
        <ErrorState message={describeError(task.error)} onRetry={() => void task.refetch()} />
      </div>
    );
  }
  if (!task.data) return <NotFound what="task" />;

  const t = task.data;
  const status = TASK_STATUS[t.status];
  const priority = TASK_PRIORITY[t.priority];
  return (
    <div className="page">
      <Breadcrumbs items={[{ label: 'Tasks', to: path('/tasks') }, { label: t.title }]} />
      <header className="page-header with-badge">
        <h1>{t.title}</h1>
        <span className="task-status" data-status={t.status}>
          <span className="visually-hidden">Status: </span>
          <Badge tone={status.tone}>{status.label}</Badge>
        </span>
      </header>

      <div className="detail-layout">
        <div className="detail-main">
          <section className="panel" aria-labelledby="description-title">
            <h2 id="description-title">Description</h2>
            {t.description ? <p className="prose">{t.description}</p> : <p className="muted">No description.</p>}
          </section>
          <section className="panel" aria-labelledby="deliverables-title">
            <div className="panel-header">
              <h2 id="deliverables-title">Deliverables</h2>
              {t.deliverables.length ? <span className="count">{t.deliverables.length}</span> : null}
            </div>
            {t.deliverables.length === 0 ? (
              <p className="muted">Nothing delivered yet. Files and links appear here when the team shares them.</p>
            ) : (
              <ul className="deliverables">
                {t.deliverables.map((d, i) => (
                  <DeliverableItem key={`${d.name}-${i}`} deliverable={d} />
                ))}
              </ul>
            )}
          </section>
          <ApprovalPanel task={t} />
          <ReplyThread thread={{ kind: 'task', taskId }} title="Replies" />
        </div>
        <aside className="detail-aside" aria-label="Task details">
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
                <dt>Project</dt>
                <dd>
                  <ProjectLink projectId={t.projectId} />
                </dd>
              </div>
              <div>
                <dt>Priority</dt>
                <dd>
                  <Badge tone={priority.tone}>{priority.label}</Badge>
                </dd>
              </div>
              <div>
                <dt>Assignee</dt>
                <dd>
                  {t.assignee ? (
                    <span className="person">
                      <Avatar name={t.assignee.displayName} size="sm" />
                      {t.assignee.displayName}
                    </span>
                  ) : (
                    <span className="muted">Unassigned</span>
                  )}
                </dd>
              </div>
              <div>
                <dt>Due</dt>
                <dd>
                  <DueDate task={t} />
                </dd>
              </div>
            </dl>
          </section>
        </aside>
      </div>
    </div>
  );
}

function ProjectLink({ projectId }: { projectId: string }) {
  const project = useProject(projectId);
  const path = usePortalPath();
  if (project.isPending) return <Skeleton width={120} />;
  if (!project.data) return <span className="muted">—</span>;
  return <Link to={path(`/projects/${projectId}`)}>{project.data.name}</Link>;
}

function DeliverableItem({ deliverable }: { deliverable: Deliverable }) {
  const size = formatFileSize(deliverable.size);
  const isLink = deliverable.contentType === 'text/uri-list' || !size;
  const Icon = isLink ? LinkIcon : FileIcon;
  if (deliverable.url) {
    return (
      <li>
        <a className="deliverable" href={deliverable.url} target="_blank" rel="noopener noreferrer">
          <span className="deliverable-icon">
            <Icon size={18} />
          </span>
          <span className="deliverable-text">
            <span className="deliverable-name">{deliverable.name}</span>
            <span className="deliverable-meta">{size || new URL(deliverable.url, window.location.href).hostname}</span>
          </span>
          <ExternalIcon size={16} />
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </li>
    );
  }
  return (
    <li>
      <div className="deliverable is-file">
        <span className="deliverable-icon">
          <FileIcon size={18} />
        </span>
        <span className="deliverable-text">
          <span className="deliverable-name">{deliverable.name}</span>
          <span className="deliverable-meta">{[size, 'File shared in your project workspace — ask the team for a copy'].filter(Boolean).join(' · ')}</span>
        </span>
      </div>
    </li>
  );
}
