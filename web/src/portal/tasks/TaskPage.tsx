/** /portal/tasks/:taskId: description, status, deliverables and the task's Reply thread. */
import { Link, useParams } from 'react-router-dom';
import type { Deliverable } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { ExternalIcon, FileIcon, LinkIcon } from '../../components/icons';
import { Avatar, Badge, Skeleton } from '../../components/ui';
import { formatFileSize } from '../../lib/format';
import { ApprovalPanel } from '../approvals/ApprovalPanel';
import { ReplyThread } from '../comments/ReplyThread';
import { usePortalPath } from '../lib/context';
import { TASK_PRIORITY, TASK_STATUS } from '../lib/labels';
import { DescriptionPanel, DetailLayout, DetailPage, StatusBadge } from '../components/DetailPage';
import { useProject } from '../lib/projectQueries';
import { useTask } from './queries';
import { DueDate } from './TaskList';

export function TaskPage() {
  const { taskId = '' } = useParams();
  const task = useTask(taskId);
  useDocumentTitle(task.data?.title ?? 'Task');
  return (
    <DetailPage query={task} what="task">
      {(t) => <TaskDetails taskId={taskId} t={t} />}
    </DetailPage>
  );
}

function TaskDetails({ taskId, t }: { taskId: string; t: NonNullable<ReturnType<typeof useTask>['data']> }) {
  const path = usePortalPath();
  const status = TASK_STATUS[t.status];
  const priority = TASK_PRIORITY[t.priority];
  return (
    <DetailLayout
      crumb={{ label: 'Tasks', to: path('/tasks') }}
      title={t.title}
      status={<StatusBadge className="task-status" status={t.status} label={status} />}
      asideLabel="Task details"
      facts={[
        { term: 'Status', value: <Badge tone={status.tone}>{status.label}</Badge> },
        { term: 'Project', value: <ProjectLink projectId={t.projectId} /> },
        { term: 'Priority', value: <Badge tone={priority.tone}>{priority.label}</Badge> },
        {
          term: 'Assignee',
          value: t.assignee ? (
            <span className="person">
              <Avatar name={t.assignee.displayName} size="sm" />
              {t.assignee.displayName}
            </span>
          ) : (
            <span className="muted">Unassigned</span>
          ),
        },
        { term: 'Due', value: <DueDate task={t} /> },
      ]}
    >
      <DescriptionPanel id="description-title" title="Description" text={t.description} empty="No description." />
      <section className="panel" aria-labelledby="deliverables-title">
        <div className="row top between panel-header gap-12">
          <h2 id="deliverables-title">Deliverables</h2>
          {t.deliverables.length ? <span className="count">{t.deliverables.length}</span> : null}
        </div>
        {t.deliverables.length === 0 ? (
          <p className="muted">Nothing delivered yet. Files and links appear here when the team shares them.</p>
        ) : (
          <ul className="stack gap-8">
            {t.deliverables.map((d, i) => (
              <DeliverableItem key={`${d.name}-${i}`} deliverable={d} />
            ))}
          </ul>
        )}
      </section>
      <ApprovalPanel task={t} />
      <ReplyThread thread={{ kind: 'task', taskId }} title="Replies" />
    </DetailLayout>
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
        <a className="row deliverable gap-12" href={deliverable.url} target="_blank" rel="noopener noreferrer">
          <span className="tile">
            <Icon size={18} />
          </span>
          <span className="deliverable-text">
            <span className="deliverable-name">{deliverable.name}</span>
            <span className="small muted">{size || new URL(deliverable.url, window.location.href).hostname}</span>
          </span>
          <ExternalIcon size={16} />
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </li>
    );
  }
  return (
    <li>
      <div className="row deliverable is-file gap-12">
        <span className="tile">
          <FileIcon size={18} />
        </span>
        <span className="deliverable-text">
          <span className="deliverable-name">{deliverable.name}</span>
          <span className="small muted">{[size, 'File shared in your project workspace — ask the team for a copy'].filter(Boolean).join(' · ')}</span>
        </span>
      </div>
    </li>
  );
}
