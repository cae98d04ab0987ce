/** Project writes as mutations. */
import type { ProjectFinance, ProjectStatus } from '@model';
import { useConsoleMutation } from '../lib/mutation';
import { createProject, setProjectStatus, updateProject, type FinanceFields, type ProjectEdit, type ProjectFields } from './writes';

/**
 * Creates a project with its finance record, or saves an edit of one (what changed; an existing
 * finance record keeps its cost and health). Returns the project's id.
 */
export function useSaveProject() {
  return useConsoleMutation(
    async (
      { db },
      v:
        | { companyId: string; projectId?: undefined; fields: ProjectFields; finance: FinanceFields }
        | { companyId: string; projectId: string; edit: ProjectEdit; existingFinance: ProjectFinance | null },
    ) => {
      if (v.projectId === undefined) return createProject(db, v.companyId, v.fields, v.finance);
      await updateProject(db, v.companyId, v.projectId, v.edit, v.existingFinance);
      return v.projectId;
    },
  );
}

export function useSetProjectStatus(companyId: string, projectId: string) {
  return useConsoleMutation(({ db }, status: ProjectStatus) => setProjectStatus(db, companyId, projectId, status));
}
