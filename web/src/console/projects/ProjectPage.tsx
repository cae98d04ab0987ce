/** One project: details, budget (internal), its tasks as a board or table, and its thread. */
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { PROJECT_STATUSES, TASK_STATUSES, type Project, type ProjectStatus, type WithId } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { Avatar, Badge, EmptyState } from '../../components/ui';
import { formatDate, formatDateRange, formatMoney } from '../../lib/format';
import { BoardIcon, EditIcon, EyeIcon, LockIcon, PlusIcon, TableIcon, TasksIcon } from '../components/icons';
import { KeyValues, Loadable, pagedQuery, PageHeader, Panel, Segmented } from '../components/kit';
import { useToast } from '../components/toast';
import { ProjectDialog } from './ProjectDialog';
import { useSetProjectStatus } from './mutations';
import { useCompany, useProject, useProjectFinance } from '../lib/queries';
import { LoadMore } from '../../components/LoadMore';
import { ENGAGEMENT_TYPE, PROJECT_HEALTH, PROJECT_STATUS } from '../lib/labels';
import { ConsoleNotFound } from '../components/StatusPages';
import { Thread } from '../comments';
import { TABLE_PAGE_SIZE, TaskBoard, TaskDialog, TaskTable, useTaskBoard, useTaskPages } from '../tasks';

export default function ProjectPage() {
  const { companyId = '', projectId = '' } = useParams();
  const project = useProject(companyId, projectId);
  useDocumentTitle(project.data?.name ?? 'Project');
  return (
    <Loadable query={project} rows={4}>
      {(data) => (data ? <ProjectRecord companyId={companyId} project={data} /> : <ConsoleNotFound what="project" />)}
    </Loadable>
  );
}

function ProjectRecord({ companyId, project }: { companyId: string; project: WithId<Project> }) {
  const toast = useToast();
  const setStatus = useSetProjectStatus(companyId, project.id);
  const company = useCompany(companyId);
  const finance = useProjectFinance(companyId, project.id);
  // The tasks a page at a time (issue 10): the board per status column, the table 25 at a time;
  // the count and progress are the columns' count()s, never every task of the project.
  const filter = { companyId, projectId: project.id, assignee: null };
  const [editing, setEditing] = useState(false);
  const financeKnown = finance.data !== undefined && !finance.error;
  const [creatingTask, setCreatingTask] = useState(false);
  const [view, setView] = useState<'board' | 'table'>('board');
  const board = useTaskBoard(filter, true);
  const table = useTaskPages({ ...filter, status: 'all' }, TABLE_PAGE_SIZE, view === 'table');
  // Done and total from the board's column counts (count()s, refreshed as the columns change).
  const counts = TASK_STATUSES.map((s) => board.counts[s]);
  const progress = { data: counts.every((n) => typeof n === 'number') ? { done: board.counts.done ?? 0, total: counts.reduce<number>((sum, n) => sum + (n ?? 0), 0) } : undefined };
  const companyName = company.data?.name ?? 'the client';
  const shown = view === 'board' ? board : table;
  const scoped = view === 'board' ? board.tasks : table.items;
  const list = pagedQuery(shown, scoped);
  const total = progress.data?.total;

  return (
    <div className="cx-page cx-page-wide">
      <div className="cx-breadcrumbs">
        <Link to="/console/projects">Projects</Link> <span aria-hidden="true">/</span> <Link to={`/console/companies/${companyId}`}>{companyName}</Link>
      </div>
      <PageHeader
        title={
          <span className="row wrap cx-title-with-mark gap-12">
            <span>{project.name}</span>
            <Badge tone={PROJECT_STATUS[project.status].tone}>{PROJECT_STATUS[project.status].label}</Badge>
          </span>
        }
        subtitle={`${companyName} · ${formatDateRange(project.startDate, project.endDate)}`}
        actions={
          <>
            <select
              className="input cx-input cx-input-sm"
              aria-label="Project status"
              value={project.status}
              onChange={(e) => setStatus.mutate(e.target.value as ProjectStatus, { onError: (err) => toast.error(err.message) })}
            >
              {PROJECT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {PROJECT_STATUS[s].label}
                </option>
              ))}
            </select>
            {/* The form edits the budget too: it opens once the finance record has answered, never with a stand-in. */}
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => setEditing(true)}
              disabled={!financeKnown}
              title={financeKnown ? undefined : finance.error ? 'The budget could not be loaded: try again in the Budget panel.' : 'Loading the budget…'}
            >
              <EditIcon /> Edit
            </button>
            <Link to={`/console/view-as/${companyId}/projects/${project.id}`} className="btn btn-secondary">
              <EyeIcon /> View as {companyName}
            </Link>
          </>
        }
      />
      <div className="stack top cx-record gap-20">
        <div className="cx-record-main">
          <Panel title="About">{project.description ? <p className="prose">{project.description}</p> : <p className="muted">No description.</p>}</Panel>
          <Panel
            title={
              <>
                <TasksIcon /> Tasks {total !== undefined ? <span className="count cx-count">{total}</span> : null}
              </>
            }
            actions={
              <>
                <Segmented
                  label="View"
                  value={view}
                  onChange={setView}
                  options={[
                    { value: 'board', label: <BoardIcon />, title: 'Board' },
                    { value: 'table', label: <TableIcon />, title: 'Table' },
                  ]}
                />
                <button type="button" className="btn btn-primary btn-sm" onClick={() => setCreatingTask(true)}>
                  <PlusIcon /> New task
                </button>
              </>
            }
            flush={view === 'table'}
          >
            <Loadable query={list}>
              {() =>
                scoped.length === 0 ? (
                  <EmptyState title="No tasks yet" action={<button type="button" className="btn btn-secondary" onClick={() => setCreatingTask(true)}>Add the first task</button>} />
                ) : view === 'board' ? (
                  <TaskBoard tasks={scoped} labels={{}} compact paging={{ counts: board.counts, footer: (status) => <LoadMore pages={board.columns[status]} label="More" /> }} />
                ) : (
                  <>
                    <TaskTable tasks={scoped} labels={{}} />
                    <LoadMore pages={table} label="More tasks" />
                  </>
                )
              }
            </Loadable>
          </Panel>
          <Thread parent={{ kind: 'project', companyId, projectId: project.id }} companyName={companyName} parentLabel={project.name} />
        </div>
        <aside className="cx-record-side">
          <Panel title="Details">
            <KeyValues
              items={[
                { label: 'Company', value: <Link to={`/console/companies/${companyId}`}>{companyName}</Link> },
                { label: 'Start', value: formatDate(project.startDate) },
                { label: 'End', value: formatDate(project.endDate) },
                { label: 'Progress', value: progress.data ? `${progress.data.done} of ${progress.data.total} tasks done` : '…' },
              ]}
            />
            <div className="cx-side-team">
              <div className="field-label">Team</div>
              {project.team.length === 0 ? (
                <p className="muted">No one yet.</p>
              ) : (
                <ul className="stack gap-8">
                  {project.team.map((m) => (
                    <li key={m.uid} className="cx-person">
                      <Avatar name={m.displayName} size="sm" /> {m.displayName}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </Panel>
          <Panel
            title={
              <>
                <LockIcon size={15} /> Budget <Badge tone="warning">Internal</Badge>
              </>
            }
            className="cx-private-panel"
          >
            <Loadable query={finance} rows={2}>
              {(f) =>
                f ? (
                  <>
                    <div className="cx-budget">
                      <div className="cx-budget-figures">
                        <span className="cx-budget-used">{formatMoney(f.costToDate, f.currency)}</span>
                        <span className="muted"> of {formatMoney(f.budget, f.currency)}</span>
                      </div>
                      <div className={`cx-budget-bar cx-budget-bar-${f.health}`}>
                        <span className="cx-budget-fill" style={{ width: `${Math.min(100, f.budget ? (f.costToDate / f.budget) * 100 : 0)}%` }} />
                      </div>
                    </div>
                    <KeyValues
                      items={[
                        { label: 'Engagement', value: ENGAGEMENT_TYPE[f.engagementType] },
                        { label: 'Health', value: <Badge tone={PROJECT_HEALTH[f.health].tone}>{PROJECT_HEALTH[f.health].label}</Badge> },
                      ]}
                    />
                  </>
                ) : (
                  <p className="muted">No budget recorded. Edit the project to set one.</p>
                )
              }
            </Loadable>
          </Panel>
        </aside>
      </div>
      <ProjectDialog open={editing} onClose={() => setEditing(false)} companyId={companyId} project={project} finance={finance.data ?? null} />
      <TaskDialog open={creatingTask} onClose={() => setCreatingTask(false)} companyId={companyId} projectId={project.id} />
    </div>
  );
}
