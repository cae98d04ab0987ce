/**
 * Invoices across the agency, a page at a time (./lists.ts): unpaid first by default (soonest
 * due first), filtered by status and client in the query; the totals and chip counts come from
 * count() and sum(), not from reading every invoice.
 */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { INVOICE_STATUSES, type InvoiceStatus } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { EmptyState } from '../../components/ui';
import { LoadMore } from '../../components/LoadMore';
import { formatDate, formatMoney, todayIso } from '../../lib/format';
import type { ConsoleInvoiceStatus } from '../../lib/dashboardRefs';
import { DataTable, Loadable, pagedQuery, PageHeader, Segmented, Stat } from '../components/kit';
import { PlusIcon, ReceiptIcon } from '../components/icons';
import { CompanyName } from '../components/CompanyName';
import { formatTotals, invoiceBalance, isOverdue } from '../lib/money';
import { useUrlFilters } from '../lib/useUrlFilters';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import { useInvoiceFigures, useInvoicePages } from './lists';
import { CompanySelect } from '../components/CompanySelect';

/** The default view: what is still owed. */
const DEFAULT_STATUS = 'open';
const FILTERS: { value: ConsoleInvoiceStatus; label: string }[] = [
  { value: 'open', label: 'Unpaid' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'pending', label: 'Pending' },
  { value: 'draft', label: 'Drafts' },
  { value: 'paid', label: 'Paid' },
  { value: 'void', label: 'Void' },
  { value: 'all', label: 'All' },
];

const parseStatus = (value: string | null): ConsoleInvoiceStatus =>
  value === 'all' || value === 'open' || (INVOICE_STATUSES as readonly string[]).includes(value ?? '') ? (value as ConsoleInvoiceStatus) : DEFAULT_STATUS;

export default function InvoicesPage() {
  useDocumentTitle('Invoices');
  const navigate = useNavigate();
  const [params, setParam] = useUrlFilters(['', DEFAULT_STATUS]);
  const company = params.get('company') ?? '';
  const status = parseStatus(params.get('status'));
  const [search, setSearch] = useState('');
  const today = todayIso();

  const pages = useInvoicePages({ companyId: company || null, status }, today);
  const figuresQuery = useInvoiceFigures(company || null, today, pages.version);
  const figures = figuresQuery.data;
  const counts = figures?.counts;

  const rows = pages.items.map((invoice) => ({
    ...invoice,
    // pending past its due date shows as overdue before the daily job flips it
    shownStatus: (invoice.status === 'pending' && isOverdue(invoice, today) ? 'overdue' : invoice.status) as InvoiceStatus,
  }));
  // The number filter narrows what is loaded; the status and client filters run in the query.
  const needle = search.trim().toLowerCase();
  const shown = needle ? rows.filter((invoice) => invoice.number.toLowerCase().includes(needle)) : rows;
  const list = pagedQuery(pages, shown);

  const newLink = company ? `/console/invoices/new?company=${encodeURIComponent(company)}` : '/console/invoices/new';
  const none = counts?.all === 0;
  // A failed aggregation shows a dash and says so, never an ellipsis that waits forever.
  const pendingFigure = figuresQuery.isError ? '—' : '…';
  const figuresError = figuresQuery.isError ? 'Could not be loaded.' : undefined;

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

      <div className="stack cx-stat-grid gap-16">
        <Stat label="Outstanding" value={figures ? formatTotals(figures.outstanding, formatMoney(0, 'USD')) : pendingFigure} hint={counts ? `${counts.open} issued and unpaid` : figuresError} />
        <Stat
          label="Overdue"
          tone={!counts ? 'neutral' : counts.overdue ? 'bad' : 'good'}
          value={figures ? formatTotals(figures.overdue, formatMoney(0, 'USD')) : pendingFigure}
          hint={!counts ? figuresError : counts.overdue ? `${counts.overdue} past the due date` : 'Nothing overdue'}
        />
        <Stat label="Drafts" value={counts ? String(counts.draft) : pendingFigure} hint={!figures ? figuresError : counts?.draft ? `${formatTotals(figures.drafts)} not yet issued` : 'No drafts'} />
      </div>

      <div className="row wrap between cx-toolbar">
        <Segmented<ConsoleInvoiceStatus>
          label="Status"
          value={status}
          onChange={(value) => setParam('status', value)}
          options={FILTERS.map((f) => ({ value: f.value, label: <>{f.label}{counts?.[f.value] ? <span className="count cx-count">{counts[f.value]}</span> : null}</> }))}
        />
        <div className="row wrap cx-toolbar-right">
          <label className="visually-hidden" htmlFor="invoice-company">Client</label>
          <CompanySelect id="invoice-company" className="select cx-input-sm" value={company} onChange={(c) => setParam('company', c)} empty="All clients" />
          <label className="visually-hidden" htmlFor="invoice-search">Filter the invoices shown</label>
          <input id="invoice-search" className="input cx-input-sm" type="search" placeholder="Filter by number" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
      </div>
      {needle && pages.hasMore ? <p className="muted small">Filtering the invoices loaded so far by number — pick a client or a status to narrow the list, or load more.</p> : null}

      <Loadable query={list} rows={5}>
        {() =>
          shown.length === 0 ? (
            <div className="stack cx-box gap-12">
              <EmptyState icon={<ReceiptIcon size={28} />} title={none ? 'No invoices yet' : 'No invoices match'} action={<Link className="btn btn-primary" to={newLink}>New invoice</Link>}>
                {none ? 'Create a draft from time entries, fixed fees and expenses, then issue it to the client.' : 'Try another status or client.'}
              </EmptyState>
              <LoadMore pages={pages} label="More invoices" />
            </div>
          ) : (
            <>
              <div className="stack cx-box cx-box-flush">
                <DataTable columns={['Number', 'Client', { label: 'Issued', className: 'hide-sm' }, { label: 'Due', className: 'hide-sm' }, 'Status', { label: 'Total', className: 'num' }, { label: 'Balance', className: 'num hide-sm' }]}>
                  {shown.map((invoice) => {
                    const href = `/console/invoices/${invoice.companyId}/${invoice.id}`;
                    const open = invoice.status === 'pending' || invoice.status === 'overdue';
                    return (
                      <tr key={`${invoice.companyId}/${invoice.id}`} className="cx-row-link" onClick={() => navigate(href)}>
                        <th scope="row">
                          <Link to={href} onClick={(e) => e.stopPropagation()}>{invoice.number}</Link>
                        </th>
                        <td><CompanyName id={invoice.companyId} /></td>
                        <td className="hide-sm">{formatDate(invoice.issueDate)}</td>
                        <td className={`hide-sm ${invoice.shownStatus === 'overdue' ? 'text-danger' : ''}`}>{formatDate(invoice.dueDate)}</td>
                        <td><InvoiceStatusBadge status={invoice.shownStatus} /></td>
                        <td className="num">{formatMoney(invoice.total, invoice.currency)}</td>
                        <td className="num hide-sm">{open ? formatMoney(invoiceBalance(invoice), invoice.currency) : <span className="muted">—</span>}</td>
                      </tr>
                    );
                  })}
                </DataTable>
              </div>
              <LoadMore pages={pages} label="More invoices" />
            </>
          )
        }
      </Loadable>
    </div>
  );
}
