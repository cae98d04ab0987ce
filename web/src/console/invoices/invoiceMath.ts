/**
 * Invoice arithmetic, numbering and line-item builders. Pure: no Firebase, no React.
 *
 * Money is integer minor units of the invoice currency (DESIGN §4). A line's amount is
 * `round(quantity × unitAmount)`; the subtotal is the sum of line amounts; tax is
 * `round(subtotal × rate / 100)`; total = subtotal + tax (the rules check that equation).
 */
import type { Currency, Expense, Invoice, LineItem, StaffRate, TimeEntry } from '@model';

export const INVOICE_NUMBER_PREFIX = 'INV-';
/** The first number when the agency has no invoices yet. */
export const FIRST_INVOICE_NUMBER = 1001;

export function lineAmount(item: Pick<LineItem, 'quantity' | 'unitAmount'>): number {
  return Math.round(item.quantity * item.unitAmount);
}

export function subtotalOf(items: readonly Pick<LineItem, 'quantity' | 'unitAmount'>[]): number {
  return items.reduce((sum, item) => sum + lineAmount(item), 0);
}

/** Tax on a subtotal at `ratePercent` (e.g. 8 or 20.5), rounded half away from zero to a minor unit. */
export function taxFor(subtotal: number, ratePercent: number): number {
  if (!Number.isFinite(ratePercent) || ratePercent <= 0) return 0;
  // Work in hundredths of a percent as integers to avoid 0.1 + 0.2 style drift.
  const basisPoints = Math.round(ratePercent * 100);
  return Math.round((subtotal * basisPoints) / 10_000);
}

export interface InvoiceTotals {
  subtotal: number;
  tax: number;
  total: number;
}

export function invoiceTotals(items: readonly Pick<LineItem, 'quantity' | 'unitAmount'>[], ratePercent: number): InvoiceTotals {
  const subtotal = subtotalOf(items);
  const tax = taxFor(subtotal, ratePercent);
  return { subtotal, tax, total: subtotal + tax };
}

/**
 * The tax rate an existing invoice implies (tax ÷ subtotal), to two decimals. The document
 * stores amounts only; this recovers the rate when a draft is opened again.
 */
export function impliedTaxRate(invoice: Pick<Invoice, 'subtotal' | 'tax'>): number {
  if (invoice.subtotal <= 0 || invoice.tax <= 0) return 0;
  return Math.round((invoice.tax / invoice.subtotal) * 10_000) / 100;
}

/** "INV-1042" → 1042; anything else → null. */
export function parseInvoiceNumber(number: string): number | null {
  const match = /^INV-(\d{1,9})$/.exec(number.trim());
  return match ? Number(match[1]) : null;
}

export function formatInvoiceNumber(n: number): string {
  return `${INVOICE_NUMBER_PREFIX}${String(n).padStart(4, '0')}`;
}

/** The next number across the whole agency: one more than the highest INV-#### in use. */
export function nextInvoiceNumber(existing: readonly string[]): string {
  let highest = FIRST_INVOICE_NUMBER - 1;
  for (const number of existing) {
    const n = parseInvoiceNumber(number);
    if (n !== null && n > highest) highest = n;
  }
  return formatInvoiceNumber(highest + 1);
}

/** Is the number free (ignoring the invoice being edited)? */
export function isInvoiceNumberTaken(number: string, invoices: readonly { id: string; number: string }[], exceptId?: string): boolean {
  const wanted = number.trim().toUpperCase();
  return invoices.some((invoice) => invoice.id !== exceptId && invoice.number.trim().toUpperCase() === wanted);
}

// ---- line items from time and expenses ----

export interface PersonName {
  uid: string;
  displayName: string;
}

export interface HourlyLineSource {
  entries: readonly TimeEntry[];
  rates: Readonly<Record<string, Pick<StaffRate, 'hourlyRate' | 'currency'>>>;
  people: Readonly<Record<string, string>>;
  projects: Readonly<Record<string, string>>;
  currency: Currency;
  /** inclusive ISO dates; empty = open */
  from?: string;
  to?: string;
  projectId?: string | null;
}

export interface SuggestedLine extends LineItem {
  /** why it is there, for the picker: "18 entries, Mar 2 – Mar 27" */
  detail: string;
  /** set when it cannot be billed as is (no rate, other currency) */
  problem: string | null;
}

function inRange(date: string, from?: string, to?: string): boolean {
  return (!from || date >= from) && (!to || date <= to);
}

/**
 * Billable time of one company, grouped per project and person, valued at the person's hourly
 * rate: one `hourly` line each ("Website Redesign — Sam Rivera", quantity = hours to 2 dp).
 */
export function hourlyLines(companyId: string, source: HourlyLineSource): SuggestedLine[] {
  const groups = new Map<string, { projectId: string; uid: string; minutes: number; count: number; first: string; last: string }>();
  for (const entry of source.entries) {
    if (entry.companyId !== companyId || !entry.billable) continue;
    if (source.projectId && entry.projectId !== source.projectId) continue;
    if (!inRange(entry.date, source.from, source.to)) continue;
    const key = `${entry.projectId}\u0000${entry.uid}`;
    const group = groups.get(key) ?? { projectId: entry.projectId, uid: entry.uid, minutes: 0, count: 0, first: entry.date, last: entry.date };
    group.minutes += entry.minutes;
    group.count += 1;
    if (entry.date < group.first) group.first = entry.date;
    if (entry.date > group.last) group.last = entry.date;
    groups.set(key, group);
  }
  const lines: SuggestedLine[] = [];
  for (const group of groups.values()) {
    const rate = source.rates[group.uid];
    const person = source.people[group.uid] ?? group.uid;
    const project = source.projects[group.projectId] ?? group.projectId;
    const hours = Math.round((group.minutes / 60) * 100) / 100;
    let problem: string | null = null;
    if (!rate) problem = `${person} has no hourly rate`;
    else if (rate.currency !== source.currency) problem = `${person}'s rate is in ${rate.currency}, the invoice in ${source.currency}`;
    lines.push({
      description: `${project} — ${person}`.slice(0, 200),
      quantity: hours,
      unitAmount: rate?.hourlyRate ?? 0,
      kind: 'hourly',
      detail: `${group.count} ${group.count === 1 ? 'entry' : 'entries'}, ${group.first} – ${group.last}`,
      problem,
    });
  }
  return lines.sort((a, b) => a.description.localeCompare(b.description));
}

/** Expenses of one company as `expense` lines at cost (quantity 1). */
export function expenseLines(
  companyId: string,
  expenses: readonly Expense[],
  options: { currency: Currency; from?: string; to?: string; projectId?: string | null; projects?: Readonly<Record<string, string>> },
): SuggestedLine[] {
  return expenses
    .filter((e) => e.companyId === companyId && inRange(e.date, options.from, options.to))
    .filter((e) => !options.projectId || e.projectId === options.projectId)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => {
      const project = e.projectId ? options.projects?.[e.projectId] : undefined;
      const label = e.description.trim() || e.category;
      return {
        description: (project ? `${label} (${project})` : label).slice(0, 200),
        quantity: 1,
        unitAmount: e.amount,
        kind: 'expense' as const,
        detail: `${e.category}, ${e.date}`,
        problem: e.currency === options.currency ? null : `in ${e.currency}, the invoice in ${options.currency}`,
      };
    });
}

// ---- status ----

export type InvoiceAction = 'edit' | 'issue' | 'void' | 'recordPayment' | 'delete';

/** What an admin may do with an invoice in its status (mirrors isValidInvoiceUpdate in the rules). */
export function allowedActions(invoice: Pick<Invoice, 'status' | 'amountPaid' | 'total'>): InvoiceAction[] {
  switch (invoice.status) {
    case 'draft':
      return ['edit', 'issue', 'void', 'delete'];
    case 'pending':
    case 'overdue':
      return invoice.amountPaid === 0 ? ['recordPayment', 'void'] : ['recordPayment'];
    default:
      return [];
  }
}

/** A draft can be issued when it has lines and a positive total. */
export function issueProblem(invoice: Pick<Invoice, 'lineItems' | 'total' | 'issueDate' | 'dueDate'>): string | null {
  if (invoice.lineItems.length === 0) return 'Add at least one line item before issuing.';
  if (invoice.total <= 0) return 'The total must be more than zero to issue.';
  if (invoice.dueDate < invoice.issueDate) return 'The due date is before the issue date.';
  return null;
}
