/**
 * Every task across clients, as a board by status or a table; filter by company, project,
 * assignee. Paged: the board shows each column's first tasks (soonest due) with its total and
 * "More", the table a page at a time (./lists.ts).
 */
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/useBranding';
import { BoardIcon, PlusIcon, SearchIcon, TableIcon, TasksIcon } from '../components/icons';
import { Loadable, NoneLoadedMatch, pagedQuery, PageHeader, PrimaryButton, Segmented } from '../components/kit';
import { TaskDialog } from './TaskDialog';
import { TaskBoard, TaskTable } from './TaskViews';
import { useTaskBoard, useTaskPages, TABLE_PAGE_SIZE } from './lists';
import { usePeople } from '../lib/queries';
import { LoadMore } from '../../components/LoadMore';
import { CompanyName } from '../components/CompanyName';
import { useConsole } from '../lib/env';
import { normalize } from '../lib/text';
import { useUrlFilters } from '../lib/useUrlFilters';
import { CompanySelect } from '../components/CompanySelect';
import { ProjectPicker } from '../components/Picker';
import { ProjectName } from '../components/ProjectName';

export default function TasksPage() {
  useDocumentTitle('Tasks');
  const { me } = useConsole();
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

  const filter = { companyId: company || null, projectId: (company && project) || null, assignee: assignee === 'me' ? me.uid : assignee || null };
  const board = useTaskBoard(filter, showDone);
  const table = useTaskPages({ ...filter, status: showDone ? 'all' : 'open' }, TABLE_PAGE_SIZE, view === 'table');
  const loaded = view === 'board' ? board.tasks : table.items;
  // The text filter narrows what is loaded; finding any task is the search box's job (the index).
  const rows = q.trim() ? loaded.filter((t) => normalize(t.title).includes(normalize(q))) : loaded;
  const labels = {
    company: company ? undefined : (id: string) => <CompanyName id={id} />,
    // One document per distinct project shown (cached), never the company's whole list.
    project: company ? (c: string, p: string) => <ProjectName companyId={c} id={p} /> : undefined,
  };
  const list = pagedQuery(view === 'board' ? board : table, rows);

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
            <PrimaryButton icon={<PlusIcon />} onClick={() => setCreating(true)}>New task</PrimaryButton>
          </>
        }
      />
      <div className="row wrap between cx-toolbar">
        <div className="row wrap">
          <CompanySelect className="input cx-input cx-input-sm" value={company} onChange={(c) => setParam('company', c, ['project'])} aria-label="Company" />
          <ProjectPicker
            className="input cx-input cx-input-sm"
            companyId={company}
            value={company ? project : ''}
            onChange={(p) => setParam('project', p)}
            label="Project"
            empty={company ? 'All projects' : 'Project (pick a company)'}
            disabled={!company}
          />
          <select className="input cx-input cx-input-sm" value={assignee} onChange={(e) => setParam('assignee', e.target.value)} aria-label="Assignee">
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
        <label className="row cx-filter-search gap-6">
          <SearchIcon />
          <input type="search" placeholder="Filter tasks…" value={q} onChange={(e) => setParam('q', e.target.value)} aria-label="Filter tasks" />
        </label>
      </div>
      {q.trim() ? <p className="muted small">Filtering the tasks shown by title — press / to search every task.</p> : null}
      <Loadable query={list} rows={6}>
        {() =>
          rows.length === 0 && view === 'table' ? (
            <NoneLoadedMatch pages={table} icon={<TasksIcon size={24} />} title="No tasks match these filters" noun="tasks" more="or press / to search every task" label="More tasks" />
          ) : view === 'board' ? (
            <TaskBoard tasks={rows} labels={labels} paging={{ counts: board.counts, footer: (status) => <LoadMore pages={board.columns[status]} label="More" /> }} />
          ) : (
            <>
              <TaskTable tasks={rows} labels={labels} />
              <LoadMore pages={table} label="More tasks" />
            </>
          )
        }
      </Loadable>
      <TaskDialog open={creating} onClose={() => setCreating(false)} companyId={company || null} projectId={project || undefined} onCreated={(c, t) => navigate(`/console/tasks/${c}/${t}`)} />
    </div>
  );
}
