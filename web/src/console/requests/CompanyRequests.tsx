/** A company's requests (its page's Requests tab), every status, newest first, a page at a time. */
import type { Company, WithId } from '@model';
import { LoadMore } from '../../components/LoadMore';
import { Loadable, pagedQuery, Panel } from '../components/kit';
import { useRequestPages } from './queries';
import { RequestList } from './RequestList';

export function CompanyRequests({ company }: { company: WithId<Company> }) {
  const pages = useRequestPages(company.id, 'all');
  const requests = pagedQuery(pages, pages.items);
  return (
    <Panel title="Requests" flush>
      <Loadable query={requests}>
        {(list) => (
          <>
            <RequestList requests={list} empty={`No requests from ${company.name} yet`} />
            <LoadMore pages={pages} label="More requests" />
          </>
        )}
      </Loadable>
    </Panel>
  );
}
