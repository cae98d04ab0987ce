/**
 * Rollups (DESIGN §4 `rollups/…`): totals that Cloud Functions keep current as time entries,
 * expenses, invoices and payments change, so dashboards read a few documents instead of the
 * agency's whole history. Money is in integer minor units, kept per currency (`{ USD: 1200 }`).
 *
 * - `rollups/project~{companyId}~{projectId}` (staff, admin): time and cost to date of a project,
 *   and its tasks (all, done) for progress bars.
 * - `rollups/week~{uid}~{monday}` (staff, admin): a person's logged time in an ISO week.
 * - `rollups/team~{monday}` (staff, admin): everyone's logged time in an ISO week, one document
 *   for the whole team (the workload page reads one per week shown, whatever the team's size).
 * - `rollups/billables~{yyyy-mm}` (admin only): a month's time by person and client, the billable
 *   part valued at hourly rates — one document per month for the billables report.
 * - `rollups/month~{yyyy-mm}` (admin only: revenue and rate-derived values).
 * - `rollups/client~{companyId}` (admin only): what a client was invoiced, paid and still owes.
 */
import type { IsoDate, TimestampLike } from './documents';

export const ROLLUP_KINDS = ['project', 'week', 'team', 'billables', 'month', 'client'] as const;
export type RollupKind = (typeof ROLLUP_KINDS)[number];
/** The rollups staff may read (no revenue, no rate-derived value). */
export const STAFF_ROLLUP_KINDS = ['project', 'week', 'team'] as const satisfies readonly RollupKind[];

/** Minor units per ISO 4217 currency code. */
export type MoneyByCurrency = Record<string, number>;

export interface ProjectRollup {
  kind: 'project';
  companyId: string;
  projectId: string;
  minutes: number;
  billableMinutes: number;
  /** time × the person's cost rate, in the rate's currency */
  labourCost: MoneyByCurrency;
  expenses: MoneyByCurrency;
  /** minutes logged by people without a cost rate (not in labourCost) */
  unpricedMinutes: number;
  /** the project's tasks, and how many of them are done */
  tasks: number;
  doneTasks: number;
  updatedAt: TimestampLike;
}

export interface WeekRollup {
  kind: 'week';
  uid: string;
  /** Monday of the ISO week */
  weekStart: IsoDate;
  minutes: number;
  billableMinutes: number;
  /** minutes by day of the week (`YYYY-MM-DD`; days with no time are absent) */
  days: Record<IsoDate, number>;
  updatedAt: TimestampLike;
}

export interface TeamWeekRollup {
  kind: 'team';
  /** Monday of the ISO week */
  weekStart: IsoDate;
  /** minutes logged that week, by person (uid) */
  minutes: Record<string, number>;
  /** everyone's minutes by day of the week (`YYYY-MM-DD`; days with no time are absent) */
  days: Record<IsoDate, number>;
  updatedAt: TimestampLike;
}

/** One person's time for one client in a month. */
export interface BillablesCell {
  minutes: number;
  billableMinutes: number;
  /** billable minutes of entries whose person had no rate (not valued) */
  unratedMinutes?: number;
  /** billable time × hourly rate, in the rate's currency */
  value?: MoneyByCurrency;
}

export interface BillablesRollup {
  kind: 'billables';
  /** `YYYY-MM` */
  month: string;
  /** by person (uid), then client (companyId) */
  cells: Record<string, Record<string, BillablesCell>>;
  updatedAt: TimestampLike;
}

export interface MonthRollup {
  kind: 'month';
  /** `YYYY-MM` */
  month: string;
  minutes: number;
  billableMinutes: number;
  /** billable time × hourly rate */
  billableValue: MoneyByCurrency;
  labourCost: MoneyByCurrency;
  expenses: MoneyByCurrency;
  /** totals of invoices issued that month (pending, overdue, paid) */
  invoiced: MoneyByCurrency;
  /** what is still owed on the invoices issued that month */
  outstanding: MoneyByCurrency;
  /** payments received that month, refunds subtracted */
  received: MoneyByCurrency;
  updatedAt: TimestampLike;
}

export interface ClientRollup {
  kind: 'client';
  companyId: string;
  /** issued invoices (pending, overdue, paid) */
  invoices: number;
  invoiced: MoneyByCurrency;
  /** paid on those invoices (amountPaid) */
  paid: MoneyByCurrency;
  outstanding: MoneyByCurrency;
  updatedAt: TimestampLike;
}

export type Rollup = ProjectRollup | WeekRollup | TeamWeekRollup | BillablesRollup | MonthRollup | ClientRollup;

export const rollupIds = {
  project: (companyId: string, projectId: string) => `project~${companyId}~${projectId}`,
  week: (uid: string, weekStart: IsoDate) => `week~${uid}~${weekStart}`,
  team: (weekStart: IsoDate) => `team~${weekStart}`,
  billables: (month: string) => `billables~${month}`,
  month: (month: string) => `month~${month}`,
  client: (companyId: string) => `client~${companyId}`,
};

/** Monday of the ISO week of a `YYYY-MM-DD` date (UTC calendar arithmetic). */
export function isoWeekStart(date: IsoDate): IsoDate {
  const day = new Date(`${date}T00:00:00Z`);
  const offset = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - offset);
  return day.toISOString().slice(0, 10);
}

/** What `rebuildRollups` did. */
export interface RebuildRollupsResult {
  /** source documents that contribute (time entries, expenses, issued invoices, payments) */
  sources: number;
  /** rollup documents written */
  rollups: number;
}
