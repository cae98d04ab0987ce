/** Tasks as a board by status (drag a card, or use its menu, to move it) and as a table. */
import { Fragment, useState, type DragEvent, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { TASK_STATUSES, type Task, type TaskStatus, type WithId } from '@model';
import { Avatar, Badge } from '../../components/ui';
import { daysFromToday, formatDate, formatRelativeDay } from '../../lib/format';
import { LinkIcon } from '../components/icons';
import { useToast } from '../components/toast';
import { ApprovalBadge } from './Approvals';
import { useUpdateTask } from './mutations';
import { useConfirmDone } from './MarkDone';
import { TASK_PRIORITY, TASK_STATUS } from '../lib/labels';

export type ScopedTask = WithId<Task> & { companyId: string };

export interface TaskLabels {
  company?: (companyId: string) => ReactNode;
  project?: (companyId: string, projectId: string) => ReactNode;
}

/** Where a task belongs (company · project), whichever labels the list gives. */
function Where({ task, labels }: { task: ScopedTask; labels: TaskLabels }) {
  const parts = [labels.company?.(task.companyId), labels.project?.(task.companyId, task.projectId)].filter((part) => part !== undefined && part !== null && part !== '');
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? ' · ' : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** A paged board: per column, the total (count()) and what ends it (e.g. "More"). */
export interface BoardPaging {
  counts?: Partial<Record<TaskStatus, number | null>>;
  footer?: (status: TaskStatus) => ReactNode;
}

function Due({ iso, done }: { iso: string; done: boolean }) {
  const overdue = !done && daysFromToday(iso) < 0;
  return (
    <span className={`cx-due ${overdue ? 'is-overdue' : ''}`} title={formatDate(iso)}>
      {done ? formatDate(iso) : formatRelativeDay(iso)}
    </span>
  );
}

/** Moves a task to a status; into Done only after the "who gets emailed" confirmation (render `dialog`). */
function useMoveTask() {
  const toast = useToast();
  const update = useUpdateTask();
  const { guard, dialog } = useConfirmDone();
  const move = (task: ScopedTask, status: TaskStatus) => {
    if (task.status !== status) guard(task, status, () => update.mutate({ task, fields: { status } }, { onError: (e) => toast.error(e.message) }));
  };
  return { move, dialog };
}

export function TaskBoard({ tasks, labels, compact = false, paging }: { tasks: readonly ScopedTask[]; labels: TaskLabels; compact?: boolean; paging?: BoardPaging }) {
  const { move, dialog } = useMoveTask();
  const [over, setOver] = useState<TaskStatus | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const key = (t: ScopedTask) => `${t.companyId}/${t.id}`;

  const onDrop = (status: TaskStatus) => (event: DragEvent) => {
    event.preventDefault();
    setOver(null);
    const id = event.dataTransfer.getData('text/x-task');
    const task = tasks.find((t) => key(t) === id);
    if (task) move(task, status);
  };

  return (
    <div className={`stack top cx-board ${compact ? 'cx-board-compact' : ''} gap-14`}>
      {TASK_STATUSES.map((status) => {
        const column = tasks.filter((t) => t.status === status);
        return (
          <section
            key={status}
            className={`stack cx-column ${over === status ? 'is-over' : ''}`}
            aria-label={TASK_STATUS[status].label}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(status);
            }}
            onDragLeave={() => setOver((s) => (s === status ? null : s))}
            onDrop={onDrop(status)}
          >
            <header className="row cx-column-header">
              <span className={`cx-dot cx-dot-${TASK_STATUS[status].tone}`} />
              {TASK_STATUS[status].label}
              <span className="cx-column-count">{paging?.counts?.[status] ?? column.length}</span>
            </header>
            <div className="stack gap-8">
              {column.map((task) => (
                <article
                  key={key(task)}
                  className={`stack cx-card ${dragging === key(task) ? 'is-dragging' : ''} gap-6`}
                  draggable
                  onDragStart={(e) => {
                    e.dataTransfer.setData('text/x-task', key(task));
                    e.dataTransfer.effectAllowed = 'move';
                    setDragging(key(task));
                  }}
                  onDragEnd={() => setDragging(null)}
                >
                  <Link to={`/console/tasks/${task.companyId}/${task.id}`} className="cx-card-title">
                    {task.title}
                  </Link>
                  <div className="hint truncate cx-card-context">
                    <Where task={task} labels={labels} />
                  </div>
                  <div className="row cx-card-meta">
                    <Badge tone={TASK_PRIORITY[task.priority].tone}>{TASK_PRIORITY[task.priority].label}</Badge>
                    <ApprovalBadge task={task} />
                    {task.deliverables.length ? (
                      <span className="row hint gap-2" title={`${task.deliverables.length} deliverable(s)`}>
                        <LinkIcon size={14} /> {task.deliverables.length}
                      </span>
                    ) : null}
                    <Due iso={task.dueDate} done={task.status === 'done'} />
                    <span className="cx-card-assignee" title={task.assignee?.displayName ?? 'Unassigned'}>
                      {task.assignee ? <Avatar name={task.assignee.displayName} size="sm" /> : <span className="avatar avatar-sm cx-unassigned">?</span>}
                    </span>
                  </div>
                  <label className="cx-card-move">
                    <span className="visually-hidden">Status of {task.title}</span>
                    <TaskStatusSelect value={task.status} onChange={(status) => move(task, status)} />
                  </label>
                </article>
              ))}
              {column.length === 0 ? <div className="cx-column-empty">Drop tasks here</div> : null}
              {paging?.footer?.(status)}
            </div>
          </section>
        );
      })}
      {dialog}
    </div>
  );
}

type SortKey = 'title' | 'status' | 'priority' | 'dueDate' | 'assignee';
const PRIORITY_RANK = { urgent: 0, high: 1, medium: 2, low: 3 } as const;
const STATUS_RANK = { todo: 0, in_progress: 1, in_review: 2, done: 3 } as const;

export function TaskTable({ tasks, labels }: { tasks: readonly ScopedTask[]; labels: TaskLabels }) {
  const { move, dialog } = useMoveTask();
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'dueDate', dir: 1 });
  const sorted = [...tasks].sort((a, b) => {
    const cmp =
      sort.key === 'title'
        ? a.title.localeCompare(b.title)
        : sort.key === 'status'
          ? STATUS_RANK[a.status] - STATUS_RANK[b.status]
          : sort.key === 'priority'
            ? PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority]
            : sort.key === 'assignee'
              ? (a.assignee?.displayName ?? '~').localeCompare(b.assignee?.displayName ?? '~')
              : a.dueDate.localeCompare(b.dueDate);
    return cmp * sort.dir;
  });
  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="cx-sort" onClick={() => setSort((s) => ({ key, dir: s.key === key ? ((-s.dir) as 1 | -1) : 1 }))}>
        {label}
        {sort.key === key ? <span aria-hidden="true">{sort.dir === 1 ? ' ↑' : ' ↓'}</span> : null}
      </button>
    </th>
  );
  return (
    <div className="cx-table-wrap">
      <table className="table cx-data-table">
        <thead>
          <tr>
            {header('title', 'Task')}
            {labels.company || labels.project ? <th>Where</th> : null}
            {header('status', 'Status')}
            {header('priority', 'Priority')}
            {header('assignee', 'Assignee')}
            {header('dueDate', 'Due')}
          </tr>
        </thead>
        <tbody>
          {sorted.map((task) => (
            <tr key={`${task.companyId}/${task.id}`}>
              <td>
                <Link to={`/console/tasks/${task.companyId}/${task.id}`} className="cx-entity-name">
                  {task.title}
                </Link>{' '}
                <ApprovalBadge task={task} />
              </td>
              {labels.company || labels.project ? (
                <td className="muted small">
                  <Where task={task} labels={labels} />
                </td>
              ) : null}
              <td>
                <TaskStatusSelect className={`cx-status-select tone-${TASK_STATUS[task.status].tone}`} value={task.status} onChange={(status) => move(task, status)} aria-label={`Status of ${task.title}`} />
              </td>
              <td>
                <Badge tone={TASK_PRIORITY[task.priority].tone}>{TASK_PRIORITY[task.priority].label}</Badge>
              </td>
              <td>
                {task.assignee ? (
                  <span className="cx-person">
                    <Avatar name={task.assignee.displayName} size="sm" /> {task.assignee.displayName}
                  </span>
                ) : (
                  <span className="muted">Unassigned</span>
                )}
              </td>
              <td>
                <Due iso={task.dueDate} done={task.status === 'done'} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {dialog}
    </div>
  );
}

/** A task's status as a select (board cards, the table, the task page). */
export function TaskStatusSelect({ value, onChange, ...rest }: { value: TaskStatus; onChange: (status: TaskStatus) => void; className?: string; 'aria-label'?: string }) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value as TaskStatus)}>
      {TASK_STATUSES.map((s) => (
        <option key={s} value={s}>
          {TASK_STATUS[s].label}
        </option>
      ))}
    </select>
  );
}
