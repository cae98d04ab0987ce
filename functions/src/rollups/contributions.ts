/**
 * What one source document adds to the rollups: pure functions from a time entry, expense,
 * invoice, payment or task (and the rates in force) to increments per rollup document. The triggers
 * apply the difference between a source's stored contribution and its current one; the rebuild
 * sums them from scratch — the same functions, so both give the same totals.
 */
import {
  CLIENT_VISIBLE_INVOICE_STATUSES,
  isSafeId,
  isoWeekStart,
  rollupIds,
  type Expense,
  type Invoice,
  type Payment,
  type RollupKind,
  type StaffRate,
  type Task,
  type TimeEntry,
} from '../model';

/** The identity fields of a rollup document (written with its first increment). */
export type RollupBase = { kind: RollupKind } & Record<string, string>;

/** Increments by field path (`minutes`, `labourCost.USD`) for one rollup document. */
export type Increments = Record<string, number>;

export interface Contribution {
  bases: Record<string, RollupBase>;
  increments: Record<string, Increments>;
}

export type SourceKind = 'timeEntry' | 'expense' | 'invoice' | 'payment' | 'task';

export interface SourceRef {
  kind: SourceKind;
  /** path of the source document */
  path: string;
}

export const EMPTY: Contribution = { bases: {}, increments: {} };

class Builder {
  private readonly result: Contribution = { bases: {}, increments: {} };

  add(id: string, base: RollupBase, field: string, amount: number): this {
    if (!Number.isFinite(amount) || amount === 0) return this;
    this.result.bases[id] = base;
    const fields = (this.result.increments[id] ??= {});
    fields[field] = (fields[field] ?? 0) + amount;
    return this;
  }

  build(): Contribution {
    return this.result;
  }
}

const monthOf = (date: string) => date.slice(0, 7);
const isIsoDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

export type Rates = Readonly<Record<string, Pick<StaffRate, 'hourlyRate' | 'costRate' | 'currency'> | undefined>>;

export function timeEntryContribution(entry: TimeEntry | undefined, rates: Rates): Contribution {
  // Its ids become field paths and document ids: one the rules would refuse today counts nowhere.
  if (!entry || !isIsoDate(entry.date) || !(entry.minutes > 0) || ![entry.uid, entry.companyId, entry.projectId].every(isSafeId)) return EMPTY;
  const rate = rates[entry.uid];
  const billable = entry.billable ? entry.minutes : 0;
  const project = rollupIds.project(entry.companyId, entry.projectId);
  const week = rollupIds.week(entry.uid, isoWeekStart(entry.date));
  const month = rollupIds.month(monthOf(entry.date));
  const projectBase: RollupBase = { kind: 'project', companyId: entry.companyId, projectId: entry.projectId };
  const weekBase: RollupBase = { kind: 'week', uid: entry.uid, weekStart: isoWeekStart(entry.date) };
  const monthBase: RollupBase = { kind: 'month', month: monthOf(entry.date) };
  const team = rollupIds.team(isoWeekStart(entry.date));
  const teamBase: RollupBase = { kind: 'team', weekStart: isoWeekStart(entry.date) };
  const billables = rollupIds.billables(monthOf(entry.date));
  const billablesBase: RollupBase = { kind: 'billables', month: monthOf(entry.date) };
  const cell = `cells.${entry.uid}.${entry.companyId}`;
  const b = new Builder()
    .add(team, teamBase, `minutes.${entry.uid}`, entry.minutes)
    .add(team, teamBase, `days.${entry.date}`, entry.minutes)
    .add(billables, billablesBase, `${cell}.minutes`, entry.minutes)
    .add(billables, billablesBase, `${cell}.billableMinutes`, billable)
    .add(project, projectBase, 'minutes', entry.minutes)
    .add(project, projectBase, 'billableMinutes', billable)
    .add(week, weekBase, 'minutes', entry.minutes)
    .add(week, weekBase, 'billableMinutes', billable)
    .add(week, weekBase, `days.${entry.date}`, entry.minutes)
    .add(month, monthBase, 'minutes', entry.minutes)
    .add(month, monthBase, 'billableMinutes', billable);
  if (!rate) return b.add(project, projectBase, 'unpricedMinutes', entry.minutes).add(billables, billablesBase, `${cell}.unratedMinutes`, billable).build();
  const value = Math.round((billable * rate.hourlyRate) / 60);
  const labour = Math.round((entry.minutes * rate.costRate) / 60);
  return b
    .add(project, projectBase, `labourCost.${rate.currency}`, labour)
    .add(month, monthBase, `labourCost.${rate.currency}`, labour)
    .add(month, monthBase, `billableValue.${rate.currency}`, value)
    .add(billables, billablesBase, `${cell}.value.${rate.currency}`, value)
    .build();
}

export function expenseContribution(expense: Expense | undefined): Contribution {
  if (!expense || !isIsoDate(expense.date) || !(expense.amount > 0) || !isSafeId(expense.companyId) || (expense.projectId != null && !isSafeId(expense.projectId))) return EMPTY;
  const b = new Builder().add(rollupIds.month(monthOf(expense.date)), { kind: 'month', month: monthOf(expense.date) }, `expenses.${expense.currency}`, expense.amount);
  if (expense.projectId) {
    const base: RollupBase = { kind: 'project', companyId: expense.companyId, projectId: expense.projectId };
    b.add(rollupIds.project(expense.companyId, expense.projectId), base, `expenses.${expense.currency}`, expense.amount);
  }
  return b.build();
}

export function invoiceContribution(invoice: (Invoice & { companyId: string }) | undefined): Contribution {
  if (!invoice || !isIsoDate(invoice.issueDate)) return EMPTY;
  if (!(CLIENT_VISIBLE_INVOICE_STATUSES as readonly string[]).includes(invoice.status)) return EMPTY;
  const month = monthOf(invoice.issueDate);
  const monthBase: RollupBase = { kind: 'month', month };
  const client = rollupIds.client(invoice.companyId);
  const clientBase: RollupBase = { kind: 'client', companyId: invoice.companyId };
  const owed = Math.max(0, invoice.total - (invoice.amountPaid ?? 0));
  return new Builder()
    .add(rollupIds.month(month), monthBase, `invoiced.${invoice.currency}`, invoice.total)
    .add(rollupIds.month(month), monthBase, `outstanding.${invoice.currency}`, owed)
    .add(client, clientBase, 'invoices', 1)
    .add(client, clientBase, `invoiced.${invoice.currency}`, invoice.total)
    .add(client, clientBase, `paid.${invoice.currency}`, invoice.amountPaid ?? 0)
    .add(client, clientBase, `outstanding.${invoice.currency}`, owed)
    .build();
}

/** A task counts toward its project's progress: one task, and one done task when it is done. */
export function taskContribution(task: (Pick<Task, 'projectId' | 'status'> & { companyId: string }) | undefined): Contribution {
  if (!task || !isSafeId(task.projectId) || !isSafeId(task.companyId)) return EMPTY;
  const id = rollupIds.project(task.companyId, task.projectId);
  const base: RollupBase = { kind: 'project', companyId: task.companyId, projectId: task.projectId };
  return new Builder()
    .add(id, base, 'tasks', 1)
    .add(id, base, 'doneTasks', task.status === 'done' ? 1 : 0)
    .build();
}

/** A payment counts once it is money received: Stripe's, or a manual payment that was applied. */
export function paymentContribution(payment: Payment | undefined): Contribution {
  if (!payment || !payment.paidAt || (payment.provider === 'manual' && !payment.appliedAt)) return EMPTY;
  const month = payment.paidAt.toDate().toISOString().slice(0, 7);
  return new Builder().add(rollupIds.month(month), { kind: 'month', month }, `received.${payment.currency}`, payment.amount).build();
}

/** new − old, per rollup and field; only the non-zero differences. */
export function difference(next: Contribution, previous: Contribution): Contribution {
  const out = new Builder();
  const ids = new Set([...Object.keys(next.increments), ...Object.keys(previous.increments)]);
  for (const id of ids) {
    const base = next.bases[id] ?? previous.bases[id];
    if (!base) continue;
    const fields = new Set([...Object.keys(next.increments[id] ?? {}), ...Object.keys(previous.increments[id] ?? {})]);
    for (const field of fields) out.add(id, base, field, (next.increments[id]?.[field] ?? 0) - (previous.increments[id]?.[field] ?? 0));
  }
  return out.build();
}

/** Adds `c` into `total` (the rebuild's running sum). */
export function accumulate(total: Contribution, c: Contribution): void {
  for (const [id, fields] of Object.entries(c.increments)) {
    total.bases[id] = c.bases[id]!;
    const sum = (total.increments[id] ??= {});
    for (const [field, amount] of Object.entries(fields)) sum[field] = (sum[field] ?? 0) + amount;
  }
}
