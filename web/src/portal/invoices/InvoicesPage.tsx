/** /portal/invoices: Client Invoices — number, status, issue and due dates, amount. */
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/useBranding';
import { CardIcon } from '../../components/icons';
import { Badge, EmptyState, ErrorState, LoadingBlock } from '../../components/ui';
import { describeError } from '../../lib/errors';
import { formatDate, formatMoney } from '../../lib/format';
import { usePortalPath } from '../context';
import { INVOICE_STATUS } from '../labels';
import { useInvoices } from './queries';
import { balanceDue, effectiveInvoiceStatus, outstandingByCurrency } from './status';

export function InvoicesPage() {
  const invoices = useInvoices();
  const path = usePortalPath();
  useDocumentTitle('Invoices');
  const list = invoices.data ?? [];
  const outstanding = outstandingByCurrency(list);

  return (
    <div className="page">
      <header className="page-header">
        <h1>Invoices</h1>
        <p className="muted">Your past and upcoming invoices.</p>
      </header>

      {invoices.data && list.length > 0 ? (
        <section className="summary" aria-label="Summary">
          {outstanding.length === 0 ? (
            <div className="summary-card is-clear">
              <span className="summary-label">Outstanding</span>
              <span className="summary-value">Nothing to pay</span>
              <span className="summary-sub">You're all paid up — thank you!</span>
            </div>
          ) : (
            outstanding.map((o) => (
              <div key={o.currency} className="summary-card">
                <span className="summary-label">Outstanding{outstanding.length > 1 ? ` (${o.currency})` : ''}</span>
                <span className="summary-value">{formatMoney(o.amount, o.currency)}</span>
                <span className="summary-sub">
                  {o.count} {o.count === 1 ? 'invoice' : 'invoices'}
                  {o.overdue ? <span className="text-danger"> · {o.overdue} overdue</span> : null}
                </span>
              </div>
            ))
          )}
        </section>
      ) : null}

      <section className="panel flush">
        {invoices.isPending ? (
          <LoadingBlock rows={3} label="Loading invoices…" />
        ) : invoices.isError ? (
          <ErrorState message={describeError(invoices.error)} onRetry={() => void invoices.refetch()} />
        ) : list.length === 0 ? (
          <EmptyState icon={<CardIcon size={28} />} title="No invoices yet">
            When we send you an invoice, it shows up here with its line items and due date.
          </EmptyState>
        ) : (
          <table className="table invoice-table">
            <caption className="visually-hidden">Invoices, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Invoice</th>
                <th scope="col">Status</th>
                <th scope="col" className="hide-sm">Issued</th>
                <th scope="col">Due</th>
                <th scope="col" className="num">Amount</th>
              </tr>
            </thead>
            <tbody>
              {list.map((invoice) => {
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
        )}
      </section>
    </div>
  );
}
