/** Every project across clients, filtered by status and company; a page at a time, soonest ending first (./lists.ts). */
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { PROJECT_STATUSES, type ProjectStatus } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { FolderIcon, PlusIcon, SearchIcon } from '../components/icons';
import { Chip, Loadable, NoneLoadedMatch, pagedQuery, PageHeader, PrimaryButton } from '../components/kit';
import { ProjectDialog } from './ProjectDialog';
import { ProjectTable } from './ProjectList';
import { LoadMore } from '../../components/LoadMore';
import { useProjectPages } from './lists';
import { PROJECT_STATUS } from '../lib/labels';
import { normalize } from '../lib/text';
import { useUrlFilters } from '../lib/useUrlFilters';
import { CompanySelect } from '../components/CompanySelect';

export default function ProjectsPage() {
  useDocumentTitle('Projects');
  const navigate = useNavigate();
  const [params, setParam] = useUrlFilters();
  const [creating, setCreating] = useState(false);
  const status = params.get('status') ?? 'open';
  const company = params.get('company') ?? '';
  const q = params.get('q') ?? '';

  const statusFilter: ProjectStatus | 'open' | 'all' = status === 'all' || status === 'open' || (PROJECT_STATUSES as readonly string[]).includes(status) ? (status as ProjectStatus | 'open' | 'all') : 'open';
  const pages = useProjectPages({ companyId: company || null, status: statusFilter });
  // The text filter narrows what is loaded; finding any project is the search box's job (the index).
  const rows = q.trim() ? pages.items.filter((p) => normalize(p.name).includes(normalize(q))) : pages.items;
  const list = pagedQuery(pages, rows);

  return (
    <div className="cx-page">
      <PageHeader
        title="Projects"
        subtitle="Every engagement, across clients."
        actions={
          <PrimaryButton icon={<PlusIcon />} onClick={() => setCreating(true)}>New project</PrimaryButton>
        }
      />
      <div className="row wrap between cx-toolbar">
        <div className="row wrap gap-6" role="group" aria-label="Filter by status">
          {['open', ...PROJECT_STATUSES, 'all'].map((s) => (
            <Chip key={s} active={status === s} onClick={() => setParam('status', s === 'open' ? '' : s)}>
              {s === 'open' ? 'Open' : s === 'all' ? 'All' : PROJECT_STATUS[s as ProjectStatus].label}
            </Chip>
          ))}
        </div>
        <div className="row wrap cx-toolbar-right">
          <CompanySelect className="input cx-input cx-input-sm" value={company} onChange={(c) => setParam('company', c)} aria-label="Filter by company" />
          <label className="row cx-filter-search gap-6">
            <SearchIcon />
            <input type="search" placeholder="Filter projects…" value={q} onChange={(e) => setParam('q', e.target.value)} aria-label="Filter projects" />
          </label>
        </div>
      </div>
      {q.trim() ? <p className="muted small">Filtering the projects shown by name — press / to search every project.</p> : null}
      <Loadable query={list} rows={5}>
        {() =>
          rows.length === 0 ? (
            <NoneLoadedMatch pages={pages} icon={<FolderIcon size={24} />} title="No projects match these filters" noun="projects" more="or press / to search every project" label="More projects" />
          ) : (
            <>
              <ProjectTable projects={rows} showCompany={!company} />
              <LoadMore pages={pages} label="More projects" />
            </>
          )
        }
      </Loadable>
      <ProjectDialog open={creating} onClose={() => setCreating(false)} companyId={company || null} onCreated={(c, p) => navigate(`/console/projects/${c}/${p}`)} />
    </div>
  );
}
