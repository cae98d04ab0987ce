/**
 * /portal/invoices/:invoiceId: line items, subtotal, tax, total, amount paid; "Pay now" when
 * payments are on and the invoice is payable; the result after returning from Stripe.
 */
import { useEffect, useRef, useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import type { Invoice, WithId } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { CheckIcon } from '../../components/icons';
import { TableHead } from '../../components/TableHead';
import { FieldError, Spinner } from '../../components/ui';
import { errorCode } from '../../lib/errors';
import { downloadInvoicePdf } from '../../lib/invoicePdf';
import { daysFromToday, formatDate, formatDateTime, formatMoney, formatQuantity } from '../../lib/format';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { usePortal, usePortalPath } from '../lib/context';
import { INVOICE_STATUS } from '../lib/labels';
import { DetailPage, StatusBadge } from '../components/DetailPage';
import { usePortalSettings } from '../lib/queries';
import { useInvoice, usePayInvoice } from './queries';
import { balanceDue, checkoutOutcome, effectiveInvoiceStatus, isPayable } from './status';
import { payErrorMessage } from './payError';

export function InvoicePage() {
  const { invoiceId = '' } = useParams();
  const invoice = useInvoice(invoiceId);
  useDocumentTitle(invoice.data ? `Invoice ${invoice.data.number}` : 'Invoice');
  // A draft or void invoice is denied by the rules: to the client it simply does not exist.
  return (
    <DetailPage query={invoice} what="invoice">
      {(inv) => <InvoiceDetails inv={inv} />}
    </DetailPage>
  );
}

function InvoiceDetails({ inv }: { inv: NonNullable<ReturnType<typeof useInvoice>['data']> }) {
  const path = usePortalPath();
  const effective = effectiveInvoiceStatus(inv);
  const status = INVOICE_STATUS[effective];
  const dueIn = daysFromToday(inv.dueDate);
  const outcome = checkoutOutcome(useLocation().search);
  // Back from Stripe's checkout, paid there: no second Pay now while the payment is confirmed.
  const confirming = outcome === 'success' && inv.status !== 'paid';

  return (
    <div className="page">
      <Breadcrumbs items={[{ label: 'Invoices', to: path('/invoices') }, { label: inv.number }]} />
      <CheckoutResult invoice={inv} outcome={outcome} />
      <header className="between page-header with-badge invoice-header">
        <div className="invoice-title">
          <h1>Invoice {inv.number}</h1>
          <StatusBadge className="invoice-status" status={effective} label={status} />
        </div>
        <div className="row wrap end top invoice-actions gap-10">
          {confirming ? null : <PayNow invoice={inv} />}
          <DownloadPdf invoice={inv} />
        </div>
      </header>

      <section className="panel invoice-facts" aria-label="Invoice summary">
        <dl className="stack facts horizontal gap-14">
          <div>
            <dt>Issued</dt>
            <dd>{formatDate(inv.issueDate)}</dd>
          </div>
          <div>
            <dt>Due</dt>
            <dd>
              {formatDate(inv.dueDate)}
              {effective === 'overdue' ? <span className="text-danger small"> · {Math.abs(dueIn)} {Math.abs(dueIn) === 1 ? 'day' : 'days'} overdue</span> : null}
            </dd>
          </div>
          <div>
            <dt>{effective === 'paid' ? 'Paid' : 'Balance due'}</dt>
            <dd className="strong">
              {effective === 'paid' ? (inv.paidAt ? formatDateTime(inv.paidAt.toDate()) : 'Yes') : formatMoney(balanceDue(inv), inv.currency)}
            </dd>
          </div>
          <div>
            <dt>Currency</dt>
            <dd>{inv.currency}</dd>
          </div>
        </dl>
      </section>

      <section className="panel flush" aria-labelledby="items-title">
        <h2 id="items-title" className="panel-title-pad">
          Line items
        </h2>
        <table className="table line-items">
          <TableHead columns={['Description', { label: 'Qty', className: 'num hide-sm' }, { label: 'Unit price', className: 'num hide-sm' }, { label: 'Amount', className: 'num' }]} scope="col" />
          <tbody>
            {inv.lineItems.map((item, i) => (
              <tr key={i}>
                <td>
                  {item.description}
                  <span className="line-sub show-sm">
                    {formatQuantity(item.quantity)} × {formatMoney(item.unitAmount, inv.currency)}
                  </span>
                </td>
                <td className="num hide-sm">{formatQuantity(item.quantity)}</td>
                <td className="num hide-sm">{formatMoney(item.unitAmount, inv.currency)}</td>
                <td className="num">{formatMoney(Math.round(item.quantity * item.unitAmount), inv.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="totals">
          <div>
            <dt>Subtotal</dt>
            <dd>{formatMoney(inv.subtotal, inv.currency)}</dd>
          </div>
          <div>
            <dt>Tax</dt>
            <dd>{formatMoney(inv.tax, inv.currency)}</dd>
          </div>
          <div className="total">
            <dt>Total</dt>
            <dd>{formatMoney(inv.total, inv.currency)}</dd>
          </div>
          <div>
            <dt>Amount paid</dt>
            <dd>{formatMoney(inv.amountPaid, inv.currency)}</dd>
          </div>
          <div className="balance">
            <dt>Balance due</dt>
            <dd>{formatMoney(balanceDue(inv), inv.currency)}</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}

function PayNow({ invoice }: { invoice: WithId<Invoice> }) {
  const scope = usePortal();
  const settings = usePortalSettings();
  const pay = usePayInvoice(invoice.id);
  if (!isPayable(invoice) || scope.preview) return null;
  // Until the settings answer, the button's place is kept (invisible): the page does not shift when it shows.
  if (settings.isPending) {
    return (
      <button type="button" className="btn btn-accent btn-lg" style={{ visibility: 'hidden' }} disabled aria-hidden="true" tabIndex={-1}>
        Pay now · {formatMoney(balanceDue(invoice), invoice.currency)}
      </button>
    );
  }
  if (!settings.data?.paymentsEnabled) return null;
  const code = pay.isError ? errorCode(pay.error) : '';
  return (
    <div className="stack pay-now gap-6">
      <button type="button" className="btn btn-accent btn-lg" onClick={() => pay.mutate()} disabled={pay.isPending || pay.isSuccess}>
        {pay.isPending || pay.isSuccess ? <Spinner label="Opening secure checkout…" /> : `Pay now · ${formatMoney(balanceDue(invoice), invoice.currency)}`}
      </button>
      {pay.isError ? (
        <p className="field-error" role="alert">
          {payErrorMessage(pay.error, code, navigator.onLine)}
        </p>
      ) : (
        <p className="muted small">Secure card payment by Stripe.</p>
      )}
    </div>
  );
}

function DownloadPdf({ invoice }: { invoice: WithId<Invoice> }) {
  const scope = usePortal();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  async function download() {
    setState({ busy: true, error: null });
    try {
      await downloadInvoicePdf(scope.app, scope.companyId, invoice.id, invoice.number);
      setState({ busy: false, error: null });
    } catch (e) {
      setState({ busy: false, error: e instanceof Error ? e.message : 'The PDF could not be made right now.' });
    }
  }
  return (
    <div className="stack download-pdf gap-6">
      <button type="button" className="btn btn-secondary" onClick={() => void download()} disabled={state.busy}>
        {state.busy ? <Spinner label="Preparing PDF…" /> : 'Download PDF'}
      </button>
      <FieldError message={state.error} />
    </div>
  );
}

const CONFIRMING_SLOW_MS = 60_000;

/** `?checkout=success|cancelled`: what happened at Stripe; the status itself updates live. */
function CheckoutResult({ invoice, outcome }: { invoice: WithId<Invoice>; outcome: ReturnType<typeof checkoutOutcome> }) {
  const ref = useRef<HTMLDivElement>(null);
  const paid = invoice.status === 'paid';
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (outcome) ref.current?.focus();
  }, [outcome]);
  // The confirmation normally lands in seconds; after a minute the page says what that means.
  useEffect(() => {
    if (outcome !== 'success' || paid) return;
    const timer = window.setTimeout(() => setSlow(true), CONFIRMING_SLOW_MS);
    return () => window.clearTimeout(timer);
  }, [outcome, paid]);
  if (!outcome) return null;
  if (outcome === 'cancelled') {
    return (
      <div ref={ref} tabIndex={-1} className="row wrap banner banner-neutral" style={{ gap: '6px 8px' }} role="status">
        <strong>Payment cancelled.</strong> You haven't been charged. You can pay whenever you're ready.
      </div>
    );
  }
  return (
    <div ref={ref} tabIndex={-1} className={`row wrap banner ${paid ? 'banner-success' : 'banner-info'}`} style={{ gap: '6px 8px' }} role="status">
      {paid ? (
        <>
          <CheckIcon size={18} /> <strong>Payment received — thank you!</strong> This invoice is paid.
        </>
      ) : (
        <>
          <Spinner /> <strong>Thank you! We're confirming your payment.</strong>{' '}
          {slow
            ? 'This is taking longer than usual. Stripe has your payment; this page updates by itself once it is confirmed. Questions? Contact us.'
            : 'This page updates by itself in a moment.'}
        </>
      )}
    </div>
  );
}
