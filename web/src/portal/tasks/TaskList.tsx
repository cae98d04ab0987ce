/** A list of tasks with status, assignee, priority and due date; each row opens the task. */
import { Link } from 'react-router-dom';
import type { Task, WithId } from '@model';
import { Avatar, Badge } from '../../components/ui';
import { formatDate, formatRelativeDay } from '../../lib/format';
import { usePortalPath } from '../lib/context';
import { TASK_PRIORITY, TASK_STATUS } from '../lib/labels';
import { dueState } from './filter';

export function DueDate({ task }: { task: Pick<Task, 'dueDate' | 'status'> }) {
  const state = dueState(task);
  const relative = formatRelativeDay(task.dueDate);
  return (
    <span className={`due due-${state}`}>
      <time dateTime={task.dueDate}>{formatDate(task.dueDate)}</time>
      {state !== 'done' && relative ? <span className="hint due-relative">{state === 'overdue' ? `overdue · ${relative}` : relative}</span> : null}
    </span>
  );
}

export function TaskList({ tasks, projectNames, label }: { tasks: readonly WithId<Task>[]; projectNames?: ReadonlyMap<string, string>; label: string }) {
  const path = usePortalPath();
  return (
    <ul className="task-list" aria-label={label}>
      {tasks.map((task) => {
        const status = TASK_STATUS[task.status];
        const priority = TASK_PRIORITY[task.priority];
        const projectName = projectNames?.get(task.projectId);
        return (
          <li key={task.id} className={`task-row${task.status === 'done' ? ' is-done' : ''}`} data-task-id={task.id}>
            <div className="task-main">
              <Link to={path(`/tasks/${task.id}`)} className="task-title">
                {task.title}
              </Link>
              <div className="row wrap task-meta" style={{ gap: '4px 14px' }}>
                {projectName ? <span className="task-project">{projectName}</span> : null}
                <span className="row gap-6">
                  {task.assignee ? (
                    <>
                      <Avatar name={task.assignee.displayName} size="sm" />
                      <span>{task.assignee.displayName}</span>
                    </>
                  ) : (
                    <span className="muted">Unassigned</span>
                  )}
                </span>
              </div>
            </div>
            <div className="row wrap end task-badges gap-6">
              <Badge tone={status.tone}>{status.label}</Badge>
              <Badge tone={priority.tone}>
                <span className="visually-hidden">Priority: </span>
                {priority.label}
              </Badge>
            </div>
            <div className="task-due">
              <span className="visually-hidden">Due </span>
              <DueDate task={task} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
