/** /portal/tasks: every task across the company's projects, filterable, sorted by due date. */
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/useBranding';
import { TasksIcon } from '../../components/icons';
import { EmptyState, ErrorState, LoadingBlock } from '../../components/ui';
import { describeError } from '../../lib/errors';
import { TASK_STATUSES } from '../../lib/model';
import { TASK_STATUS } from '../labels';
import { useProjects } from '../projects/queries';
import { sortProjects } from '../projects/sort';
import { filterTasks, parseTaskFilter, sortByDueDate, taskFilterSearch, type TaskFilter } from './filter';
import { useTasks } from './queries';
import { TaskList } from './TaskList';

export function TasksPage() {
  const tasks = useTasks();
  const projects = useProjects();
  const [params, setParams] = useSearchParams();
  const filter = parseTaskFilter(params.toString());
  useDocumentTitle('Tasks');

  const projectNames = useMemo(() => new Map((projects.data ?? []).map((p) => [p.id, p.name])), [projects.data]);
  const visible = tasks.data ? sortByDueDate(filterTasks(tasks.data, filter)) : [];
  const filtered = filter.status !== 'all' || filter.projectId !== 'all';

  function update(next: Partial<TaskFilter>) {
    setParams(new URLSearchParams(taskFilterSearch({ ...filter, ...next })), { replace: true });
  }

  return (
    <div className="page">
      <header className="page-header">
        <h1>Tasks</h1>
        <p className="muted">All tasks across your projects, soonest due first.</p>
      </header>

      <section className="panel">
        <form className="filters" aria-label="Filter tasks" onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor="filter-status" className="field-label">
              Status
            </label>
            <select id="filter-status" className="select" value={filter.status} onChange={(e) => update({ status: e.target.value as TaskFilter['status'] })}>
              <option value="all">All statuses</option>
              <option value="open">Not done</option>
              {TASK_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {TASK_STATUS[status].label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-project" className="field-label">
              Project
            </label>
            <select id="filter-project" className="select" value={filter.projectId} onChange={(e) => update({ projectId: e.target.value })}>
              <option value="all">All projects</option>
              {sortProjects(projects.data ?? []).map((project) => (
                <option key={project.id} value={project.id}>
                  {project.name}
                </option>
              ))}
            </select>
          </div>
          <p className="filters-count" aria-live="polite">
            {tasks.data ? `${visible.length} ${visible.length === 1 ? 'task' : 'tasks'}` : ''}
          </p>
        </form>

        {tasks.isPending ? (
          <LoadingBlock rows={5} label="Loading tasks…" />
        ) : tasks.isError ? (
          <ErrorState message={describeError(tasks.error)} onRetry={() => void tasks.refetch()} />
        ) : visible.length === 0 ? (
          filtered ? (
            <EmptyState
              icon={<TasksIcon size={28} />}
              title="No tasks match these filters"
              action={
                <button type="button" className="btn btn-secondary btn-sm" onClick={() => update({ status: 'all', projectId: 'all' })}>
                  Clear filters
                </button>
              }
            />
          ) : (
            <EmptyState icon={<TasksIcon size={28} />} title="No tasks yet">
              Tasks appear here as soon as the team plans the work.
            </EmptyState>
          )
        ) : (
          <TaskList tasks={visible} projectNames={projectNames} label="Tasks" />
        )}
      </section>
    </div>
  );
}
