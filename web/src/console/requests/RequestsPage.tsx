/** /console/requests: every client's requests, submitted first by default; filter by status. */
import { useMemo } from 'react';
import { REQUEST_STATUSES, type RequestStatus } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { LoadMore } from '../../components/LoadMore';
import { Loadable, pagedQuery, PageHeader, Panel, Segmented } from '../components/kit';
import { REQUEST_STATUS } from '../lib/labels';
import { useUrlFilters } from '../lib/useUrlFilters';
import { useRequestPages, type RequestFilter } from './queries';
import { RequestList } from './RequestList';

const FILTERS: { value: RequestFilter; label: string }[] = [
  ...REQUEST_STATUSES.map((status) => ({ value: status as RequestFilter, label: REQUEST_STATUS[status].label })),
  { value: 'all', label: 'All' },
];

export default function RequestsPage() {
  useDocumentTitle('Requests');
  const [params, set] = useUrlFilters(['submitted']);
  const raw = params.get('status') ?? 'submitted';
  const status: RequestFilter = raw === 'all' || (REQUEST_STATUSES as readonly string[]).includes(raw) ? (raw as RequestStatus | 'all') : 'submitted';
  const pages = useRequestPages(null, status);
  const inbox = pagedQuery(pages, pages.items);
  const label = useMemo(() => (status === 'all' ? 'No requests yet' : `No ${REQUEST_STATUS[status].label.toLowerCase()} requests`), [status]);
  return (
    <div className="cx-page">
      <PageHeader title="Requests" subtitle="What clients ask for from their portal. Accept one to make it a task, or decline it with a reason they read." />
      <div className="row wrap between cx-toolbar">
        <Segmented label="Status" value={status} onChange={(value) => set('status', value)} options={FILTERS} />
      </div>
      <Panel flush>
        <Loadable query={inbox}>
          {(list) => (
            <>
              <RequestList requests={list} showCompany empty={label} />
              <LoadMore pages={pages} label="More requests" />
            </>
          )}
        </Loadable>
      </Panel>
    </div>
  );
}
