/**
 * Expenses: what the agency spent for a client (and project), by category. Staff add and edit.
 * Newest first, a page at a time, the client and category filters in the query; the totals are
 * count()/sum() aggregations (./lists.ts) — never every expense (issue 10).
 */
import { useState } from 'react';
import { EXPENSE_CATEGORIES, type Expense, type ExpenseCategory, type WithId } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { Dialog } from '../../components/Dialog';
import { Badge, EmptyState } from '../../components/ui';
import { LoadMore } from '../../components/LoadMore';
import { formatDate, formatMoney, todayIso } from '../../lib/format';
import { EditIcon, PlusIcon, TrashIcon, WalletIcon } from '../components/icons';
import { ACTIONS_COLUMN, Chip, DataTable, FormError, FormField, Loadable, pagedQuery, PageHeader, PrimaryButton, Stat } from '../components/kit';
import { useToast } from '../components/toast';
import { useDeleteExpense, useSaveExpense } from './mutations';
import { EXPENSE_DESCRIPTION_MAX, expenseSchema } from './schemas';
import { CurrencyField, DialogActions, useZodForm } from '../components/form';
import { CompanyPicker, FormPicker, ProjectPicker } from '../components/Picker';
import { formatTotals, moneyInputValue } from '../lib/money';
import { usePeople } from '../lib/queries';
import { CompanyName } from '../components/CompanyName';
import { ProjectName } from '../components/ProjectName';
import { useExpensePages, useExpenseTotals, useRefreshExpenseTotals } from './lists';
import { CompanySelect } from '../components/CompanySelect';
import { EXPENSE_CATEGORY } from '../lib/labels';

export default function ExpensesPage() {
  useDocumentTitle('Expenses');
  const toast = useToast();
  const remove = useDeleteExpense();
  const refreshTotals = useRefreshExpenseTotals();
  const people = usePeople();
  const [category, setCategory] = useState<ExpenseCategory | ''>('');
  const [companyId, setCompanyId] = useState('');
  const [editing, setEditing] = useState<WithId<Expense> | 'new' | null>(null);
  const today = todayIso();
  const month = today.slice(0, 7);

  const pages = useExpensePages({ companyId: companyId || null, category: category || null });
  const totals = useExpenseTotals(companyId || null, month, pages.version);
  const filtered = pages.items;
  const list = pagedQuery(pages, filtered);
  const none = formatMoney(0, 'USD');

  return (
    <div className="cx-page">
      <PageHeader
        title="Expenses"
        subtitle="Money spent for a client. It counts toward the project's cost and can be billed on an invoice at cost."
        actions={
          <PrimaryButton icon={<PlusIcon size={18} />} onClick={() => setEditing('new')}>Add expense</PrimaryButton>
        }
      />
      <div className="stack cx-stat-grid gap-16">
        <Stat label="This month" value={totals.data ? formatTotals(totals.data.thisMonth, none) : totals.error ? '—' : '…'} hint={totals.error ? 'Totals could not be loaded.' : undefined} />
        <Stat label="All time" value={totals.data ? formatTotals(totals.data.all, none) : totals.error ? '—' : '…'} hint={totals.data ? `${totals.data.count} expenses` : undefined} />
      </div>

      <div className="row wrap top gap-6" role="group" aria-label="Category">
        <Chip active={category === ''} onClick={() => setCategory('')}>All</Chip>
        {EXPENSE_CATEGORIES.map((c) => (
          <Chip key={c} active={category === c} onClick={() => setCategory(category === c ? '' : c)}>
            {EXPENSE_CATEGORY[c].label}
            {totals.data?.byCategory.get(c) ? <span className="cx-chip-count">{formatTotals(totals.data.byCategory.get(c)!)}</span> : null}
          </Chip>
        ))}
        <span className="row wrap cx-toolbar-right">
          <label className="visually-hidden" htmlFor="expense-client">Client</label>
          <CompanySelect id="expense-client" className="select cx-input-sm" value={companyId} onChange={setCompanyId} empty="All clients" />
        </span>
      </div>

      <Loadable query={list} rows={4}>
        {() =>
          filtered.length === 0 ? (
            <div className="stack cx-box gap-12">
              <EmptyState icon={<WalletIcon size={28} />} title="No expenses here" action={<PrimaryButton onClick={() => setEditing('new')}>Add expense</PrimaryButton>} />
            </div>
          ) : (
            <div className="stack cx-box cx-box-flush">
              <DataTable columns={['Date', 'Description', 'Category', 'Client · project', 'Added by', { label: 'Amount', className: 'num' }, ACTIONS_COLUMN]}>
                {filtered.map((e) => (
                  <tr key={e.id}>
                    <td className="cx-nowrap">{formatDate(e.date)}</td>
                    <td>{e.description || <span className="muted">—</span>}</td>
                    <td><Badge tone={EXPENSE_CATEGORY[e.category].tone}>{EXPENSE_CATEGORY[e.category].label}</Badge></td>
                    <td>
                      <div><CompanyName id={e.companyId} /></div>
                      <div className="muted small">{e.projectId ? <ProjectName companyId={e.companyId} id={e.projectId} /> : 'No project'}</div>
                    </td>
                    <td>{people.name(e.createdBy)}</td>
                    <td className="num strong">{formatMoney(e.amount, e.currency)}</td>
                    <td className="num cx-nowrap">
                      <button type="button" className="icon-button" aria-label="Edit expense" onClick={() => setEditing(e)}><EditIcon size={16} /></button>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label="Delete expense"
                        onClick={() => {
                          if (window.confirm(`Delete “${e.description || EXPENSE_CATEGORY[e.category].label}”?`)) remove.mutate(e.id, { onSuccess: () => { refreshTotals(); toast.success('Expense deleted.'); }, onError: (err) => toast.error(err.message) });
                        }}
                      >
                        <TrashIcon size={16} />
                      </button>
                    </td>
                  </tr>
                ))}
              </DataTable>
              <LoadMore pages={pages} label="More expenses" />
            </div>
          )
        }
      </Loadable>

      <Dialog open={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'Add an expense' : 'Edit expense'}>
        {editing ? <ExpenseForm expense={editing === 'new' ? null : editing} defaultCompany={companyId} onDone={() => { setEditing(null); refreshTotals(); }} /> : null}
      </Dialog>
    </div>
  );
}

function ExpenseForm({ expense, defaultCompany, onDone }: { expense: WithId<Expense> | null; defaultCompany: string; onDone: () => void }) {
  const toast = useToast();
  const save = useSaveExpense();
  const { register, control, handleSubmit, formState, watch, setValue } = useZodForm(expenseSchema, {
    companyId: expense?.companyId ?? defaultCompany,
    projectId: expense?.projectId ?? '',
    amount: expense ? moneyInputValue(expense.amount, expense.currency, { fixed: true }) : '',
    currency: expense?.currency ?? 'USD',
    category: expense?.category ?? 'software',
    date: expense?.date ?? todayIso(),
    description: expense?.description ?? '',
  });
  const errors = formState.errors;
  const companyId = watch('companyId');

  const submit = handleSubmit((fields) =>
    save.mutate(
      { id: expense?.id, fields },
      {
        onSuccess: () => {
          toast.success(expense ? 'Expense saved.' : 'Expense added.');
          onDone();
        },
      },
    ),
  );

  return (
    <form className="stack cx-stack-form gap-16" onSubmit={(e) => void submit(e)} noValidate>
      <FormField label="Description" error={errors.description?.message}>{(id) => <input id={id} className="input" {...register('description')} placeholder="Stock photography" maxLength={EXPENSE_DESCRIPTION_MAX} />}</FormField>
      <div className="cx-cols-2">
        <FormField label="Client" error={errors.companyId?.message}>
          {(id) => (
            <FormPicker control={control} name="companyId" onValue={() => setValue('projectId', '')}>
              {(value, onChange) => <CompanyPicker id={id} className="select" value={value} onChange={onChange} invalid={Boolean(errors.companyId)} placeholder="Type a client's name…" />}
            </FormPicker>
          )}
        </FormField>
        <FormField label="Project (optional)">
          {(id) => (
            <FormPicker control={control} name="projectId">
              {(value, onChange) => <ProjectPicker id={id} className="select" companyId={companyId} value={value} onChange={onChange} empty="No project" disabled={!companyId} />}
            </FormPicker>
          )}
        </FormField>
        <FormField label="Amount" error={errors.amount?.message}>{(id) => <input id={id} className="input" inputMode="decimal" {...register('amount')} placeholder="0.00" />}</FormField>
        <CurrencyField registration={register('currency')} />
        <FormField label="Category">
          {(id) => (
            <select id={id} className="select" {...register('category')}>
              {EXPENSE_CATEGORIES.map((c) => <option key={c} value={c}>{EXPENSE_CATEGORY[c].label}</option>)}
            </select>
          )}
        </FormField>
        <FormField label="Date" error={errors.date?.message}>{(id) => <input id={id} className="input" type="date" {...register('date')} />}</FormField>
      </div>
      <FormError message={save.error?.message ?? null} />
      <DialogActions className="cx-form-actions" onCancel={onDone} pending={save.isPending} submitLabel={expense ? 'Save' : 'Add expense'} />
    </form>
  );
}
