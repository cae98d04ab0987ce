/** A company's requests (its page's Requests tab), every status, newest first. */
import { useMemo } from 'react';
import type { Company, WithId } from '@model';
import { Loadable, Panel } from '../components/kit';
import { useCompanyRequests } from './queries';
import { RequestList } from './RequestList';

export function CompanyRequests({ company }: { company: WithId<Company> }) {
  const requests = useCompanyRequests(company.id, 'all');
  const data = useMemo(() => requests.data?.map((r) => ({ ...r, companyId: company.id })), [requests.data, company.id]);
  return (
    <Panel title="Requests" flush>
      <Loadable query={{ ...requests, data }}>{(list) => <RequestList requests={list} empty={`No requests from ${company.name} yet`} />}</Loadable>
    </Panel>
  );
}
