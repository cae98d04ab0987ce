/**
 * /portal/tasks: the company's tasks across projects, soonest due first, a page at a time. Opens
 * on the not-done ones; the status and project filters run as indexed queries; "N tasks" is a
 * count() aggregation, not a read of every task.
 */
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/useBranding';
import { TasksIcon } from '../../components/icons';
import { EmptyState, ErrorState } from '../../components/ui';
import { describeError } from '../../lib/errors';
import { TASK_STATUSES } from '@model';
import { ALL_PROJECTS } from '../../lib/refs';
import { usePortal, usePortalPath } from '../lib/context';
import { TASK_STATUS } from '../lib/labels';
import { LoadMore } from '../../components/LoadMore';
import { Connecting } from '../components/sync';
import { useProjectPages, useProjectsById } from '../lib/projectQueries';
import { DEFAULT_TASK_FILTER, isDefaultTaskFilter, parseTaskFilter, taskFilterSearch, type TaskFilter } from './filter';
import { useTaskCount, useTaskPages } from './queries';
import { TaskList } from './TaskList';

/** The page's first queries, started when its link is hovered or focused (pages.ts). */
export { prefetchTasksPage as prefetch } from './queries';

export function TasksPage() {
  const [params, setParams] = useSearchParams();
  const scope = usePortal();
  const path = usePortalPath();
  const search = params.toString();
  const filter = useMemo(() => parseTaskFilter(search), [search]);
  const tasks = useTaskPages(filter);
  const count = useTaskCount(filter, tasks.version);
  const projects = useProjectPages('current');
  useDocumentTitle('Tasks');

  // Names for the rows and the project filter: the current projects (shared with the Projects
  // page), plus any other project a shown task (or the filter) names — one document each.
  const known = useMemo(() => new Map(projects.items.map((p) => [p.id, p.name])), [projects.items]);
  const missing = useMemo(() => {
    if (projects.isPending) return [];
    const ids = new Set(tasks.items.map((t) => t.projectId));
    if (filter.projectId !== ALL_PROJECTS) ids.add(filter.projectId);
    return [...ids].filter((id) => !known.has(id)).sort();
  }, [projects.isPending, tasks.items, filter.projectId, known]);
  const others = useProjectsById(missing);
  const projectNames = useMemo(() => {
    const names = new Map(known);
    for (const other of others) if (other.data) names.set(other.data.id, other.data.name);
    return names;
  }, [known, others]);
  const selectedOther = filter.projectId !== ALL_PROJECTS && !known.has(filter.projectId) ? projectNames.get(filter.projectId) : undefined;

  function update(next: Partial<TaskFilter>) {
    setParams(new URLSearchParams(taskFilterSearch({ ...filter, ...next })), { replace: true });
  }

  const total = count.data;
  const allStatuses = filter.status === 'all' && filter.projectId === ALL_PROJECTS;

  return (
    <div className="page">
      <header className="row wrap between top page-header gap-12">
        <div>
          <h1>Tasks</h1>
          <p className="muted">Tasks across your projects, soonest due first — what is not done yet, unless you choose otherwise.</p>
        </div>
        {scope.preview ? null : (
          <Link to={path('/requests/new')} className="btn btn-secondary">
            New request
          </Link>
        )}
      </header>

      <section className="panel">
        <form className="row wrap bottom filters" style={{ gap: '12px 16px' }} aria-label="Filter tasks" onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor="filter-status" className="field-label">
              Status
            </label>
            <select id="filter-status" className="select" value={filter.status} onChange={(e) => update({ status: e.target.value as TaskFilter['status'] })}>
              <option value="open">Not done</option>
              <option value="all">All statuses</option>
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
              <option value={ALL_PROJECTS}>All projects</option>
              {projects.items.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.name}
                </option>
              ))}
              {filter.projectId !== ALL_PROJECTS && !known.has(filter.projectId) ? (
                <option value={filter.projectId}>{selectedOther ?? 'This project'}</option>
              ) : null}
            </select>
          </div>
          <p className="filters-count" aria-live="polite">
            {total === undefined || tasks.isPending ? '' : `${total} ${total === 1 ? 'task' : 'tasks'}`}
          </p>
        </form>

        {tasks.isError ? (
          <ErrorState message={describeError(tasks.error)} onRetry={tasks.retry} />
        ) : tasks.isPending || (tasks.items.length === 0 && !tasks.freshness.synced) ? (
          <Connecting rows={5} />
        ) : tasks.items.length === 0 ? (
          isDefaultTaskFilter(filter) ? (
            <EmptyState
              icon={<TasksIcon size={28} />}
              title="Nothing in progress"
              action={
                <button type="button" className="btn btn-secondary btn-sm" onClick={() => update({ status: 'all' })}>
                  Show all statuses
                </button>
              }
            >
              Every task is done. New work shows up here as soon as the team plans it.
            </EmptyState>
          ) : allStatuses ? (
            <EmptyState icon={<TasksIcon size={28} />} title="No tasks yet">
              Tasks appear here as soon as the team plans the work.
            </EmptyState>
          ) : (
            <EmptyState
              icon={<TasksIcon size={28} />}
              title="No tasks match these filters"
              action={
                <button type="button" className="btn btn-secondary btn-sm" onClick={() => update(DEFAULT_TASK_FILTER)}>
                  Clear filters
                </button>
              }
            />
          )
        ) : (
          <>
            <TaskList tasks={tasks.items} projectNames={projectNames} label="Tasks" />
            <LoadMore pages={tasks} label="Load more tasks" />
          </>
        )}
      </section>
    </div>
  );
}
