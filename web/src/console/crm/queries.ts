/** CRM reads: a company's internal CRM record (one, or several for the list) and its invoices. */
import { useQueries, useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import type { CompanyCrm, WithId } from '@model';
import { companyCrmRef, invoicesQuery } from '../../lib/refs';
import { useConsole } from '../lib/env';
import { liveDoc, liveList } from '../lib/options';

export const crmKeys = {
  crm: (companyId: string) => ['companies', companyId, 'crm'] as const,
  invoices: (companyId: string) => ['companies', companyId, 'invoices'] as const,
};

export const companyCrmOptions = (db: Firestore, companyId: string) => liveDoc(crmKeys.crm(companyId), () => companyCrmRef(db, companyId));
export const companyInvoicesOptions = (db: Firestore, companyId: string) =>
  liveList(crmKeys.invoices(companyId), () => invoicesQuery(db, companyId));

export function useCompanyCrm(companyId: string) {
  const { db } = useConsole();
  return useQuery(companyCrmOptions(db, companyId));
}

export function useCompanyInvoices(companyId: string) {
  const { db } = useConsole();
  return useQuery(companyInvoicesOptions(db, companyId));
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
