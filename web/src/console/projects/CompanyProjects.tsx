/** The Projects tab of a company record. */
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Company, WithId } from '@model';
import { EmptyState } from '../../components/ui';
import { FolderIcon, PlusIcon } from '../components/icons';
import { Loadable, pagedQuery, Panel } from '../components/kit';
import { ProjectDialog } from './ProjectDialog';
import { ProjectTable } from './ProjectList';
import { LoadMore } from '../../components/LoadMore';
import { useProjectPages } from './lists';

export function CompanyProjects({ company }: { company: WithId<Company> }) {
  // A page of the company's projects at a time (issue 10), each one's progress counted (no tasks read).
  const pages = useProjectPages({ companyId: company.id, status: 'all' });
  const projects = pagedQuery(pages, pages.items);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <Panel
      title="Projects"
      actions={
        <button type="button" className="btn btn-primary btn-sm" onClick={() => setCreating(true)}>
          <PlusIcon /> New project
        </button>
      }
      flush
    >
      <Loadable query={projects}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState icon={<FolderIcon size={24} />} title={`No projects for ${company.name} yet`} />
          ) : (
            <>
              <ProjectTable projects={list} />
              <LoadMore pages={pages} label="More projects" />
            </>
          )
        }
      </Loadable>
      <ProjectDialog open={creating} onClose={() => setCreating(false)} companyId={company.id} onCreated={(c, p) => navigate(`/console/projects/${c}/${p}`)} />
    </Panel>
  );
}
