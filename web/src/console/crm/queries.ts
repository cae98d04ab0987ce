/** CRM reads: companies, their internal CRM fields, and their invoices (read-only here). */
import { useQueries, useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import type { CompanyCrm, WithId } from '@model';
import { companiesQuery, companyCrmRef, companyRef, invoicesQuery } from '../../lib/refs';
import { useConsole } from '../env';
import { liveDoc, liveList } from '../lib/options';

export const crmKeys = {
  companies: () => ['companies'] as const,
  company: (companyId: string) => ['companies', companyId] as const,
  crm: (companyId: string) => ['companies', companyId, 'crm'] as const,
  invoices: (companyId: string) => ['companies', companyId, 'invoices'] as const,
};

export const companiesOptions = (db: Firestore) => liveList([...crmKeys.companies(), 'list'], () => companiesQuery(db));
export const companyOptions = (db: Firestore, companyId: string) => liveDoc([...crmKeys.company(companyId), 'doc'], () => companyRef(db, companyId));
export const companyCrmOptions = (db: Firestore, companyId: string) => liveDoc(crmKeys.crm(companyId), () => companyCrmRef(db, companyId));
export const companyInvoicesOptions = (db: Firestore, companyId: string) =>
  liveList(crmKeys.invoices(companyId), () => invoicesQuery(db, companyId));

export function useCompanies() {
  const { db } = useConsole();
  return useQuery(companiesOptions(db));
}

export function useCompany(companyId: string) {
  const { db } = useConsole();
  return useQuery(companyOptions(db, companyId));
}

export function useCompanyCrm(companyId: string) {
  const { db } = useConsole();
  return useQuery(companyCrmOptions(db, companyId));
}

export function useCompanyInvoices(companyId: string) {
  const { db } = useConsole();
  return useQuery(companyInvoicesOptions(db, companyId));
}

/** Company names by id, for labels in cross-company lists. */
export function useCompanyNames(): Map<string, string> {
  const { data } = useCompanies();
  const names = new Map<string, string>();
  for (const company of data ?? []) names.set(company.id, company.name);
  return names;
}

/** The CRM records of several companies (one document each), by company id. */
export function useCompaniesCrm(companyIds: readonly string[]): Map<string, WithId<CompanyCrm> | null> {
  const { db } = useConsole();
  return useQueries({
    queries: companyIds.map((id) => companyCrmOptions(db, id)),
    combine: (results) => {
      const map = new Map<string, WithId<CompanyCrm> | null>();
      results.forEach((result, i) => {
        if (result.data !== undefined) map.set(companyIds[i]!, result.data);
      });
      return map;
    },
  });
}
