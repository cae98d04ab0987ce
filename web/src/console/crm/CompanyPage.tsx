/** A company record: header actions (View as, Mark as won, edit) and tabs for its details,
 * contacts and portal access, projects, invoices, client requests and internal CRM fields. */
import { useState } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router-dom';
import type { Company, WithId } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { Badge, BrandMark } from '../../components/ui';
import { formatMoney } from '../../lib/format';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { EditIcon, ExternalIcon, EyeIcon, TrophyIcon } from '../components/icons';
import { KeyValues, Loadable, PageHeader, Panel, Tabs } from '../components/kit';
import { useToast } from '../components/toast';
import { formatMomentDay } from '../lib/dates';
import { CompanyDialog } from './CompanyDialog';
import { CrmTab } from './CrmTab';
import { InvoicesTab } from './InvoicesTab';
import { useCompanyCrm, useCompanyInvoiceCount } from './queries';
import { useMarkCompanyWon } from './mutations';
import { COMPANY_STATUS, PORTAL_ACCESS } from '../lib/labels';
import { useCompany, usePeople } from '../lib/queries';
import { ConsoleNotFound } from '../components/StatusPages';
import { ContactsPanel, useContacts } from '../contacts';
import { CompanyProjects, useCompanyProjectCount } from '../projects';
import { CompanyRequests } from '../requests';

export default function CompanyPage() {
  const { companyId = '' } = useParams();
  const company = useCompany(companyId);
  useDocumentTitle(company.data?.name ?? 'Company');
  return (
    <Loadable query={company} rows={4}>
      {(data) => (data ? <CompanyRecord company={data} /> : <ConsoleNotFound what="company" />)}
    </Loadable>
  );
}

function CompanyRecord({ company }: { company: WithId<Company> }) {
  const toast = useToast();
  const markWon = useMarkCompanyWon(company.id);
  const navigate = useNavigate();
  const crm = useCompanyCrm(company.id);
  const contacts = useContacts(company.id);
  const projectCount = useCompanyProjectCount(company.id);
  const invoiceCount = useCompanyInvoiceCount(company.id);
  const [editing, setEditing] = useState(false);
  const [winning, setWinning] = useState(false);
  const base = `/console/companies/${company.id}`;
  const status = COMPANY_STATUS[company.status];

  return (
    <div className="cx-page">
      <div className="cx-breadcrumbs">
        <Link to="/console/companies">Companies</Link> <span aria-hidden="true">/</span> <span>{company.name}</span>
      </div>
      <PageHeader
        title={
          <span className="row wrap cx-title-with-mark gap-12">
            <BrandMark name={company.name} logoUrl={company.logoUrl} size={40} />
            <span>{company.name}</span>
            <Badge tone={status.tone}>{status.label}</Badge>
          </span>
        }
        subtitle={
          company.website ? (
            <a href={company.website} target="_blank" rel="noreferrer" className="cx-link">
              {company.website.replace(/^https?:\/\//, '')} <ExternalIcon size={14} />
            </a>
          ) : (
            'No website'
          )
        }
        actions={
          <>
            {company.status !== 'client' ? (
              <button type="button" className="btn btn-secondary" onClick={() => setWinning(true)}>
                <TrophyIcon /> Mark as won
              </button>
            ) : null}
            <button type="button" className="btn btn-secondary" onClick={() => setEditing(true)}>
              <EditIcon /> Edit
            </button>
            <button type="button" className="btn btn-primary" onClick={() => navigate(`/console/view-as/${company.id}`)}>
              <EyeIcon /> View as {company.name}
            </button>
          </>
        }
      />
      <Tabs
        items={[
          { to: base, label: 'Details', end: true },
          { to: `${base}/contacts`, label: 'Contacts', count: contacts.data?.length },
          { to: `${base}/projects`, label: 'Projects', count: projectCount.data },
          { to: `${base}/invoices`, label: 'Invoices', count: invoiceCount.data },
          { to: `${base}/requests`, label: 'Requests' },
          { to: `${base}/crm`, label: 'CRM' },
        ]}
      />
      <Routes>
        <Route index element={<DetailsTab company={company} />} />
        <Route path="contacts" element={<ContactsPanel company={company} />} />
        <Route path="projects" element={<CompanyProjects company={company} />} />
        <Route path="invoices" element={<InvoicesTab company={company} />} />
        <Route path="requests" element={<CompanyRequests company={company} />} />
        <Route path="crm" element={<CrmTab company={company} />} />
        <Route path="*" element={<ConsoleNotFound />} />
      </Routes>
      <CompanyDialog open={editing} onClose={() => setEditing(false)} company={company} />
      <ConfirmDialog
        open={winning}
        title={`Mark ${company.name} as won?`}
        confirmLabel="Mark as won"
        onClose={() => setWinning(false)}
        onConfirm={async () => {
          await markWon.mutateAsync(crm.data ? { ...crm.data, lastInteractionAt: null } : null);
          toast.success(`${company.name} is now a client.`);
        }}
      >
        <p>
          {company.name}'s status becomes <strong>Client</strong> and the deal stage <strong>Won</strong>. Clients can then be invited to the portal.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function DetailsTab({ company }: { company: WithId<Company> }) {
  const crm = useCompanyCrm(company.id);
  const contacts = useContacts(company.id);
  const people = usePeople();
  const base = `/console/companies/${company.id}`;
  return (
    <div className="stack top cx-grid-2 gap-20">
      <Panel title="Company">
        <KeyValues
          items={[
            { label: 'Name', value: company.name },
            { label: 'Status', value: <Badge tone={COMPANY_STATUS[company.status].tone}>{COMPANY_STATUS[company.status].label}</Badge> },
            { label: 'Website', value: company.website || '—' },
            { label: 'Customer since', value: formatMomentDay(company.createdAt) },
          ]}
        />
      </Panel>
      <Panel
        title={
          <>
            Deal <Badge tone="warning">Internal</Badge>
          </>
        }
        actions={<Link to={`${base}/crm`} className="cx-link">Edit CRM</Link>}
      >
        <Loadable query={crm} rows={2}>
          {(record) => (
            <KeyValues
              items={[
                { label: 'Deal value', value: record ? formatMoney(record.dealValue, 'USD') : '—' },
                { label: 'Stage', value: record?.stage || '—' },
                { label: 'Source', value: record?.source || '—' },
                { label: 'Owner', value: record?.ownerUid ? people.name(record.ownerUid) : '—' },
                { label: 'Last interaction', value: formatMomentDay(record?.lastInteractionAt) },
              ]}
            />
          )}
        </Loadable>
      </Panel>
      <Panel title="Contacts" actions={<Link to={`${base}/contacts`} className="cx-link">Manage contacts</Link>} className="cx-span-2" flush>
        <Loadable query={contacts} rows={2}>
          {(list) =>
            list.length === 0 ? (
              <p className="cx-panel-empty">No contacts yet. Add the people who should get portal access.</p>
            ) : (
              <ul className="cx-list">
                {list.map((contact) => (
                  <li key={contact.id} className="row cx-list-row gap-14">
                    <span className="cx-list-main">
                      <span className="truncate cx-list-title">{contact.name}</span>
                      <span className="small muted truncate">
                        {contact.title ? `${contact.title} · ` : ''}
                        {contact.email}
                      </span>
                    </span>
                    <Badge tone={PORTAL_ACCESS[contact.portal].tone}>Portal: {PORTAL_ACCESS[contact.portal].label}</Badge>
                  </li>
                ))}
              </ul>
            )
          }
        </Loadable>
      </Panel>
    </div>
  );
}
