/** Every project across clients, filtered by status and company. */
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { PROJECT_STATUSES, type ProjectStatus } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { EmptyState } from '../../components/ui';
import { FolderIcon, PlusIcon, SearchIcon } from '../components/icons';
import { Loadable, PageHeader } from '../components/kit';
import { ProjectDialog } from './ProjectDialog';
import { ProjectTable } from './ProjectList';
import { useAllProjects, useAllTasks, useCompanyNames } from '../lib/queries';
import { PROJECT_STATUS } from '../lib/labels';
import { normalize } from '../lib/text';
import { useUrlFilters } from '../lib/useUrlFilters';
import { CompanySelect } from '../components/CompanySelect';

const ORDER: Record<ProjectStatus, number> = { active: 0, planned: 1, on_hold: 2, completed: 3 };

export default function ProjectsPage() {
  useDocumentTitle('Projects');
  const projects = useAllProjects();
  const tasks = useAllTasks();
  const names = useCompanyNames();
  const navigate = useNavigate();
  const [params, setParam] = useUrlFilters();
  const [creating, setCreating] = useState(false);
  const status = params.get('status') ?? 'open';
  const company = params.get('company') ?? '';
  const q = params.get('q') ?? '';

  const rows = (projects.data ?? [])
    .filter((p) => (status === 'all' ? true : status === 'open' ? p.status !== 'completed' : p.status === status))
    .filter((p) => !company || p.companyId === company)
    .filter((p) => !q.trim() || normalize(p.name).includes(normalize(q)) || normalize(names.get(p.companyId) ?? '').includes(normalize(q)))
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.endDate.localeCompare(b.endDate));

  return (
    <div className="cx-page">
      <PageHeader
        title="Projects"
        subtitle="Every engagement, across clients."
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            <PlusIcon /> New project
          </button>
        }
      />
      <div className="cx-toolbar">
        <div className="cx-chips" role="group" aria-label="Filter by status">
          {['open', ...PROJECT_STATUSES, 'all'].map((s) => (
            <button key={s} type="button" className={`cx-chip ${status === s ? 'is-active' : ''}`} aria-pressed={status === s} onClick={() => setParam('status', s === 'open' ? '' : s)}>
              {s === 'open' ? 'Open' : s === 'all' ? 'All' : PROJECT_STATUS[s as ProjectStatus].label}
            </button>
          ))}
        </div>
        <div className="cx-toolbar-right">
          <CompanySelect className="cx-input cx-input-sm" value={company} onChange={(c) => setParam('company', c)} aria-label="Filter by company" />
          <label className="cx-filter-search">
            <SearchIcon />
            <input type="search" placeholder="Filter projects…" value={q} onChange={(e) => setParam('q', e.target.value)} aria-label="Filter projects" />
          </label>
        </div>
      </div>
      <Loadable query={projects} rows={5}>
        {() =>
          rows.length === 0 ? (
            <EmptyState icon={<FolderIcon size={24} />} title="No projects match these filters" />
          ) : (
            <ProjectTable projects={rows} tasks={tasks.data} companyNames={names} />
          )
        }
      </Loadable>
      <ProjectDialog open={creating} onClose={() => setCreating(false)} companyId={company || null} onCreated={(c, p) => navigate(`/console/projects/${c}/${p}`)} />
    </div>
  );
}
