/**
 * Typed builders for the console's ledgers (issue 10): time entries and expenses, as the Time
 * and Expenses pages page through them and total them. Both collections are top-level and
 * staff-readable (DESIGN §4: staff and admins read every entry and expense; clients none), so
 * every list pages by [date, document id], newest first, with its filters in the query, and
 * every total is an aggregation (`sum()`, `count()`) over the same filters — never a read of the
 * agency's history. The rules-tests run these builders as every role
 * (rules-tests/consoleLedgerQueries.test.ts); indexes in firestore.indexes.json.
 */
import { collection, documentId, limit, orderBy, query, where, type Firestore, type QueryConstraint } from 'firebase/firestore';
import { paths, type Currency, type Expense, type ExpenseCategory, type IsoDate, type TimeEntry, type WithId } from '@model';
import { converter, type PageCursor } from './refs';

const timeEntries = (db: Firestore) => collection(db, paths.timeEntries()).withConverter(converter<TimeEntry>());
const expenses = (db: Firestore) => collection(db, paths.expenses()).withConverter(converter<Expense>());

// ---- time entries ----

/** Whose entries and which days: one person (or everyone, uid null), dates from–to inclusive (null: open). */
export interface TimeEntryFilter {
  uid: string | null;
  from: IsoDate | null;
  to: IsoDate | null;
}

function timeFilters(filter: TimeEntryFilter): QueryConstraint[] {
  const constraints: QueryConstraint[] = [];
  if (filter.uid) constraints.push(where('uid', '==', filter.uid));
  if (filter.from) constraints.push(where('date', '>=', filter.from));
  if (filter.to) constraints.push(where('date', '<=', filter.to));
  return constraints;
}

/**
 * Time entries matching the filter, newest day first, the id breaking ties (index uid + date
 * desc; without a person the single-field date index). Cursor: timeEntryCursor.
 */
export const timeEntriesListQuery = (db: Firestore, filter: TimeEntryFilter) =>
  query(timeEntries(db), ...timeFilters(filter), orderBy('date', 'desc'), orderBy(documentId(), 'desc'));
export const timeEntryCursor = (entry: WithId<TimeEntry>): PageCursor => [entry.date, entry.id];

/**
 * The invoice editor's suggestions read one client's billables of the chosen period, never the
 * agency's history; a period holding more is cut here and the editor says so.
 */
export const BILLABLES_LIMIT = 1000;

/** One client's billable time entries from–to, newest first (index companyId + billable + date desc). */
export const clientBillableTimeQuery = (db: Firestore, companyId: string, from: IsoDate, to: IsoDate) =>
  query(
    timeEntries(db),
    where('companyId', '==', companyId),
    where('billable', '==', true),
    where('date', '>=', from),
    where('date', '<=', to),
    orderBy('date', 'desc'),
    limit(BILLABLES_LIMIT),
  );

// ---- expenses ----

/** Which expenses: of one client (or all, null), of one category (or all, null). */
export interface ExpenseFilter {
  companyId: string | null;
  category: ExpenseCategory | null;
}

function expenseFilters(filter: ExpenseFilter): QueryConstraint[] {
  const constraints: QueryConstraint[] = [];
  if (filter.companyId) constraints.push(where('companyId', '==', filter.companyId));
  if (filter.category) constraints.push(where('category', '==', filter.category));
  return constraints;
}

/**
 * Expenses matching the filter, newest first, the id breaking ties (indexes companyId + date
 * desc, category + date desc, companyId + category + date desc). Cursor: expenseCursor.
 */
export const expensesListQuery = (db: Firestore, filter: ExpenseFilter) =>
  query(expenses(db), ...expenseFilters(filter), orderBy('date', 'desc'), orderBy(documentId(), 'desc'));
export const expenseCursor = (expense: WithId<Expense>): PageCursor => [expense.date, expense.id];

/** One client's expenses from–to, newest first (index companyId + date desc). */
export const clientExpensesQuery = (db: Firestore, companyId: string, from: IsoDate, to: IsoDate) =>
  query(expenses(db), where('companyId', '==', companyId), where('date', '>=', from), where('date', '<=', to), orderBy('date', 'desc'), limit(BILLABLES_LIMIT));

/**
 * Expenses in one currency matching the filter, optionally only from–to (a month), for count()
 * and sum('amount') (indexes [companyId +] [category +] currency [+ date] + amount).
 */
export const expenseTotalsQuery = (db: Firestore, filter: ExpenseFilter, currency: Currency, from?: IsoDate, to?: IsoDate) =>
  query(
    expenses(db),
    ...expenseFilters(filter),
    where('currency', '==', currency),
    ...(from ? [where('date', '>=', from)] : []),
    ...(to ? [where('date', '<=', to)] : []),
  );
