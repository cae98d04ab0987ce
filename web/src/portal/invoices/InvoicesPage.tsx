/**
 * /portal/invoices: Client Invoices — what is unpaid first (soonest due), a page at a time; the
 * paid history loads when asked for. The outstanding totals are aggregations (count, sum).
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Invoice, WithId } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { CardIcon } from '../../components/icons';
import { TableHead } from '../../components/TableHead';
import { Badge, EmptyState, ErrorState, Skeleton } from '../../components/ui';
import { describeError } from '../../lib/errors';
import { formatDate, formatMoney } from '../../lib/format';
import type { LivePages } from '../../lib/pages';
import { usePortalPath } from '../lib/context';
import { Connecting } from '../components/sync';
import { INVOICE_STATUS } from '../lib/labels';
import { LoadMore } from '../../components/LoadMore';
import { useInvoiceCount, useInvoicePages, useOutstanding } from './queries';
import { balanceDue, effectiveInvoiceStatus } from './status';

/** The page's first queries, started when its link is hovered or focused (pages.ts). */
export { prefetchInvoicesPage as prefetch } from './queries';

export function InvoicesPage() {
  const unpaid = useInvoicePages('unpaid');
  const [showPaid, setShowPaid] = useState(false);
  const paid = useInvoicePages('paid', showPaid);
  const unpaidCount = useInvoiceCount('unpaid', unpaid.version);
  // An invoice paid while the page is open leaves the unpaid list: the paid count follows it.
  const paidCount = useInvoiceCount('paid', paid.version + unpaid.version);
  useDocumentTitle('Invoices');

  // No server answer yet: never "No invoices" (issue 12).
  const connecting = !unpaid.isError && (unpaid.isPending || (unpaid.items.length === 0 && !unpaid.freshness.synced));
  const noUnpaid = !connecting && !unpaid.isError && unpaid.items.length === 0;
  const waitingForHistory = noUnpaid && paidCount.isPending;
  const noInvoices = noUnpaid && paidCount.data === 0;

  return (
    <div className="page">
      <header className="stack gap-6">
        <h1>Invoices</h1>
        <p className="muted">What is still to pay comes first; your paid invoices are a click away.</p>
      </header>

      {/* While connecting, the summary's place is kept: the list does not jump down when it arrives. */}
      {connecting || waitingForHistory ? (
        <section className="row wrap summary gap-16" aria-hidden="true">
          <OutstandingSkeleton />
        </section>
      ) : unpaid.isError || noInvoices ? null : (
        <Summary unpaid={unpaid} unpaidCount={unpaidCount.data} />
      )}

      {connecting || waitingForHistory ? (
        <section className="panel flush">
          <Connecting rows={3} />
        </section>
      ) : unpaid.isError ? (
        <ErrorState message={describeError(unpaid.error)} onRetry={unpaid.retry} />
      ) : noInvoices ? (
        <section className="panel flush">
          <EmptyState icon={<CardIcon size={28} />} title="No invoices yet">
            When we send you an invoice, it shows up here with its line items and due date.
          </EmptyState>
        </section>
      ) : unpaid.items.length > 0 ? (
        <section className="panel flush">
          <InvoiceTable invoices={unpaid.items} caption="Unpaid invoices, soonest due first" />
          <LoadMore pages={unpaid} label="Load more invoices" />
        </section>
      ) : null}

      {connecting || unpaid.isError || waitingForHistory || noInvoices ? null : showPaid ? (
        <section className="page-section" aria-labelledby="paid-title">
          <h2 id="paid-title">Paid invoices</h2>
          <PaidInvoices paid={paid} />
        </section>
      ) : paidCount.isError ? (
        <ErrorState title="Your paid invoices could not be counted" message={describeError(paidCount.error)} onRetry={() => void paidCount.refetch()} />
      ) : paidCount.data ? (
        <div className="section-more">
          <button type="button" className="btn btn-secondary" onClick={() => setShowPaid(true)}>
            Paid invoices ({paidCount.data})
          </button>
        </div>
      ) : null}
    </div>
  );
}

function PaidInvoices({ paid }: { paid: LivePages<WithId<Invoice>> }) {
  if (paid.isError) return <ErrorState message={describeError(paid.error)} onRetry={paid.retry} />;
  if (paid.isPending || (paid.items.length === 0 && !paid.freshness.synced)) {
    return (
      <section className="panel flush">
        <Connecting rows={2} />
      </section>
    );
  }
  if (paid.items.length === 0) {
    return (
      <section className="panel flush">
        <EmptyState icon={<CardIcon size={28} />} title="No paid invoices yet" />
      </section>
    );
  }
  return (
    <section className="panel flush">
      <InvoiceTable invoices={paid.items} caption="Paid invoices, newest first" />
      <LoadMore pages={paid} label="Load more paid invoices" />
    </section>
  );
}

/** A summary card before its figures: each placeholder holds its line's height. */
function OutstandingSkeleton() {
  return (
    <div className="stack summary-card gap-2" aria-busy="true">
      <span className="summary-label">Outstanding</span>
      <span className="summary-value">
        <Skeleton width={140} height={26} />
      </span>
      <span className="small muted">
        <Skeleton width={90} height={12} />
      </span>
    </div>
  );
}

/** Outstanding per currency (the currencies of the unpaid invoices shown), by aggregation. */
function Summary({ unpaid, unpaidCount }: { unpaid: LivePages<WithId<Invoice>>; unpaidCount: number | undefined }) {
  const currencies = useMemo(() => [...new Set(unpaid.items.map((i) => i.currency))].sort(), [unpaid.items]);
  const outstanding = useOutstanding(currencies, unpaid.version);

  if (currencies.length === 0) {
    return (
      <section className="row wrap summary gap-16" aria-label="Summary">
        <div className="stack summary-card is-clear gap-2">
          <span className="summary-label">Outstanding</span>
          <span className="summary-value">Nothing to pay</span>
          <span className="small muted">You're all paid up — thank you!</span>
        </div>
      </section>
    );
  }
  const cards = outstanding.data ?? [];
  const covered = cards.reduce((n, o) => n + o.count, 0);
  const elsewhere = unpaidCount !== undefined && outstanding.data ? unpaidCount - covered : 0;
  return (
    <section className="row wrap summary gap-16" aria-label="Summary">
      {outstanding.isPending ? (
        <OutstandingSkeleton />
      ) : outstanding.isError ? (
        <ErrorState message={describeError(outstanding.error)} onRetry={() => void outstanding.refetch()} />
      ) : cards.length === 0 ? (
        <div className="stack summary-card is-clear gap-2">
          <span className="summary-label">Outstanding</span>
          <span className="summary-value">Nothing to pay</span>
          <span className="small muted">You're all paid up — thank you!</span>
        </div>
      ) : (
        cards.map((o) => (
          <div key={o.currency} className="stack summary-card gap-2">
            <span className="summary-label">Outstanding{cards.length > 1 || elsewhere > 0 ? ` (${o.currency})` : ''}</span>
            <span className="summary-value">{formatMoney(o.amount, o.currency)}</span>
            <span className="small muted">
              {o.count} {o.count === 1 ? 'invoice' : 'invoices'}
              {o.overdue ? <span className="text-danger"> · {o.overdue} overdue</span> : null}
            </span>
          </div>
        ))
      )}
      {elsewhere > 0 ? (
        <div className="stack summary-card gap-2">
          <span className="summary-label">Other currencies</span>
          <span className="summary-value">
            {elsewhere} {elsewhere === 1 ? 'invoice' : 'invoices'}
          </span>
          <span className="small muted">Further down the list</span>
        </div>
      ) : null}
    </section>
  );
}

function InvoiceTable({ invoices, caption }: { invoices: readonly WithId<Invoice>[]; caption: string }) {
  const path = usePortalPath();
  return (
    <table className="table invoice-table">
      <caption className="visually-hidden">{caption}</caption>
      <TableHead columns={['Invoice', 'Status', { label: 'Issued', className: 'hide-sm' }, 'Due', { label: 'Amount', className: 'num' }]} scope="col" />
      <tbody>
        {invoices.map((invoice) => {
          const status = INVOICE_STATUS[effectiveInvoiceStatus(invoice)];
          const balance = balanceDue(invoice);
          return (
            <tr key={invoice.id} data-invoice-id={invoice.id}>
              <th scope="row">
                <Link to={path(`/invoices/${invoice.id}`)} className="row-link">
                  {invoice.number}
                </Link>
              </th>
              <td className="cell-status">
                <Badge tone={status.tone}>{status.label}</Badge>
              </td>
              <td className="hide-sm">{formatDate(invoice.issueDate)}</td>
              <td className="cell-due">{formatDate(invoice.dueDate)}</td>
              <td className="num cell-amount">
                <span className="amount">{formatMoney(invoice.total, invoice.currency)}</span>
                {balance > 0 && balance !== invoice.total ? <span className="amount-sub">{formatMoney(balance, invoice.currency)} due</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
