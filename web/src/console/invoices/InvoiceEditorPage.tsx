/**
 * Create or edit a draft invoice (react-hook-form + zod): client, number (next INV-#### across
 * the agency), currency, dates, tax rate, and line items typed in or pulled from the client's
 * billable time (× each person's hourly rate) and expenses.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { LINE_ITEM_KINDS, type Currency, type Invoice, type WithId } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { EmptyState, Spinner } from '../../components/ui';
import { describeError } from '../../lib/errors';
import { formatMoney, formatQuantity, todayIso } from '../../lib/format';
import { ArrowLeftIcon, PlusIcon, ReceiptIcon, TrashIcon } from '../components/icons';
import { allOf, FormError, FormField, Loadable, Notice, PageHeader } from '../components/kit';
import { CurrencyField } from '../components/form';
import { useToast } from '../components/toast';
import { draftTotals, emptyLine, invoiceFormSchema, invoiceToValues, newInvoiceValues, parseQuantity, type InvoiceFormResult, type InvoiceFormValues } from './invoiceForm';
import { expenseLines, hourlyLines, issueProblem, lineAmount, nextInvoiceNumber, type SuggestedLine } from './invoiceMath';
import { BILLABLES_LIMIT, useClientBillables, useInvoice, useInvoiceNumberTaken, useLatestInvoiceNumbers, useProjectNames } from './queries';
import { useSaveDraftInvoice } from './mutations';
import { usePeople, useStaffRates } from '../lib/queries';
import { useCompanyName } from '../lib/names';
import { CompanyPicker, FormPicker } from '../components/Picker';
import { addDays } from '../lib/dates';
import { zodResolver } from '@hookform/resolvers/zod';
import { moneyInputValue, parseMoneyInput } from '../lib/money';

const KIND_LABEL = { hourly: 'Time (hours)', fixed: 'Fixed fee', expense: 'Expense' } as const;

export default function InvoiceEditorPage() {
  const { companyId, invoiceId } = useParams();
  const editing = Boolean(companyId && invoiceId);
  const invoices = useLatestInvoiceNumbers();
  const existing = useInvoice(companyId ?? '', invoiceId ?? '', editing);
  useDocumentTitle(editing ? `Edit ${existing.data?.number ?? 'invoice'}` : 'New invoice');

  const gate = editing ? allOf([invoices, existing], () => existing.data) : allOf([invoices], () => null);

  return (
    <div className="cx-page">
      <Loadable query={gate} rows={6}>
        {(invoice) => {
          if (editing && !invoice) {
            return (
              <div className="stack cx-box gap-12">
                <EmptyState icon={<ReceiptIcon size={28} />} title="This invoice does not exist" action={<Link className="btn btn-secondary" to="/console/invoices">All invoices</Link>} />
              </div>
            );
          }
          if (invoice && invoice.status !== 'draft') {
            return (
              <>
                <PageHeader title={`${invoice.number} can't be edited`} />
                <Notice tone="warning" title={`This invoice is ${invoice.status}`}>
                  Only drafts can be edited: once issued, the client has seen it. Void it (while unpaid) and issue a new one instead.{' '}
                  <Link to={`/console/invoices/${companyId}/${invoiceId}`}>Back to {invoice.number}</Link>
                </Notice>
              </>
            );
          }
          return <Editor existing={invoice ? { companyId: companyId!, invoice } : null} invoices={invoices.data ?? []} />;
        }}
      </Loadable>
    </div>
  );
}

function Editor({ existing, invoices }: { existing: { companyId: string; invoice: WithId<Invoice> } | null; invoices: { id: string; number: string; currency: Currency }[] }) {
  const toast = useToast();
  const save = useSaveDraftInvoice();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const today = todayIso();
  const nextNumber = nextInvoiceNumber(invoices.map((i) => i.number));
  const schema = useMemo(() => invoiceFormSchema({ invoices, editingId: existing?.invoice.id }), [invoices, existing?.invoice.id]);
  const [issueError, setIssueError] = useState<string | null>(null);
  const saveError = issueError ?? save.error?.message ?? null;
  const [intent, setIntent] = useState<'save' | 'issue'>('save');

  const numberTaken = useInvoiceNumberTaken();
  const { register, control, handleSubmit, setValue, getValues, setError, formState } = useForm<InvoiceFormValues, unknown, InvoiceFormResult>({
    resolver: zodResolver(schema),
    defaultValues: existing
      ? invoiceToValues(existing.companyId, existing.invoice)
      : newInvoiceValues({ companyId: params.get('company') ?? '', number: nextNumber, today, currency: invoices[0]?.currency ?? 'USD' }),
    mode: 'onTouched',
  });
  const lines = useFieldArray({ control, name: 'lineItems' });
  const watched = useWatch({ control });
  const currency = (watched.currency ?? 'USD') as Currency;
  const totals = draftTotals({ currency, taxRate: watched.taxRate ?? '0', lineItems: (watched.lineItems ?? []).map((l) => ({ description: l?.description ?? '', kind: l?.kind ?? 'fixed', quantity: l?.quantity ?? '', unitPrice: l?.unitPrice ?? '' })) });
  const errors = formState.errors;
  const clientName = useCompanyName(watched.companyId ?? '');

  function submit(event: FormEvent<HTMLFormElement>) {
    // Which button submitted: "Save draft" or "Save and issue".
    const issuing = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value === 'issue';
    setIntent(issuing ? 'issue' : 'save');
    void handleSubmit((result) => onValid(result, issuing))(event);
  }

  async function onValid(result: InvoiceFormResult, issuing: boolean) {
    const problem = issuing ? issueProblem(result.content) : null;
    setIssueError(problem);
    if (problem) return;
    // The form knows the latest numbers only; the server knows every invoice's.
    const except = existing ? { companyId: existing.companyId, invoiceId: existing.invoice.id } : undefined;
    let taken: boolean;
    try {
      taken = await numberTaken(result.content.number, except);
    } catch (e) {
      setError('number', { message: `Could not check this number with the server: ${describeError(e)} Try again.` }, { shouldFocus: true });
      return;
    }
    if (taken) {
      setError('number', { message: 'Another invoice already has this number.' }, { shouldFocus: true });
      return;
    }
    save.reset();
    const saved = await save
      .mutateAsync({ companyId: existing?.companyId ?? result.companyId, invoiceId: existing?.invoice.id, content: result.content, issue: issuing })
      .catch(() => null); // shown from save.error
    if (saved === null) return;
    // Saved but not issued: to the draft (its page issues it), never a second draft from this form.
    if (saved.issueError) toast.error(`Draft ${result.content.number} saved, but not issued: ${saved.issueError}`);
    else toast.success(issuing ? `${result.content.number} issued to ${clientName || 'the client'}.` : `Draft ${result.content.number} saved.`);
    navigate(`/console/invoices/${result.companyId}/${saved.invoiceId}`);
  }

  const title = existing ? `Edit ${existing.invoice.number}` : 'New invoice';
  const backTo = existing ? `/console/invoices/${existing.companyId}/${existing.invoice.id}` : '/console/invoices';

  return (
    <form className="stack cx-stack-form gap-16" onSubmit={submit} noValidate aria-label={title}>
      <PageHeader
        eyebrow={
          <Link className="cx-link cx-back" to={backTo}>
            <ArrowLeftIcon size={16} /> {existing ? existing.invoice.number : 'Invoices'}
          </Link>
        }
        title={title}
        subtitle="A draft is visible to the agency only. Amounts are in the invoice's currency; totals update as you type."
      />

      <div className="stack top cx-record cx-editor gap-20">
        <div className="cx-record-main">
          <section className="stack cx-box gap-12">
            <h2 className="cx-box-title">Details</h2>
            <div className="cx-cols-3">
              <FormField label="Client" error={errors.companyId?.message} hint={existing ? 'An invoice stays with its client.' : undefined}>
                {(id, d) => (
                  <FormPicker control={control} name="companyId">
                    {(value, onChange) => (
                      <CompanyPicker id={id} className="select" value={value} onChange={onChange} disabled={Boolean(existing)} describedBy={d} invalid={Boolean(errors.companyId)} placeholder="Type a client's name…" />
                    )}
                  </FormPicker>
                )}
              </FormField>
              <FormField label="Invoice number" error={errors.number?.message} hint={existing ? undefined : `Next free number across the agency: ${nextNumber}`}>
                {(id, d) => <input id={id} className="input" autoComplete="off" aria-describedby={d} aria-invalid={Boolean(errors.number)} {...register('number')} />}
              </FormField>
              <CurrencyField registration={register('currency')} error={errors.currency?.message} />
              <FormField label="Issue date" error={errors.issueDate?.message}>
                {(id, d) => <input id={id} className="input" type="date" aria-describedby={d} aria-invalid={Boolean(errors.issueDate)} {...register('issueDate')} />}
              </FormField>
              <FormField
                label="Due date"
                error={errors.dueDate?.message}
                hint={
                  <span className="cx-quick">
                    Terms:{' '}
                    {[14, 30, 45].map((days) => (
                      <button key={days} type="button" className="btn-link" onClick={() => setValue('dueDate', addDays(getValues('issueDate') || today, days), { shouldValidate: true })}>
                        {days} days
                      </button>
                    ))}
                  </span>
                }
              >
                {(id, d) => <input id={id} className="input" type="date" aria-describedby={d} aria-invalid={Boolean(errors.dueDate)} {...register('dueDate')} />}
              </FormField>
              <FormField label="Tax rate (%)" error={errors.taxRate?.message} hint="0 for no tax">
                {(id, d) => <input id={id} className="input" inputMode="decimal" aria-describedby={d} aria-invalid={Boolean(errors.taxRate)} {...register('taxRate')} />}
              </FormField>
            </div>
          </section>

          <section className="stack cx-box cx-box-flush">
            <div className="row wrap between top cx-box-head cx-pad gap-12">
              <div>
                <h2 className="cx-box-title">Line items</h2>
                <p className="muted cx-box-sub">Hourly lines are hours × rate; fixed fees and expenses are usually a quantity of 1. A negative price is a credit.</p>
              </div>
              <button type="button" className="btn btn-secondary btn-sm" onClick={() => lines.append(emptyLine())} disabled={lines.fields.length >= 100}>
                <PlusIcon size={16} /> Add line
              </button>
            </div>
            {errors.lineItems?.message || errors.lineItems?.root?.message ? <p className="field-error cx-pad">{errors.lineItems.message ?? errors.lineItems.root?.message}</p> : null}
            <div className="cx-lines" role="table" aria-label="Line items">
              <div className="stack top cx-line cx-line-head gap-8" role="row">
                <span role="columnheader">Description</span>
                <span role="columnheader">Kind</span>
                <span role="columnheader" className="num">Qty</span>
                <span role="columnheader" className="num">Unit price</span>
                <span role="columnheader" className="num">Amount</span>
                <span role="columnheader"><span className="visually-hidden">Remove</span></span>
              </div>
              {lines.fields.map((field, index) => {
                const e = errors.lineItems?.[index];
                const line = watched.lineItems?.[index];
                const amount = lineAmount({ quantity: parseQuantity(line?.quantity ?? '') ?? 0, unitAmount: parseMoneyInput(line?.unitPrice ?? '', currency, { allowNegative: true }) ?? 0 });
                return (
                  <div className="stack top cx-line gap-8" role="row" key={field.id}>
                    <span role="cell">
                      <input className="input" aria-label={`Line ${index + 1} description`} placeholder="What was delivered" aria-invalid={Boolean(e?.description)} {...register(`lineItems.${index}.description`)} />
                      {e?.description ? <span className="field-error">{e.description.message}</span> : null}
                    </span>
                    <span role="cell">
                      <select className="select" aria-label={`Line ${index + 1} kind`} {...register(`lineItems.${index}.kind`)}>
                        {LINE_ITEM_KINDS.map((k) => (
                          <option key={k} value={k}>{KIND_LABEL[k]}</option>
                        ))}
                      </select>
                    </span>
                    <span role="cell">
                      <input className="input num" inputMode="decimal" aria-label={`Line ${index + 1} quantity`} aria-invalid={Boolean(e?.quantity)} {...register(`lineItems.${index}.quantity`)} />
                      {e?.quantity ? <span className="field-error">{e.quantity.message}</span> : null}
                    </span>
                    <span role="cell">
                      <input className="input num" inputMode="decimal" placeholder="0.00" aria-label={`Line ${index + 1} unit price`} aria-invalid={Boolean(e?.unitPrice)} {...register(`lineItems.${index}.unitPrice`)} />
                      {e?.unitPrice ? <span className="field-error">{e.unitPrice.message}</span> : null}
                    </span>
                    <span role="cell" className="num cx-line-amount">{formatMoney(amount, currency)}</span>
                    <span role="cell">
                      <button type="button" className="icon-button" aria-label={`Remove line ${index + 1}`} onClick={() => lines.remove(index)}>
                        <TrashIcon size={16} />
                      </button>
                    </span>
                  </div>
                );
              })}
              {lines.fields.length === 0 ? <p className="muted cx-pad">No lines. Add one, or pull in time and expenses below.</p> : null}
            </div>
          </section>

          <BillableSuggestions control={control} onAdd={(added) => lines.append(added)} existingDescriptions={(watched.lineItems ?? []).map((l) => l?.description ?? '')} />
        </div>

        <aside className="cx-editor-aside">
          <section className="stack cx-box cx-sticky gap-12">
            <h2 className="cx-box-title">Summary</h2>
            <dl className="stack cx-facts gap-8">
              <div><dt>Subtotal</dt><dd>{formatMoney(totals.subtotal, currency)}</dd></div>
              <div><dt>Tax{watched.taxRate && watched.taxRate !== '0' ? ` (${watched.taxRate}%)` : ''}</dt><dd>{formatMoney(totals.tax, currency)}</dd></div>
              <div className="cx-facts-strong"><dt>Total</dt><dd data-testid="invoice-total">{formatMoney(totals.total, currency)}</dd></div>
            </dl>
            <FormError message={saveError} />
            {Object.keys(errors).length > 0 ? <p className="field-error">Check the highlighted fields.</p> : null}
            <div className="stack gap-8">
              <button type="submit" name="intent" value="save" className="btn btn-primary btn-block" disabled={formState.isSubmitting}>
                {formState.isSubmitting && intent === 'save' ? <Spinner label="Saving…" /> : 'Save draft'}
              </button>
              <button type="submit" name="intent" value="issue" className="btn btn-secondary btn-block" disabled={formState.isSubmitting}>
                {formState.isSubmitting && intent === 'issue' ? <Spinner label="Issuing…" /> : 'Save and issue'}
              </button>
              <Link className="btn btn-ghost btn-block" to={backTo}>Cancel</Link>
            </div>
            <p className="muted small">Issuing shows the invoice to the client in their portal and emails their contacts.</p>
          </section>
        </aside>
      </div>
    </form>
  );
}

/** Pull the client's billable time (per project and person, at hourly rates) and expenses in as lines. */
function BillableSuggestions({
  control,
  onAdd,
  existingDescriptions,
}: {
  control: Control<InvoiceFormValues, unknown, InvoiceFormResult>;
  onAdd: (lines: InvoiceFormValues['lineItems']) => void;
  existingDescriptions: string[];
}) {
  const companyId = useWatch({ control, name: 'companyId' });
  const currency = useWatch({ control, name: 'currency' });
  const today = todayIso();
  const [from, setFrom] = useState(() => addDays(today, -30));
  const [to, setTo] = useState(today);
  const [projectId, setProjectId] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const { entries, expenses } = useClientBillables(companyId ?? '', from, to);
  const rates = useStaffRates();
  const people = usePeople();
  const clientName = useCompanyName(companyId);
  // The projects the client's time and expenses name, each by its own document (not every project).
  const projectIds = useMemo(() => {
    const ids = new Set<string>();
    for (const e of entries.data ?? []) if (e.companyId === companyId && e.projectId) ids.add(e.projectId);
    for (const e of expenses.data ?? []) if (e.companyId === companyId && e.projectId) ids.add(e.projectId);
    return [...ids].sort();
  }, [entries.data, expenses.data, companyId]);
  const projectNames = useProjectNames(companyId, projectIds);
  const suggestions = useMemo(() => {
    if (!companyId || !entries.data || !expenses.data || !rates.data) return [];
    const names: Record<string, string> = {};
    for (const e of entries.data) names[e.uid] = people.name(e.uid);
    const hourly = hourlyLines(companyId, { entries: entries.data, rates: rates.data, people: names, projects: projectNames, currency, from, to, projectId: projectId || null });
    const spent = expenseLines(companyId, expenses.data, { currency, from, to, projectId: projectId || null, projects: projectNames });
    return [...hourly, ...spent].map((line, i) => ({ ...line, key: `${line.kind}-${i}-${line.description}` }));
  }, [companyId, entries.data, expenses.data, rates.data, people, projectNames, currency, from, to, projectId]);

  const usable = suggestions.filter((s) => !s.problem);
  const chosen = usable.filter((s) => picked.has(s.key));
  const validPeriod = Boolean(from && to && from <= to);
  const loading = (validPeriod && (entries.isPending || expenses.isPending)) || rates.isPending;
  // More than one query's worth in the period: the newest are suggested, and the page says so.
  const cut = (entries.data?.length ?? 0) >= BILLABLES_LIMIT || (expenses.data?.length ?? 0) >= BILLABLES_LIMIT;

  function add(lines: (SuggestedLine & { key: string })[]) {
    onAdd(lines.map((l) => ({ description: l.description, kind: l.kind, quantity: String(l.quantity), unitPrice: moneyInputValue(l.unitAmount, currency, { fixed: true }) })));
    setPicked(new Set());
  }

  return (
    <section className="stack cx-box gap-12">
      <div className="row wrap between top cx-box-head gap-12">
        <div>
          <h2 className="cx-box-title">Bill time and expenses</h2>
          <p className="muted cx-box-sub">Billable hours of the client's projects, grouped per project and person at each person's hourly rate, and expenses at cost.</p>
        </div>
      </div>
      {!companyId ? (
        <p className="muted">Choose the client first.</p>
      ) : (
        <>
          <div className="cx-cols-3">
            <FormField label="From">{(id) => <input id={id} className="input" type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />}</FormField>
            <FormField label="To">{(id) => <input id={id} className="input" type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} />}</FormField>
            <FormField label="Project">
              {(id) => (
                <select id={id} className="select" value={projectId} onChange={(e) => setProjectId(e.target.value)}>
                  <option value="">All projects</option>
                  {Object.entries(projectNames).map(([pid, name]) => (
                    <option key={pid} value={pid}>{name}</option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
          {!validPeriod ? (
            <p className="muted">Pick a period whose start is on or before its end.</p>
          ) : loading ? (
            <Spinner label="Loading time and expenses…" />
          ) : entries.error || expenses.error || rates.error ? (
            <FormError message={describeError(entries.error ?? expenses.error ?? rates.error)} />
          ) : suggestions.length === 0 ? (
            <p className="muted">No billable time or expenses for {clientName || 'this client'} in this period.</p>
          ) : (
            <>
              {cut ? (
                <p className="muted small" role="status">
                  This period holds more than {BILLABLES_LIMIT.toLocaleString()} time entries or expenses: these lines cover the newest {BILLABLES_LIMIT.toLocaleString()}. Choose a shorter period to bill the rest.
                </p>
              ) : null}
              <ul className="cx-suggestions">
                {suggestions.map((s) => {
                  const already = existingDescriptions.includes(s.description);
                  return (
                    <li key={s.key} className={s.problem ? 'is-disabled' : ''}>
                      <label className="stack gap-12">
                        <input
                          type="checkbox"
                          disabled={Boolean(s.problem)}
                          checked={picked.has(s.key)}
                          onChange={(e) => {
                            const next = new Set(picked);
                            if (e.target.checked) next.add(s.key);
                            else next.delete(s.key);
                            setPicked(next);
                          }}
                        />
                        <span className="stack gap-1">
                          <span className="strong">{s.description}</span>
                          <span className="muted small">
                            {s.kind === 'hourly' ? `${formatQuantity(s.quantity)} h × ${formatMoney(s.unitAmount, currency)}` : 'Expense at cost'} · {s.detail}
                            {already ? ' · already on this invoice' : ''}
                          </span>
                          {s.problem ? <span className="field-error">Can't bill: {s.problem}</span> : null}
                        </span>
                        <span className="num strong">{formatMoney(lineAmount(s), currency)}</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
              <div className="row end cx-row-end">
                <button type="button" className="btn btn-secondary btn-sm" onClick={() => add(usable)} disabled={usable.length === 0}>
                  Add all ({usable.length})
                </button>
                <button type="button" className="btn btn-primary btn-sm" onClick={() => add(chosen)} disabled={chosen.length === 0}>
                  Add {chosen.length || ''} selected
                </button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
