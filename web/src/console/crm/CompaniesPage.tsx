/** Companies: the CRM list with status filters (lead, prospect, client, former), a page at a time by name (./lists.ts). */
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { COMPANY_STATUSES, type CompanyStatus } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { Badge, BrandMark, EmptyState } from '../../components/ui';
import { formatMoney } from '../../lib/format';
import { formatMomentDay } from '../lib/dates';
import { BuildingIcon, PlusIcon, SearchIcon } from '../components/icons';
import { Chip, ListTable, Loadable, NoneLoadedMatch, pagedQuery, PageHeader, PrimaryButton } from '../components/kit';
import { CompanyDialog } from './CompanyDialog';
import { useCompaniesCrm } from './queries';
import { COMPANY_STATUS } from '../lib/labels';
import { usePeople } from '../lib/queries';
import { LoadMore } from '../../components/LoadMore';
import { useActiveProjectCount, useCompanyCounts, useCompanyPages } from './lists';
import { normalize } from '../lib/text';
import { useUrlFilters } from '../lib/useUrlFilters';

type StatusFilter = CompanyStatus | 'all';

export default function CompaniesPage() {
  useDocumentTitle('Companies');
  const people = usePeople();
  const navigate = useNavigate();
  const [params, setParam] = useUrlFilters(['', 'all']);
  const [creating, setCreating] = useState(false);
  const status = (params.get('status') as StatusFilter | null) ?? 'all';
  const search = params.get('q') ?? '';
  const owner = params.get('owner') ?? '';
  const pages = useCompanyPages(status === 'all' ? null : status);
  const ids = useMemo(() => pages.items.map((c) => c.id), [pages.items]);
  const crm = useCompaniesCrm(ids);
  const counts = useCompanyCounts(pages.version);

  // Owner and name narrow the companies loaded (the owner lives in each CRM record; a company
  // whose record has not answered yet is not decided either way).
  const undecided = owner ? pages.items.filter((company) => !crm.records.has(company.id)).length : 0;
  const rows = pages.items.filter((company) => {
    if (owner && crm.records.get(company.id)?.ownerUid !== owner) return false;
    if (search.trim()) {
      const q = normalize(search);
      return normalize(company.name).includes(q) || normalize(company.website).includes(q);
    }
    return true;
  });

  // The owner filter decides with each loaded company's CRM record. The companies it has decided
  // show as they come (another page keeps the rows already shown); with none to show yet and some
  // undecided, it shows the loading state rather than an empty state it cannot vouch for.
  const list = owner
    ? pagedQuery(
        { isPending: pages.isPending || (undecided > 0 && rows.length === 0), error: pages.error ?? crm.error, retry: () => (pages.error ? pages.retry() : crm.retry()) },
        rows,
      )
    : pagedQuery(pages, rows);

  return (
    <div className="cx-page">
      <PageHeader
        title="Companies"
        subtitle="Leads, prospects, clients and former clients."
        actions={
          <PrimaryButton icon={<PlusIcon />} onClick={() => setCreating(true)}>New company</PrimaryButton>
        }
      />
      <div className="row wrap between cx-toolbar">
        <div className="row wrap gap-6" role="group" aria-label="Filter by status">
          {(['all', ...COMPANY_STATUSES] as StatusFilter[]).map((s) => (
            <Chip key={s} active={status === s} onClick={() => setParam('status', s)}>
              {s === 'all' ? 'All' : COMPANY_STATUS[s].label}
              {counts[s] === null ? (
                <span className="cx-chip-count" title="The count could not be loaded">—</span>
              ) : (
                <span className="cx-chip-count">{counts[s] ?? '…'}</span>
              )}
            </Chip>
          ))}
        </div>
        <div className="row wrap cx-toolbar-right">
          <select className="input cx-input cx-input-sm" value={owner} onChange={(e) => setParam('owner', e.target.value)} aria-label="Filter by owner">
            <option value="">Any owner</option>
            {people.list.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
          <label className="row cx-filter-search gap-6">
            <SearchIcon />
            <input type="search" placeholder="Filter by name…" value={search} onChange={(e) => setParam('q', e.target.value)} aria-label="Filter companies by name" />
          </label>
        </div>
      </div>
      {owner || search.trim() ? <p className="muted small">Owner and name filter the companies shown — press / to search every company.</p> : null}
      <Loadable query={list} rows={5}>
        {() =>
          rows.length === 0 ? (
            pages.items.length === 0 && status === 'all' ? (
              <EmptyState
                icon={<BuildingIcon size={24} />}
                title="No companies yet"
                action={<PrimaryButton onClick={() => setCreating(true)}>Add your first company</PrimaryButton>}
              />
            ) : (
              <NoneLoadedMatch pages={pages} icon={<BuildingIcon size={24} />} title="No companies match these filters" noun="companies" more="or press / to search every company" label="More companies" />
            )
          ) : (
            <>
            <div className="cx-table-wrap">
              <ListTable columns={['Company', 'Status', 'Stage', { label: 'Deal value', className: 'num' }, 'Owner', { label: 'Active projects', className: 'num' }, 'Last interaction']}>
                {rows.map((company) => {
                  const record = crm.records.get(company.id);
                  return (
                    <tr key={company.id} className="cx-row-link" onClick={() => navigate(`/console/companies/${company.id}`)}>
                      <td>
                        <div className="row cx-entity gap-10">
                          <BrandMark name={company.name} logoUrl={company.logoUrl} size={30} />
                          <span>
                            <Link to={`/console/companies/${company.id}`} className="cx-entity-name" onClick={(e) => e.stopPropagation()}>
                              {company.name}
                            </Link>
                            <span className="hint">{company.website.replace(/^https?:\/\//, '') || '—'}</span>
                          </span>
                        </div>
                      </td>
                      <td>
                        <Badge tone={COMPANY_STATUS[company.status].tone}>{COMPANY_STATUS[company.status].label}</Badge>
                      </td>
                      <td>{record?.stage || <span className="muted">—</span>}</td>
                      <td className="num">{record ? formatMoney(record.dealValue, 'USD') : <span className="muted">—</span>}</td>
                      <td>{record?.ownerUid ? people.name(record.ownerUid) : <span className="muted">—</span>}</td>
                      <td className="num">
                        <ActiveProjects companyId={company.id} />
                      </td>
                      <td>{record?.lastInteractionAt ? formatMomentDay(record.lastInteractionAt) : <span className="muted">—</span>}</td>
                    </tr>
                  );
                })}
              </ListTable>
            </div>
            {undecided > 0 ? (
              <p className="muted small" role="status">
                Checking the owner of {undecided} more {undecided === 1 ? 'company' : 'companies'}…
              </p>
            ) : null}
            <LoadMore pages={pages} label="More companies" />
            </>
          )
        }
      </Loadable>
      <CompanyDialog open={creating} onClose={() => setCreating(false)} onCreated={(id) => navigate(`/console/companies/${id}`)} />
    </div>
  );
}

function ActiveProjects({ companyId }: { companyId: string }) {
  const count = useActiveProjectCount(companyId);
  return <>{count.data ?? '—'}</>;
}
