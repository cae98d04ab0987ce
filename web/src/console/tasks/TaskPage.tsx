/** One task: details, deliverables, and its thread of Replies and Notes. */
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { TASK_PRIORITIES, TASK_STATUSES, type Task, type TaskPriority, type TaskStatus, type WithId } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { formatDate, formatRelativeDay, daysFromToday } from '../../lib/format';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { EditIcon, EyeIcon, TrashIcon } from '../components/icons';
import { KeyValues, Loadable, PageHeader, Panel } from '../components/kit';
import { useToast } from '../components/toast';
import { formatMomentDay } from '../lib/dates';
import { ApprovalsPanel } from './Approvals';
import { Deliverables } from './Deliverables';
import { useTask } from './queries';
import { TaskDialog } from './TaskDialog';
import { useDeleteTask, useUpdateTask } from './mutations';
import type { TaskFields } from './writes';
import { useCompany, usePeople, useProject } from '../lib/queries';
import { TASK_PRIORITY, TASK_STATUS } from '../lib/labels';
import { ConsoleNotFound } from '../components/StatusPages';
import { Thread } from '../comments';
import { TaskStatusSelect } from './TaskViews';
import { useConfirmDone } from './MarkDone';

export default function TaskPage() {
  const { companyId = '', taskId = '' } = useParams();
  const task = useTask(companyId, taskId);
  useDocumentTitle(task.data?.title ?? 'Task');
  return (
    <Loadable query={task} rows={4}>
      {(data) => (data ? <TaskRecord companyId={companyId} task={data} /> : <ConsoleNotFound what="task" />)}
    </Loadable>
  );
}

function TaskRecord({ companyId, task }: { companyId: string; task: WithId<Task> }) {
  const toast = useToast();
  const navigate = useNavigate();
  const update = useUpdateTask();
  const remove = useDeleteTask();
  const company = useCompany(companyId);
  const project = useProject(companyId, task.projectId);
  const people = usePeople();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const companyName = company.data?.name ?? 'the client';

  const change = (fields: Partial<TaskFields>) => update.mutate({ task: { companyId, id: task.id }, fields }, { onError: (e) => toast.error(e.message) });
  const done = useConfirmDone();
  const setStatus = (status: TaskStatus) => done.guard({ companyId, title: task.title, status: task.status }, status, () => change({ status }));

  return (
    <div className="cx-page">
      <div className="cx-breadcrumbs">
        <Link to="/console/tasks">Tasks</Link> <span aria-hidden="true">/</span>{' '}
        <Link to={`/console/companies/${companyId}`}>{companyName}</Link> <span aria-hidden="true">/</span>{' '}
        <Link to={`/console/projects/${companyId}/${task.projectId}`}>{project.data?.name ?? 'Project'}</Link>
      </div>
      <PageHeader
        title={task.title}
        actions={
          <>
            <button type="button" className="btn btn-secondary" onClick={() => setEditing(true)}>
              <EditIcon /> Edit
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setDeleting(true)} aria-label="Delete task">
              <TrashIcon />
            </button>
          </>
        }
      />
      <div className="cx-status-steps" role="group" aria-label="Status">
        {TASK_STATUSES.map((s) => (
          <button key={s} type="button" className={`cx-step tone-${TASK_STATUS[s].tone} ${task.status === s ? 'is-active' : ''}`} aria-pressed={task.status === s} onClick={() => setStatus(s)}>
            {TASK_STATUS[s].label}
          </button>
        ))}
      </div>
      <div className="stack top cx-record gap-20">
        <div className="cx-record-main">
          <Panel title="Description">
            {task.description ? <p className="prose">{task.description}</p> : <p className="muted">No description.</p>}
          </Panel>
          <Deliverables companyId={companyId} task={task} companyName={companyName} />
          <ApprovalsPanel companyId={companyId} task={task} />
          <Thread parent={{ kind: 'task', companyId, taskId: task.id }} companyName={companyName} parentLabel={task.title} />
        </div>
        <aside className="cx-record-side">
          <Panel title="Details">
            <div className="stack cx-side-fields">
              <label className="stack small muted cx-side-field">
                <span>Status</span>
                <TaskStatusSelect className="input cx-input cx-input-sm" value={task.status} onChange={setStatus} />
              </label>
              <label className="stack small muted cx-side-field">
                <span>Priority</span>
                <select className="input cx-input cx-input-sm" value={task.priority} onChange={(e) => change({ priority: e.target.value as TaskPriority })}>
                  {TASK_PRIORITIES.map((p) => (
                    <option key={p} value={p}>
                      {TASK_PRIORITY[p].label}
                    </option>
                  ))}
                </select>
              </label>
              <label className="stack small muted cx-side-field">
                <span>Assignee</span>
                <select
                  className="input cx-input cx-input-sm"
                  value={task.assignee?.uid ?? ''}
                  onChange={(e) => change({ assignee: e.target.value ? people.ref(e.target.value) : null })}
                >
                  <option value="">Unassigned</option>
                  {people.active.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.displayName}
                    </option>
                  ))}
                </select>
              </label>
              <label className="stack small muted cx-side-field">
                <span>Due date</span>
                <input className="input cx-input cx-input-sm" type="date" value={task.dueDate} onChange={(e) => e.target.value && change({ dueDate: e.target.value })} />
              </label>
            </div>
            <KeyValues
              items={[
                {
                  label: 'Due',
                  value: (
                    <span className={task.status !== 'done' && daysFromToday(task.dueDate) < 0 ? 'text-danger' : ''}>
                      {formatDate(task.dueDate)} · {formatRelativeDay(task.dueDate)}
                    </span>
                  ),
                },
                { label: 'Company', value: <Link to={`/console/companies/${companyId}`}>{companyName}</Link> },
                { label: 'Project', value: <Link to={`/console/projects/${companyId}/${task.projectId}`}>{project.data?.name ?? task.projectId}</Link> },
                { label: 'Created', value: formatMomentDay(task.createdAt) },
                { label: 'Updated', value: formatMomentDay(task.updatedAt) },
              ]}
            />
          </Panel>
          <Link to={`/console/view-as/${companyId}/tasks/${task.id}`} className="btn btn-secondary btn-block">
            <EyeIcon /> See it as {companyName}
          </Link>
        </aside>
      </div>
      <TaskDialog open={editing} onClose={() => setEditing(false)} companyId={companyId} task={task} />
      {done.dialog}
      <ConfirmDialog
        open={deleting}
        title={`Delete “${task.title}”?`}
        confirmLabel="Delete task"
        danger
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          await remove.mutateAsync({ companyId, id: task.id });
          toast.success('Task deleted.');
          navigate(`/console/projects/${companyId}/${task.projectId}`);
        }}
      >
        <p>{companyName} will no longer see it in their portal. Its replies and notes are deleted with it.</p>
      </ConfirmDialog>
    </div>
  );
}
