/** All invoices across the agency, filtered by status, client and number; totals at the top. */
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { Currency, InvoiceStatus } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { EmptyState } from '../../components/ui';
import { formatDate, formatMoney, todayIso } from '../../lib/format';
import { Loadable, PageHeader, Segmented, Stat } from '../components/kit';
import { PlusIcon, ReceiptIcon } from '../components/icons';
import { useLookups } from '../lib/lookups';
import { addTo, formatTotals, invoiceBalance, isOverdue } from '../lib/money';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import { useAllInvoices } from '../lib/queries';
import { CompanySelect } from '../components/CompanySelect';

type Filter = 'all' | InvoiceStatus;
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'draft', label: 'Drafts' },
  { value: 'pending', label: 'Pending' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'paid', label: 'Paid' },
  { value: 'void', label: 'Void' },
];

export default function InvoicesPage() {
  useDocumentTitle('Invoices');
  const invoices = useAllInvoices();
  const lookups = useLookups();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const company = params.get('company') ?? '';
  const status = (params.get('status') as Filter | null) ?? 'all';
  const [search, setSearch] = useState('');
  const today = todayIso();

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value && value !== 'all') next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const rows = useMemo(() => {
    const list = (invoices.data ?? []).map((invoice) => ({
      ...invoice,
      // pending past its due date shows as overdue before the daily job flips it
      shownStatus: (invoice.status === 'pending' && isOverdue(invoice, today) ? 'overdue' : invoice.status) as InvoiceStatus,
    }));
    return list.sort((a, b) => b.issueDate.localeCompare(a.issueDate) || b.number.localeCompare(a.number));
  }, [invoices.data, today]);

  const summary = useMemo(() => {
    const outstanding: Partial<Record<Currency, number>> = {};
    const overdue: Partial<Record<Currency, number>> = {};
    const drafts: Partial<Record<Currency, number>> = {};
    let overdueCount = 0;
    let draftCount = 0;
    let openCount = 0;
    for (const invoice of rows) {
      if (company && invoice.companyId !== company) continue;
      if (invoice.status === 'pending' || invoice.status === 'overdue') {
        addTo(outstanding, invoice.currency, invoiceBalance(invoice));
        openCount++;
        if (invoice.shownStatus === 'overdue') {
          addTo(overdue, invoice.currency, invoiceBalance(invoice));
          overdueCount++;
        }
      }
      if (invoice.status === 'draft') {
        addTo(drafts, invoice.currency, invoice.total);
        draftCount++;
      }
    }
    return { outstanding, overdue, drafts, overdueCount, draftCount, openCount };
  }, [rows, company]);

  const counts = useMemo(() => {
    const c: Record<string, number> = { all: 0 };
    for (const invoice of rows) {
      if (company && invoice.companyId !== company) continue;
      c.all = (c.all ?? 0) + 1;
      c[invoice.shownStatus] = (c[invoice.shownStatus] ?? 0) + 1;
    }
    return c;
  }, [rows, company]);

  const needle = search.trim().toLowerCase();
  const shown = rows.filter(
    (invoice) =>
      (!company || invoice.companyId === company) &&
      (status === 'all' || invoice.shownStatus === status) &&
      (!needle || invoice.number.toLowerCase().includes(needle) || lookups.company(invoice.companyId).toLowerCase().includes(needle)),
  );

  const newLink = company ? `/console/invoices/new?company=${encodeURIComponent(company)}` : '/console/invoices/new';

  return (
    <div className="cx-page">
      <PageHeader
        title="Invoices"
        subtitle="Every invoice across the agency. Drafts stay internal; a client sees an invoice once it is issued."
        actions={
          <Link className="btn btn-primary" to={newLink}>
            <PlusIcon size={18} /> New invoice
          </Link>
        }
      />

      <div className="cx-stat-grid">
        <Stat label="Outstanding" value={formatTotals(summary.outstanding, formatMoney(0, 'USD'))} hint={`${summary.openCount} issued and unpaid`} />
        <Stat label="Overdue" tone={summary.overdueCount ? 'bad' : 'good'} value={formatTotals(summary.overdue, formatMoney(0, 'USD'))} hint={summary.overdueCount ? `${summary.overdueCount} past the due date` : 'Nothing overdue'} />
        <Stat label="Drafts" value={String(summary.draftCount)} hint={summary.draftCount ? `${formatTotals(summary.drafts)} not yet issued` : 'No drafts'} />
      </div>

      <div className="cx-action-bar">
        <Segmented<Filter>
          label="Status"
          value={status}
          onChange={(value) => setParam('status', value)}
          options={FILTERS.map((f) => ({ value: f.value, label: <>{f.label}{counts[f.value] ? <span className="cx-count">{counts[f.value]}</span> : null}</> }))}
        />
        <div className="cx-action-bar-end">
          <label className="visually-hidden" htmlFor="invoice-company">Client</label>
          <CompanySelect id="invoice-company" className="select cx-select-sm" value={company} onChange={(c) => setParam('company', c)} empty="All clients" />
          <label className="visually-hidden" htmlFor="invoice-search">Search invoices</label>
          <input id="invoice-search" className="input cx-filter-input" type="search" placeholder="Search number or client" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
      </div>

      <Loadable query={invoices} rows={5}>
        {() =>
          shown.length === 0 ? (
            <div className="cx-box">
              <EmptyState icon={<ReceiptIcon size={28} />} title={rows.length ? 'No invoices match' : 'No invoices yet'} action={<Link className="btn btn-primary" to={newLink}>New invoice</Link>}>
                {rows.length ? 'Try another status or client.' : 'Create a draft from time entries, fixed fees and expenses, then issue it to the client.'}
              </EmptyState>
            </div>
          ) : (
            <div className="cx-box cx-box-flush">
              <table className="table cx-data-table">
                <thead>
                  <tr>
                    <th scope="col">Number</th>
                    <th scope="col">Client</th>
                    <th scope="col" className="hide-sm">Issued</th>
                    <th scope="col" className="hide-sm">Due</th>
                    <th scope="col">Status</th>
                    <th scope="col" className="num">Total</th>
                    <th scope="col" className="num hide-sm">Balance</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((invoice) => {
                    const href = `/console/invoices/${invoice.companyId}/${invoice.id}`;
                    const open = invoice.status === 'pending' || invoice.status === 'overdue';
                    return (
                      <tr key={`${invoice.companyId}/${invoice.id}`} className="cx-row-link" onClick={() => navigate(href)}>
                        <th scope="row">
                          <Link to={href} onClick={(e) => e.stopPropagation()}>{invoice.number}</Link>
                        </th>
                        <td>{lookups.company(invoice.companyId)}</td>
                        <td className="hide-sm">{formatDate(invoice.issueDate)}</td>
                        <td className={`hide-sm ${invoice.shownStatus === 'overdue' ? 'text-danger' : ''}`}>{formatDate(invoice.dueDate)}</td>
                        <td><InvoiceStatusBadge status={invoice.shownStatus} /></td>
                        <td className="num">{formatMoney(invoice.total, invoice.currency)}</td>
                        <td className="num hide-sm">{open ? formatMoney(invoiceBalance(invoice), invoice.currency) : <span className="muted">—</span>}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )
        }
      </Loadable>
    </div>
  );
}
