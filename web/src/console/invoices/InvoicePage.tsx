/**
 * One invoice: the printable document, its status actions (issue, void, delete a draft), and its
 * payments with "Record payment" for money received outside Stripe.
 */
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Invoice, ManualPaymentRefusal, Payment, WithId } from '@model';
import { useBranding, useDocumentTitle } from '../../lib/useBranding';
import { Dialog } from '../../components/Dialog';
import { EmptyState } from '../../components/ui';
import { formatDate, formatDateTime, formatMoney, formatQuantity, todayIso } from '../../lib/format';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ArrowLeftIcon, CheckCircleIcon, EditIcon, ReceiptIcon, SendIcon, TrashIcon, XCircleIcon } from '../components/icons';
import { FormError, FormField, Loadable, Notice, PageHeader } from '../components/kit';
import { useToast } from '../components/toast';
import { allowedActions, impliedTaxRate, issueProblem, lineAmount } from './invoiceMath';
import { useInvoice, useInvoicePayments } from './queries';
import { useDeleteDraftInvoice, useDownloadInvoicePdf, useIssueInvoice, useRecordPayment, useVoidInvoice } from './mutations';
import { paymentSchema } from './schemas';
import { DialogActions, useZodForm } from '../components/form';
import { useCompany } from '../lib/queries';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import { invoiceBalance, isOverdue, moneyInputValue } from '../lib/money';

const KIND_LABEL = { hourly: 'Time', fixed: 'Fixed fee', expense: 'Expense' } as const;

export default function InvoicePage() {
  const { companyId = '', invoiceId = '' } = useParams();
  const invoice = useInvoice(companyId, invoiceId);
  useDocumentTitle(invoice.data?.number ?? 'Invoice');
  return (
    <div className="cx-page">
      <Loadable query={invoice} rows={6}>
        {(data) =>
          data ? (
            <InvoiceView companyId={companyId} invoice={data} />
          ) : (
            <div className="stack cx-box gap-12">
              <EmptyState icon={<ReceiptIcon size={28} />} title="This invoice does not exist" action={<Link className="btn btn-secondary" to="/console/invoices">All invoices</Link>}>
                It may have been a draft that was deleted.
              </EmptyState>
            </div>
          )
        }
      </Loadable>
    </div>
  );
}

type Pending = 'issue' | 'void' | 'delete' | 'payment' | null;

function InvoiceView({ companyId, invoice }: { companyId: string; invoice: WithId<Invoice> }) {
  const toast = useToast();
  const navigate = useNavigate();
  const issue = useIssueInvoice(companyId);
  const voidIt = useVoidInvoice(companyId);
  const remove = useDeleteDraftInvoice(companyId);
  const pdf = useDownloadInvoicePdf(companyId, invoice);
  const company = useCompany(companyId);
  const payments = useInvoicePayments(companyId, invoice.id);
  const [dialog, setDialog] = useState<Pending>(null);
  const companyName = company.data?.name ?? companyId;
  const actions = allowedActions(invoice);
  const problem = issueProblem(invoice);
  const overdue = invoice.status === 'overdue' || (invoice.status === 'pending' && isOverdue(invoice, todayIso()));
  const manual = (payments.data ?? []).filter((p) => p.provider === 'manual');
  // onManualPaymentCreated applies each manual payment (appliedAt) or says why it did not.
  const applying = manual.filter((p) => !p.appliedAt && !p.notAppliedReason);
  const refused = manual.filter((p) => p.notAppliedReason);

  return (
    <>
      <PageHeader
        eyebrow={
          <Link className="cx-link cx-back" to={`/console/invoices?company=${encodeURIComponent(companyId)}`}>
            <ArrowLeftIcon size={16} /> Invoices
          </Link>
        }
        title={invoice.number}
        subtitle={
          <span className="cx-inline">
            <InvoiceStatusBadge status={overdue ? 'overdue' : invoice.status} />
            <span>
              <Link to={`/console/companies/${companyId}`}>{companyName}</Link> · {formatMoney(invoice.total, invoice.currency)} · due {formatDate(invoice.dueDate)}
            </span>
          </span>
        }
        actions={
          <>
            <button
              type="button"
              className="btn btn-secondary"
              disabled={pdf.isPending}
              onClick={() => pdf.mutate(undefined, { onError: (e) => toast.error(e.message) })}
            >
              {pdf.isPending ? 'Preparing PDF…' : 'Download PDF'}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => window.print()}>
              Print
            </button>
            {actions.includes('edit') ? (
              <Link className="btn btn-secondary" to="edit">
                <EditIcon size={16} /> Edit draft
              </Link>
            ) : null}
            {actions.includes('recordPayment') ? (
              <button type="button" className="btn btn-secondary" onClick={() => setDialog('payment')}>
                <CheckCircleIcon size={16} /> Record payment
              </button>
            ) : null}
            {actions.includes('issue') ? (
              <button type="button" className="btn btn-primary" onClick={() => setDialog('issue')} disabled={problem !== null} title={problem ?? undefined}>
                <SendIcon size={16} /> Issue invoice
              </button>
            ) : null}
          </>
        }
      />

      {invoice.status === 'draft' ? (
        <Notice title="Draft — only the agency can see it">
          {problem ? `${problem} ` : ''}Issuing it makes it visible to {companyName} in Client Invoices and emails their portal contacts. After that it can no longer be edited, only voided while unpaid.
        </Notice>
      ) : null}
      {invoice.status === 'void' ? <Notice tone="warning" title="Void">This invoice was cancelled. It stays on record; the client no longer sees it in their portal.</Notice> : null}

      <div className="stack top cx-record gap-20">
        <InvoiceDocument invoice={invoice} companyName={companyName} companyWebsite={company.data?.website ?? ''} />

        <aside className="stack gap-16">
          <section className="stack cx-box gap-12">
            <h2 className="cx-box-title">Balance</h2>
            <dl className="stack cx-facts gap-8">
              <div><dt>Total</dt><dd>{formatMoney(invoice.total, invoice.currency)}</dd></div>
              <div><dt>Paid</dt><dd>{formatMoney(invoice.amountPaid, invoice.currency)}</dd></div>
              <div className="cx-facts-strong"><dt>Balance due</dt><dd>{formatMoney(invoice.status === 'void' ? 0 : invoiceBalance(invoice), invoice.currency)}</dd></div>
              {invoice.paidAt ? <div><dt>Paid on</dt><dd>{formatDateTime(invoice.paidAt.toDate())}</dd></div> : null}
            </dl>
          </section>

          <section className="stack cx-box gap-12">
            <div className="row wrap between top cx-box-head gap-12">
              <h2 className="cx-box-title">Payments</h2>
              {actions.includes('recordPayment') ? (
                <button type="button" className="btn btn-secondary btn-sm" onClick={() => setDialog('payment')}>
                  Record
                </button>
              ) : null}
            </div>
            <Loadable query={payments} rows={1}>
              {(list) => (list.length === 0 ? <p className="muted small">No payments yet.</p> : <PaymentList payments={list} />)}
            </Loadable>
            {applying.length > 0 ? (
              <Notice tone="info" title="Applying payment…">
                {formatMoney(applying.reduce((sum, p) => sum + p.amount, 0), invoice.currency)} recorded; Cloud Functions is adding it to the amount paid.
              </Notice>
            ) : null}
            {refused.map((p) => (
              <Notice key={p.id} tone="warning" title="Recorded, not applied">
                {formatMoney(p.amount, p.currency)}: {NOT_APPLIED[p.notAppliedReason!]} The amount paid is unchanged.
              </Notice>
            ))}
          </section>

          {actions.includes('void') || actions.includes('delete') ? (
            <section className="stack cx-box gap-12">
              <h2 className="cx-box-title">Cancel</h2>
              <div className="stack gap-8">
                {actions.includes('void') ? (
                  <button type="button" className="btn btn-secondary text-danger" onClick={() => setDialog('void')}>
                    <XCircleIcon size={16} /> Void invoice
                  </button>
                ) : null}
                {actions.includes('delete') ? (
                  <button type="button" className="btn btn-ghost text-danger" onClick={() => setDialog('delete')}>
                    <TrashIcon size={16} /> Delete draft
                  </button>
                ) : null}
                {invoice.status !== 'draft' && invoice.amountPaid > 0 ? <p className="muted small">Part of it is paid, so it can no longer be voided.</p> : null}
              </div>
            </section>
          ) : null}
        </aside>
      </div>

      <ConfirmDialog
        open={dialog === 'issue'}
        title={`Issue ${invoice.number} to ${companyName}?`}
        confirmLabel="Issue invoice"
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          await issue.mutateAsync(invoice.id);
          toast.success(`${invoice.number} issued — ${companyName} can see it now.`);
        }}
      >
        <p>
          {companyName} will see {invoice.number} ({formatMoney(invoice.total, invoice.currency)}, due {formatDate(invoice.dueDate)}) in Client Invoices right away, and their portal contacts get a “new invoice” email. An issued invoice can't be edited.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'void'}
        danger
        title={`Void ${invoice.number}?`}
        confirmLabel="Void invoice"
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          await voidIt.mutateAsync(invoice.id);
          toast.success(`${invoice.number} voided.`);
        }}
      >
        <p>The invoice is cancelled and can no longer be paid. It stays on record with status Void. This can't be undone.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'delete'}
        danger
        title={`Delete draft ${invoice.number}?`}
        confirmLabel="Delete draft"
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          await remove.mutateAsync(invoice.id);
          toast.success(`Draft ${invoice.number} deleted.`);
          navigate('/console/invoices', { replace: true });
        }}
      >
        <p>The draft was never shown to the client. Deleting it frees its number for the next invoice.</p>
      </ConfirmDialog>
      <RecordPaymentDialog open={dialog === 'payment'} onClose={() => setDialog(null)} companyId={companyId} invoice={invoice} />
    </>
  );
}

function PaymentList({ payments }: { payments: WithId<Payment>[] }) {
  return (
    <ul className="stack cx-payments">
      {payments.map((payment) => (
        <li className="row between" key={payment.id}>
          <div>
            <div className="strong">{formatMoney(payment.amount, payment.currency)}</div>
            <div className="muted small">
              {payment.provider === 'stripe' ? 'Stripe' : 'Manual'} · {formatDateTime(payment.paidAt?.toDate?.() ?? null)}
            </div>
          </div>
          {payment.amount < 0 ? <span className="badge badge-warning">Refund</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The invoice as the client would receive it; the only thing printed (see admin.css @media print). */
const NOT_APPLIED: Record<ManualPaymentRefusal, string> = {
  invoice_not_found: 'the invoice no longer exists.',
  invoice_not_payable: 'the invoice was not open for payment (draft, void or already paid).',
  currency_mismatch: "the payment's currency differs from the invoice's.",
  exceeds_balance: 'it is more than the balance left to pay.',
};

export function InvoiceDocument({ invoice, companyName, companyWebsite }: { invoice: Invoice; companyName: string; companyWebsite: string }) {
  const branding = useBranding();
  const rate = impliedTaxRate(invoice);
  return (
    <article className="stack cx-box cx-invoice-doc" aria-label={`Invoice ${invoice.number}`}>
      <header className="row between top gap-12">
        <div className="row gap-10">
          {branding.logoUrl ? <img src={branding.logoUrl} alt="" className="brand-logo cx-doc-logo" /> : <span className="tile cx-doc-mark" aria-hidden="true">{branding.agencyName.slice(0, 1)}</span>}
          <span className="cx-doc-agency">{branding.agencyName}</span>
        </div>
        <div className="stack cx-doc-title gap-2">
          <div className="cx-doc-word">Invoice</div>
          <div className="cx-doc-number">{invoice.number}</div>
          {invoice.status !== 'draft' ? <div className={`cx-doc-stamp cx-doc-stamp-${invoice.status}`}>{invoice.status === 'paid' ? 'Paid' : invoice.status === 'void' ? 'Void' : ''}</div> : <div className="cx-doc-stamp cx-doc-stamp-draft">Draft</div>}
        </div>
      </header>

      <div className="cx-doc-meta">
        <div>
          <div className="cx-doc-label">Bill to</div>
          <div className="strong">{companyName}</div>
          {companyWebsite ? <div className="muted small">{companyWebsite.replace(/^https?:\/\//, '')}</div> : null}
        </div>
        <dl className="cx-doc-dates">
          <div><dt>Issue date</dt><dd>{formatDate(invoice.issueDate)}</dd></div>
          <div><dt>Due date</dt><dd>{formatDate(invoice.dueDate)}</dd></div>
          <div><dt>Currency</dt><dd>{invoice.currency}</dd></div>
        </dl>
      </div>

      <table className="cx-doc-lines">
        <thead>
          <tr>
            <th scope="col">Description</th>
            <th scope="col" className="num">Qty</th>
            <th scope="col" className="num">Unit price</th>
            <th scope="col" className="num">Amount</th>
          </tr>
        </thead>
        <tbody>
          {invoice.lineItems.length === 0 ? (
            <tr><td colSpan={4} className="muted">No lines yet.</td></tr>
          ) : (
            invoice.lineItems.map((item, i) => (
              <tr key={i}>
                <td>
                  <div>{item.description}</div>
                  <div className="hint">{KIND_LABEL[item.kind]}{item.kind === 'hourly' ? ' · hours' : ''}</div>
                </td>
                <td className="num">{formatQuantity(item.quantity)}</td>
                <td className="num">{formatMoney(item.unitAmount, invoice.currency)}</td>
                <td className="num">{formatMoney(lineAmount(item), invoice.currency)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>

      <dl className="stack cx-doc-totals gap-6">
        <div><dt>Subtotal</dt><dd>{formatMoney(invoice.subtotal, invoice.currency)}</dd></div>
        <div><dt>Tax{rate ? ` (${formatQuantity(rate)}%)` : ''}</dt><dd>{formatMoney(invoice.tax, invoice.currency)}</dd></div>
        <div className="cx-doc-total"><dt>Total</dt><dd>{formatMoney(invoice.total, invoice.currency)}</dd></div>
        {invoice.amountPaid > 0 ? (
          <>
            <div><dt>Paid</dt><dd>−{formatMoney(invoice.amountPaid, invoice.currency)}</dd></div>
            <div className="cx-doc-total"><dt>Balance due</dt><dd>{formatMoney(invoiceBalance(invoice), invoice.currency)}</dd></div>
          </>
        ) : null}
      </dl>

      <footer className="cx-doc-foot">
        Thank you for your business. Pay online from Client Invoices in your {branding.agencyName} portal, or by bank transfer quoting {invoice.number}.
      </footer>
    </article>
  );
}

function RecordPaymentDialog({ open, onClose, companyId, invoice }: { open: boolean; onClose: () => void; companyId: string; invoice: WithId<Invoice> }) {
  return (
    <Dialog open={open} onClose={onClose} title={`Record a payment on ${invoice.number}`} description="For money received outside Stripe: a bank transfer, a cheque, cash.">
      <RecordPaymentForm companyId={companyId} invoice={invoice} onClose={onClose} />
    </Dialog>
  );
}

function RecordPaymentForm({ companyId, invoice, onClose }: { companyId: string; invoice: WithId<Invoice>; onClose: () => void }) {
  const toast = useToast();
  const record = useRecordPayment(companyId);
  const today = todayIso();
  const schema = useMemo(() => paymentSchema(invoice.currency), [invoice.currency]);
  const { register, handleSubmit, formState } = useZodForm(
    schema,
    { amount: moneyInputValue(invoiceBalance(invoice), invoice.currency, { fixed: true }), paidOn: today },
    { mode: 'onChange' },
  );
  const errors = formState.errors;

  const submit = handleSubmit(({ amount, paidOn }) =>
    record.mutate(
      { invoiceId: invoice.id, amount, currency: invoice.currency, paidOn },
      {
        onSuccess: () => {
          toast.success(`Payment of ${formatMoney(amount, invoice.currency)} recorded on ${invoice.number}.`);
          onClose();
        },
      },
    ),
  );

  return (
    <form className="stack cx-stack-form gap-16" onSubmit={(e) => void submit(e)} noValidate>
      <div className="cx-cols-2">
        <FormField label={`Amount (${invoice.currency})`} error={errors.amount?.message} hint={`Balance due ${formatMoney(invoiceBalance(invoice), invoice.currency)}`}>
          {(id, describedBy) => <input id={id} className="input" inputMode="decimal" {...register('amount')} aria-describedby={describedBy} aria-invalid={Boolean(errors.amount)} />}
        </FormField>
        <FormField label="Received on" error={errors.paidOn?.message}>
          {(id, describedBy) => <input id={id} className="input" type="date" max={today} {...register('paidOn')} aria-describedby={describedBy} aria-invalid={Boolean(errors.paidOn)} />}
        </FormField>
      </div>
      <p className="muted small">
        The payment is stored as a manual payment on {invoice.number}. Marking the invoice paid is done by Cloud Functions (payment fields are never written from the browser).
      </p>
      <FormError message={record.error?.message ?? null} />
      <DialogActions className="cx-form-actions" onCancel={onClose} pending={record.isPending} submitDisabled={!formState.isValid} submitLabel="Record payment" pendingLabel="Recording…" />
    </form>
  );
}
