/** Budget writes as mutations: store computed cost and health on projects' finance records. */
import type { ProjectFinance } from '@model';
import { useConsoleMutation } from '../lib/mutation';
import { saveProjectCost } from './writes';

export type StoredCost = { companyId: string; id: string } & Pick<ProjectFinance, 'costToDate' | 'health'>;

export function useStoreProjectCosts() {
  return useConsoleMutation(async ({ db }, rows: readonly StoredCost[]) => {
    await Promise.all(rows.map((r) => saveProjectCost(db, r.companyId, r.id, r)));
  });
}
