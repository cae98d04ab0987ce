/** Every task across clients, as a board by status or a table; filter by company, project, assignee. */
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/useBranding';
import { EmptyState } from '../../components/ui';
import { BoardIcon, PlusIcon, SearchIcon, TableIcon, TasksIcon } from '../components/icons';
import { Loadable, PageHeader, Segmented } from '../components/kit';
import { TaskDialog } from './TaskDialog';
import { TaskBoard, TaskTable } from './TaskViews';
import { useAllProjects, useAllTasks, useCompanyNames, usePeople } from '../lib/queries';
import { useConsole } from '../lib/env';
import { normalize } from '../lib/text';
import { useUrlFilters } from '../lib/useUrlFilters';
import { CompanySelect } from '../components/CompanySelect';

export default function TasksPage() {
  useDocumentTitle('Tasks');
  const { me } = useConsole();
  const tasks = useAllTasks();
  const projects = useAllProjects();
  const names = useCompanyNames();
  const people = usePeople();
  const navigate = useNavigate();
  const [params, setParam] = useUrlFilters();
  const [creating, setCreating] = useState(false);
  const view = params.get('view') === 'table' ? 'table' : 'board';
  const company = params.get('company') ?? '';
  const project = params.get('project') ?? '';
  const assignee = params.get('assignee') ?? '';
  const q = params.get('q') ?? '';
  const showDone = params.get('done') !== 'hide';

  const projectNames = new Map((projects.data ?? []).map((p) => [`${p.companyId}/${p.id}`, p.name]));
  const rows = (tasks.data ?? []).filter((t) => {
    if (company && t.companyId !== company) return false;
    if (project && t.projectId !== project) return false;
    if (assignee === 'me' && t.assignee?.uid !== me.uid) return false;
    if (assignee === 'none' && t.assignee) return false;
    if (assignee && assignee !== 'me' && assignee !== 'none' && t.assignee?.uid !== assignee) return false;
    if (!showDone && t.status === 'done') return false;
    if (q.trim() && !normalize(t.title).includes(normalize(q))) return false;
    return true;
  });
  const labels = {
    company: company ? undefined : (id: string) => names.get(id) ?? id,
    project: (c: string, p: string) => projectNames.get(`${c}/${p}`) ?? '',
  };

  return (
    <div className="cx-page cx-page-wide">
      <PageHeader
        title="Tasks"
        subtitle="What the team is working on, for every client."
        actions={
          <>
            <Segmented
              label="View"
              value={view}
              onChange={(v) => setParam('view', v === 'board' ? '' : v)}
              options={[
                { value: 'board', label: <><BoardIcon /> Board</> },
                { value: 'table', label: <><TableIcon /> Table</> },
              ]}
            />
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
              <PlusIcon /> New task
            </button>
          </>
        }
      />
      <div className="cx-toolbar">
        <div className="cx-toolbar-left">
          <CompanySelect className="cx-input cx-input-sm" value={company} onChange={(c) => setParam('company', c, ['project'])} aria-label="Company" />
          <select className="cx-input cx-input-sm" value={project} onChange={(e) => setParam('project', e.target.value)} aria-label="Project" disabled={!company}>
            <option value="">{company ? 'All projects' : 'Project (pick a company)'}</option>
            {(projects.data ?? [])
              .filter((p) => p.companyId === company)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
          <select className="cx-input cx-input-sm" value={assignee} onChange={(e) => setParam('assignee', e.target.value)} aria-label="Assignee">
            <option value="">Anyone</option>
            <option value="me">Assigned to me</option>
            <option value="none">Unassigned</option>
            {people.list.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
          <label className="cx-check">
            <input type="checkbox" checked={showDone} onChange={(e) => setParam('done', e.target.checked ? '' : 'hide')} /> Show done
          </label>
        </div>
        <label className="cx-filter-search">
          <SearchIcon />
          <input type="search" placeholder="Filter tasks…" value={q} onChange={(e) => setParam('q', e.target.value)} aria-label="Filter tasks" />
        </label>
      </div>
      <Loadable query={tasks} rows={6}>
        {() =>
          rows.length === 0 && view === 'table' ? (
            <EmptyState icon={<TasksIcon size={24} />} title="No tasks match these filters" />
          ) : view === 'board' ? (
            <TaskBoard tasks={rows} labels={labels} />
          ) : (
            <TaskTable tasks={rows} labels={labels} />
          )
        }
      </Loadable>
      <TaskDialog open={creating} onClose={() => setCreating(false)} companyId={company || null} projectId={project || undefined} onCreated={(c, t) => navigate(`/console/tasks/${c}/${t}`)} />
    </div>
  );
}
