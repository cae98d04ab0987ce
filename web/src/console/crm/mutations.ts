/** CRM writes as mutations. */
import { useConsoleMutation } from '../lib/mutation';
import { createCompany, markCompanyWon, saveCrm, updateCompany, type CompanyFields, type CrmFields } from './writes';

/** Creates a company (owned by the staff member) and returns its id, or saves one when `companyId` is given. */
export function useSaveCompany() {
  return useConsoleMutation(async ({ db, me }, { companyId, fields }: { companyId?: string; fields: CompanyFields }) => {
    if (!companyId) return createCompany(db, fields, me.uid);
    await updateCompany(db, companyId, fields);
    return companyId;
  });
}

export function useMarkCompanyWon(companyId: string) {
  return useConsoleMutation(({ db, me }, crm: CrmFields | null) => markCompanyWon(db, companyId, crm, me.uid));
}

export function useSaveCrm(companyId: string) {
  return useConsoleMutation(({ db }, { crm, changed }: { crm: CrmFields; changed?: (keyof CrmFields)[] }) => saveCrm(db, companyId, crm, changed));
}
