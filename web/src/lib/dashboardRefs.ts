/**
 * Typed builders for the documents Cloud Functions keep for the console (issue 10): the search
 * index and the rollups. Staff-only paths; the rules-tests run these builders as every role.
 */
import { collection, collectionGroup, doc, documentId, limit, orderBy, query, where, type Firestore, type QueryConstraint, type FirestoreDataConverter, type QueryDocumentSnapshot, type SnapshotOptions } from 'firebase/firestore';
import { paths, rollupIds, type BillablesRollup, type ClientRequest, type ClientRollup, type Company, type CompanyStatus, type Invoice, type InvoiceStatus, type IsoDate, type MonthRollup, type Project, type ProjectRollup, type ProjectStatus, type RequestStatus, type SearchEntry, type SearchKind, type Task, type TaskStatus, type TeamWeekRollup, type WeekRollup, type WithId } from '@model';
import { converter, OPEN_TASK_STATUSES } from './refs';

const searchIndex = (db: Firestore) => collection(db, paths.searchIndex()).withConverter(converter<SearchEntry>());
const rollups = <T extends object>(db: Firestore) => collection(db, paths.rollups()).withConverter(converter<T>());

/** Entries of one kind whose words start with `token` (index kind + tokens), at most `size`. */
export const searchIndexQuery = (db: Firestore, kind: SearchKind, token: string, size: number) =>
  query(searchIndex(db), where('kind', '==', kind), where('tokens', 'array-contains', token), limit(size));

/** A project's time and cost to date (staff, admin). */
export const projectRollupRef = (db: Firestore, companyId: string, projectId: string) =>
  doc(rollups<ProjectRollup>(db), rollupIds.project(companyId, projectId));

/** One person's logged time in the ISO week starting `monday` (staff, admin). */
export const weekRollupRef = (db: Firestore, uid: string, monday: IsoDate) => doc(rollups<WeekRollup>(db), rollupIds.week(uid, monday));

/** Month rollups from `from` to `to` (`YYYY-MM`, inclusive), oldest first (admin only). */
export const monthRollupsQuery = (db: Firestore, from: string, to: string) =>
  query(rollups<MonthRollup>(db), where('kind', '==', 'month'), where('month', '>=', from), where('month', '<=', to), orderBy('month'));

/** A collection-group document with its id and the company of its path (`companies/{c}/…`). */
export type InCompanyDoc<T> = WithId<T> & { readonly companyId: string };

export function scopedConverter<T extends object>(): FirestoreDataConverter<InCompanyDoc<T>, T> {
  return {
    toFirestore: (value) => {
      const { id: _id, companyId: _companyId, ...rest } = value as InCompanyDoc<T>;
      return rest as T;
    },
    fromFirestore: (snapshot: QueryDocumentSnapshot, options?: SnapshotOptions) =>
      ({ ...(snapshot.data(options) as T), id: snapshot.id, companyId: snapshot.ref.parent.parent?.id ?? '' }) as InCompanyDoc<T>,
  };
}

/** The statuses the budget page shows by default: work that is still spending. */
export const SPENDING_PROJECT_STATUSES = ['active', 'on_hold'] as const satisfies readonly ProjectStatus[];

/**
 * Every company's projects by name (collection group, staff), optionally only some statuses
 * (index status+name). Cursor: [name, document path] — a collection group pages by full path.
 */
export const projectsByNameQuery = (db: Firestore, statuses: readonly ProjectStatus[] | null) =>
  query(
    collectionGroup(db, 'projects').withConverter(scopedConverter<Project>()),
    ...(statuses ? [where('status', 'in', [...statuses])] : []),
    orderBy('name'),
    orderBy(documentId()),
  );
export const projectByNameCursor = (p: InCompanyDoc<Project>) => [p.name, paths.project(p.companyId, p.id)] as const;

/** Everyone's logged minutes in the ISO week starting `monday` (staff, admin). */
export const teamWeekRollupRef = (db: Firestore, monday: IsoDate) => doc(rollups<TeamWeekRollup>(db), rollupIds.team(monday));

/** Which of a person's open tasks to count. */
export type OpenTaskSlice = { kind: 'all' } | { kind: 'overdue'; today: IsoDate } | { kind: 'due'; from: IsoDate; to: IsoDate } | { kind: 'urgent' };

/**
 * Open tasks (every company, collection group: staff) of one person, or unassigned (uid null),
 * for count(): indexes assignee.uid+status(+dueDate, +priority), assignee+status.
 */
export function openTasksOfQuery(db: Firestore, uid: string | null, slice: OpenTaskSlice = { kind: 'all' }) {
  const base = query(
    collectionGroup(db, 'tasks').withConverter(converter<Task>()),
    uid === null ? where('assignee', '==', null) : where('assignee.uid', '==', uid),
    where('status', 'in', [...OPEN_TASK_STATUSES]),
  );
  switch (slice.kind) {
    case 'all':
      return base;
    case 'overdue':
      return query(base, where('dueDate', '<', slice.today));
    case 'due':
      return query(base, where('dueDate', '>=', slice.from), where('dueDate', '<=', slice.to));
    case 'urgent':
      return query(base, where('priority', '==', 'urgent'));
  }
}

/** The clients invoiced most in one currency, all time (admin; index kind + invoiced.<currency> desc). */
export const topClientRollupsQuery = (db: Firestore, currency: string, size: number) =>
  query(rollups<ClientRollup>(db), where('kind', '==', 'client'), orderBy(`invoiced.${currency}`, 'desc'), limit(size));

/**
 * Invoices overdue in one currency (every company, collection group: admin): marked `overdue`,
 * or still `pending` past their due date (the daily job has not marked them yet). Soonest due
 * first (index status+currency+dueDate).
 */
export const overdueInvoicesQuery = (db: Firestore, currency: string, kind: 'marked' | 'pastDue', today: IsoDate) =>
  query(
    collectionGroup(db, 'invoices').withConverter(scopedConverter<Invoice>()),
    where('status', '==', kind === 'marked' ? 'overdue' : 'pending'),
    where('currency', '==', currency),
    ...(kind === 'pastDue' ? [where('dueDate', '<', today)] : []),
    orderBy('dueDate'),
  );

/** The billables rollups of the months from `from` to `to` (`YYYY-MM`, inclusive), oldest first (admin). */
export const billablesRollupsQuery = (db: Firestore, from: string, to: string) =>
  query(rollups<BillablesRollup>(db), where('kind', '==', 'billables'), where('month', '>=', from), where('month', '<=', to), orderBy('month'));

/** The console's task lists: one company's (a collection) or every company's (collection group). */
export interface ConsoleTaskFilter {
  companyId: string | null;
  /** only with a company */
  projectId: string | null;
  /** a uid, 'none' (unassigned) or null (anyone) */
  assignee: string | null;
  /** one status, the open ones, or all */
  status: TaskStatus | 'open' | 'all';
}

/**
 * Tasks matching the filter, soonest due first (done: latest due first). Every filter runs in
 * the query (indexes in firestore.indexes.json), the id breaks ties. Cursor: consoleTaskCursor.
 */
export function consoleTasksQuery(db: Firestore, filter: ConsoleTaskFilter) {
  const source = filter.companyId
    ? collection(db, paths.tasks(filter.companyId)).withConverter(scopedConverter<Task>())
    : collectionGroup(db, 'tasks').withConverter(scopedConverter<Task>());
  const constraints: QueryConstraint[] = [];
  if (filter.companyId && filter.projectId) constraints.push(where('projectId', '==', filter.projectId));
  if (filter.assignee === 'none') constraints.push(where('assignee', '==', null));
  else if (filter.assignee) constraints.push(where('assignee.uid', '==', filter.assignee));
  if (filter.status === 'open') constraints.push(where('status', 'in', [...OPEN_TASK_STATUSES]));
  else if (filter.status !== 'all') constraints.push(where('status', '==', filter.status));
  const direction = filter.status === 'done' ? 'desc' : 'asc';
  return query(source, ...constraints, orderBy('dueDate', direction), orderBy(documentId(), direction));
}

/** Where the next page starts: a collection pages by id, a collection group by full path. */
export const consoleTaskCursor = (filter: Pick<ConsoleTaskFilter, 'companyId'>) => (task: InCompanyDoc<Task>) =>
  [task.dueDate, filter.companyId ? task.id : paths.task(task.companyId, task.id)] as const;

/** The console's project lists: one company's or every company's, by status ('open' = not completed). */
export interface ConsoleProjectFilter {
  companyId: string | null;
  status: ProjectStatus | 'open' | 'all';
}

export const OPEN_PROJECT_STATUSES = ['active', 'planned', 'on_hold'] as const satisfies readonly ProjectStatus[];

/** Projects matching the filter, soonest ending first (indexes status+endDate). Cursor: consoleProjectCursor. */
export function consoleProjectsQuery(db: Firestore, filter: ConsoleProjectFilter) {
  const source = filter.companyId
    ? collection(db, paths.projects(filter.companyId)).withConverter(scopedConverter<Project>())
    : collectionGroup(db, 'projects').withConverter(scopedConverter<Project>());
  const constraints: QueryConstraint[] = [];
  if (filter.status === 'open') constraints.push(where('status', 'in', [...OPEN_PROJECT_STATUSES]));
  else if (filter.status !== 'all') constraints.push(where('status', '==', filter.status));
  return query(source, ...constraints, orderBy('endDate'), orderBy(documentId()));
}

export const consoleProjectCursor = (filter: Pick<ConsoleProjectFilter, 'companyId'>) => (project: InCompanyDoc<Project>) =>
  [project.endDate, filter.companyId ? project.id : paths.project(project.companyId, project.id)] as const;

/**
 * The console's invoice lists (the admin Invoices page, a company's Invoices tab): one company's
 * (a collection) or every company's (collection group). 'open' is what is still owed (pending and
 * overdue); 'overdue' and 'pending' split it by the due date (a pending invoice past its due date
 * is overdue before the daily job marks it), so the three follow the page's status chips.
 */
export type ConsoleInvoiceStatus = InvoiceStatus | 'open' | 'all';
export interface ConsoleInvoiceFilter {
  companyId: string | null;
  status: ConsoleInvoiceStatus;
}

export const UNPAID_INVOICE_STATUSES = ['pending', 'overdue'] as const satisfies readonly InvoiceStatus[];

/** Unpaid lists run soonest due first (what to chase); the others newest issued first (history). */
export const consoleInvoiceOrder = (status: ConsoleInvoiceStatus): 'dueDate' | 'issueDate' =>
  status === 'open' || status === 'overdue' || status === 'pending' ? 'dueDate' : 'issueDate';

/**
 * Invoices matching the filter (indexes status+dueDate, status+issueDate desc, issueDate desc; the
 * id breaks ties). `today` splits overdue from pending. Cursor: consoleInvoiceCursor.
 */
export function consoleInvoicesQuery(db: Firestore, filter: ConsoleInvoiceFilter, today: IsoDate) {
  const source = filter.companyId
    ? collection(db, paths.invoices(filter.companyId)).withConverter(scopedConverter<Invoice>())
    : collectionGroup(db, 'invoices').withConverter(scopedConverter<Invoice>());
  const byDue = [orderBy('dueDate'), orderBy(documentId())];
  const byIssued = [orderBy('issueDate', 'desc'), orderBy(documentId(), 'desc')];
  switch (filter.status) {
    case 'open':
      return query(source, where('status', 'in', [...UNPAID_INVOICE_STATUSES]), ...byDue);
    case 'overdue':
      return query(source, where('status', 'in', [...UNPAID_INVOICE_STATUSES]), where('dueDate', '<', today), ...byDue);
    case 'pending':
      return query(source, where('status', '==', 'pending'), where('dueDate', '>=', today), ...byDue);
    case 'all':
      return query(source, ...byIssued);
    default:
      return query(source, where('status', '==', filter.status), ...byIssued);
  }
}

/** Where the next page starts: a collection pages by id, a collection group by full path. */
export const consoleInvoiceCursor = (filter: ConsoleInvoiceFilter) => (invoice: InCompanyDoc<Invoice>) =>
  [invoice[consoleInvoiceOrder(filter.status)], filter.companyId ? invoice.id : paths.invoice(invoice.companyId, invoice.id)] as const;

/**
 * The invoices behind the page's totals, in one currency, for count() and sum(): unpaid, unpaid
 * past due, or drafts (indexes status+currency+total, +amountPaid, +dueDate).
 */
export function consoleInvoiceTotalsQuery(db: Firestore, companyId: string | null, currency: string, kind: 'unpaid' | 'overdue' | 'draft', today: IsoDate) {
  const source = companyId
    ? collection(db, paths.invoices(companyId)).withConverter(scopedConverter<Invoice>())
    : collectionGroup(db, 'invoices').withConverter(scopedConverter<Invoice>());
  if (kind === 'draft') return query(source, where('status', '==', 'draft'), where('currency', '==', currency));
  return query(
    source,
    where('status', 'in', [...UNPAID_INVOICE_STATUSES]),
    where('currency', '==', currency),
    ...(kind === 'overdue' ? [where('dueDate', '<', today)] : []),
  );
}

/** Every company's open tasks due on or before `until` (overdue first), collection group. */
export const openTasksDueByQuery = (db: Firestore, until: IsoDate) =>
  query(
    collectionGroup(db, 'tasks').withConverter(scopedConverter<Task>()),
    where('status', 'in', [...OPEN_TASK_STATUSES]),
    where('dueDate', '<=', until),
    orderBy('dueDate'),
    orderBy(documentId()),
  );

/** Companies in some statuses, for count(). */
export const companiesInStatusQuery = (db: Firestore, statuses: readonly CompanyStatus[]) =>
  query(collection(db, paths.companies()).withConverter(converter<Company>()), where('status', 'in', [...statuses]));

/** Companies by name, optionally of one status (index status+name), a page at a time. Cursor: [name, id]. */
export const companiesByNameQuery = (db: Firestore, status: CompanyStatus | null) =>
  query(
    collection(db, paths.companies()).withConverter(converter<Company>()),
    ...(status ? [where('status', '==', status)] : []),
    orderBy('name'),
    orderBy(documentId()),
  );
export const companyByNameCursor = (company: WithId<Company>) => [company.name, company.id] as const;

/** One company's projects of a status, for count() (the companies list's "active projects"). */
export const companyProjectsInStatusQuery = (db: Firestore, companyId: string, status: ProjectStatus) =>
  query(collection(db, paths.projects(companyId)), where('status', '==', status));

// ---- pickers (issue 10): what a dialog's combobox offers, a few at a time ----

/** One company's entries of one kind whose words start with `token` (index kind + companyId + tokens), at most `size`. */
export const searchIndexInCompanyQuery = (db: Firestore, kind: SearchKind, companyId: string, token: string, size: number) =>
  query(searchIndex(db), where('kind', '==', kind), where('companyId', '==', companyId), where('tokens', 'array-contains', token), limit(size));

/** A project's tasks whose title starts with `prefix` (index projectId + title), by title, at most `size`. */
export const projectTasksByTitleQuery = (db: Firestore, companyId: string, projectId: string, prefix: string, size: number) =>
  query(
    collection(db, paths.tasks(companyId)).withConverter(converter<Task>()),
    where('projectId', '==', projectId),
    where('title', '>=', prefix),
    where('title', '<', `${prefix}\uf8ff`),
    orderBy('title'),
    limit(size),
  );

/**
 * Staff: requests of one status (or all), newest first, the id breaking ties (index
 * status+createdAt, desc): one company's (its Requests tab) or every company's (collection group,
 * the inbox), a page at a time (cursor: consoleRequestCursor).
 */
export interface ConsoleRequestFilter {
  companyId: string | null;
  status: RequestStatus | 'all';
}
export function consoleRequestsQuery(db: Firestore, filter: ConsoleRequestFilter) {
  const source = filter.companyId
    ? collection(db, paths.requests(filter.companyId)).withConverter(scopedConverter<ClientRequest>())
    : collectionGroup(db, 'requests').withConverter(scopedConverter<ClientRequest>());
  const constraints = filter.status === 'all' ? [] : [where('status', '==', filter.status)];
  return query(source, ...constraints, orderBy('createdAt', 'desc'), orderBy(documentId(), 'desc'));
}
export const consoleRequestCursor = (filter: Pick<ConsoleRequestFilter, 'companyId'>) => (request: InCompanyDoc<ClientRequest>) =>
  [request.createdAt, filter.companyId ? request.id : paths.request(request.companyId, request.id)] as const;
