/** The Projects tab of a company record. */
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Company, WithId } from '@model';
import { EmptyState } from '../../components/ui';
import { FolderIcon, PlusIcon } from '../components/icons';
import { Loadable, Panel } from '../components/kit';
import { ProjectDialog } from './ProjectDialog';
import { ProjectTable } from './ProjectList';
import { useCompanyProjects, useCompanyTasks } from '../lib/queries';

export function CompanyProjects({ company }: { company: WithId<Company> }) {
  const projects = useCompanyProjects(company.id);
  const tasks = useCompanyTasks(company.id);
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
            <ProjectTable
              projects={list.map((p) => ({ ...p, companyId: company.id }))}
              tasks={tasks.data?.map((t) => ({ ...t, companyId: company.id }))}
            />
          )
        }
      </Loadable>
      <ProjectDialog open={creating} onClose={() => setCreating(false)} companyId={company.id} onCreated={(c, p) => navigate(`/console/projects/${c}/${p}`)} />
    </Panel>
  );
}
