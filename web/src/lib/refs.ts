/**
 * Typed refs and queries, one builder per collection (DESIGN §4). The rules tests run these same
 * builders as every role, so a query the app issues is a query the rules were proven against.
 * Client queries carry the rules' constraints (e.g. the invoice status filter).
 */
import {
  collection,
  collectionGroup,
  doc,
  documentId,
  limit,
  orderBy,
  query,
  where,
  type CollectionReference,
  type DocumentReference,
  type Firestore,
  type FirestoreDataConverter,
  type Query,
  type QueryDocumentSnapshot,
  type SnapshotOptions,
} from 'firebase/firestore';
import { approvalId, CLIENT_VISIBLE_INVOICE_STATUSES, notesPath, paths, repliesPath } from '@model';
import type {
  Approval,
  Branding,
  ClientRequest,
  Company,
  CompanyCrm,
  Contact,
  Invitation,
  Invoice,
  OutboxEntry,
  Note,
  Payment,
  PortalSettings,
  Project,
  ProjectFinance,
  Reply,
  StaffMember,
  StaffRate,
  Task,
  TaskStatus,
  ThreadParent,
  UserProfile,
  WithId,
} from '@model';

/** Reads a document as `WithId<T>`; writes go through the plain refs in ./writes.ts. */
export function converter<T extends object>(): FirestoreDataConverter<WithId<T>, T> {
  return {
    toFirestore: (value) => {
      const { id: _id, ...rest } = value as WithId<T>;
      return rest as T;
    },
    fromFirestore: (snapshot: QueryDocumentSnapshot, options?: SnapshotOptions) =>
      ({ ...(snapshot.data(options) as T), id: snapshot.id }) as WithId<T>,
  };
}

function typedDoc<T extends object>(db: Firestore, path: string): DocumentReference<WithId<T>, T> {
  return doc(db, path).withConverter(converter<T>());
}

function typedCollection<T extends object>(db: Firestore, path: string): CollectionReference<WithId<T>, T> {
  return collection(db, path).withConverter(converter<T>());
}

export const OPEN_TASK_STATUSES = ['todo', 'in_progress', 'in_review'] as const satisfies readonly TaskStatus[];

// ---- settings and people ----
export const brandingRef = (db: Firestore) => typedDoc<Branding>(db, paths.branding());
export const portalSettingsRef = (db: Firestore) => typedDoc<PortalSettings>(db, paths.portalSettings());
export const userRef = (db: Firestore, uid: string) => typedDoc<UserProfile>(db, paths.user(uid));
/** The accounts of the team (staff and admins), not the clients' (index: users role + displayName). */
export const teamAccountsQuery = (db: Firestore) =>
  query(typedCollection<UserProfile>(db, paths.users()), where('role', 'in', ['staff', 'admin']), orderBy('displayName'));
export const staffQuery = (db: Firestore) => query(typedCollection<StaffMember>(db, paths.staff()), orderBy('displayName'));
export const staffRef = (db: Firestore, uid: string) => typedDoc<StaffMember>(db, `${paths.staff()}/${uid}`);
export const staffRatesQuery = (db: Firestore) => typedCollection<StaffRate>(db, paths.staffRates());
export const staffRateRef = (db: Firestore, uid: string) => typedDoc<StaffRate>(db, `${paths.staffRates()}/${uid}`);

// ---- companies ----
export const companiesQuery = (db: Firestore) => query(typedCollection<Company>(db, paths.companies()), orderBy('name'));
export const companyRef = (db: Firestore, companyId: string) => typedDoc<Company>(db, paths.company(companyId));
export const companyCrmRef = (db: Firestore, companyId: string) => typedDoc<CompanyCrm>(db, paths.companyCrm(companyId));
export const contactsQuery = (db: Firestore, companyId: string) =>
  query(typedCollection<Contact>(db, paths.contacts(companyId)), orderBy('name'));
export const contactRef = (db: Firestore, companyId: string, contactId: string) =>
  typedDoc<Contact>(db, `${paths.contacts(companyId)}/${contactId}`);

// ---- projects ----
export const projectsQuery = (db: Firestore, companyId: string) =>
  query(typedCollection<Project>(db, paths.projects(companyId)), orderBy('startDate', 'desc'));
export const projectRef = (db: Firestore, companyId: string, projectId: string) =>
  typedDoc<Project>(db, paths.project(companyId, projectId));
export const projectFinanceRef = (db: Firestore, companyId: string, projectId: string) =>
  typedDoc<ProjectFinance>(db, paths.projectFinance(companyId, projectId));

// ---- tasks ----
export const tasksQuery = (db: Firestore, companyId: string) =>
  query(typedCollection<Task>(db, paths.tasks(companyId)), orderBy('dueDate'));
export const openTasksQuery = (db: Firestore, companyId: string) =>
  query(typedCollection<Task>(db, paths.tasks(companyId)), where('status', 'in', [...OPEN_TASK_STATUSES]), orderBy('dueDate'));
export const projectTasksQuery = (db: Firestore, companyId: string, projectId: string) =>
  query(typedCollection<Task>(db, paths.tasks(companyId)), where('projectId', '==', projectId), orderBy('dueDate'));
export const taskRef = (db: Firestore, companyId: string, taskId: string) =>
  typedDoc<Task>(db, paths.task(companyId, taskId));

// ---- comments ----
export const repliesQuery = (db: Firestore, parent: ThreadParent) =>
  query(typedCollection<Reply>(db, repliesPath(parent)), orderBy('createdAt'));
export const notesQuery = (db: Firestore, parent: ThreadParent) =>
  query(typedCollection<Note>(db, notesPath(parent)), orderBy('createdAt'));

// ---- invoices and payments ----
/** What a client may list: the rules deny the query without this status filter. */
export const clientInvoicesQuery = (db: Firestore, companyId: string) =>
  query(
    typedCollection<Invoice>(db, paths.invoices(companyId)),
    where('status', 'in', [...CLIENT_VISIBLE_INVOICE_STATUSES]),
    orderBy('issueDate', 'desc'),
  );
export const invoicesQuery = (db: Firestore, companyId: string) =>
  query(typedCollection<Invoice>(db, paths.invoices(companyId)), orderBy('issueDate', 'desc'));
export const invoiceRef = (db: Firestore, companyId: string, invoiceId: string) =>
  typedDoc<Invoice>(db, paths.invoice(companyId, invoiceId));
export const invoicePaymentsQuery = (db: Firestore, companyId: string, invoiceId: string) =>
  query(typedCollection<Payment>(db, paths.payments(companyId)), where('invoiceId', '==', invoiceId), orderBy('paidAt'));

// ---- staff-only, across companies ----
export const allTasksQuery = (db: Firestore) => query(collectionGroup(db, 'tasks').withConverter(converter<Task>()));
export const allProjectsQuery = (db: Firestore) => query(collectionGroup(db, 'projects').withConverter(converter<Project>()));
export const allInvoicesQuery = (db: Firestore) => query(collectionGroup(db, 'invoices').withConverter(converter<Invoice>()));
/**
 * The invoice editor's numbering, across every client without reading every invoice: the
 * highest numbers in use (INV-#### sorts as text up to INV-9999; past it a taken number is
 * still caught on save), and the invoices holding given numbers (single-field index on
 * number, collection group).
 */
export const LATEST_INVOICE_NUMBERS = 20;
export const latestInvoiceNumbersQuery = (db: Firestore) =>
  query(collectionGroup(db, 'invoices').withConverter(converter<Invoice>()), orderBy('number', 'desc'), limit(LATEST_INVOICE_NUMBERS));
export const invoicesNumberedQuery = (db: Firestore, numbers: readonly string[]) =>
  query(collectionGroup(db, 'invoices').withConverter(converter<Invoice>()), where('number', 'in', [...new Set(numbers)]), limit(10));
export const allPaymentsQuery = (db: Firestore) => query(collectionGroup(db, 'payments').withConverter(converter<Payment>()));
/** A company's pending invitations: what its contacts' "Invited" states and "Resend" need. */
export const pendingInvitationsQuery = (db: Firestore, companyId: string) =>
  query(typedCollection<Invitation>(db, paths.invitations()), where('companyId', '==', companyId), where('status', '==', 'pending'));
/** The invitations with these ids (at most 30: one `in` query). */
export const INVITATIONS_BY_ID = 30;
export const invitationsByIdQuery = (db: Firestore, ids: readonly string[]) =>
  query(typedCollection<Invitation>(db, paths.invitations()), where(documentId(), 'in', [...ids]));
/** The redacted Outbox (mail itself is Functions-only), newest first, id breaks ties (paged: pageQuery). */
export const outboxQuery = (db: Firestore) =>
  query(typedCollection<OutboxEntry>(db, paths.outbox()), orderBy('createdAt', 'desc'), orderBy(documentId(), 'desc'));
export const outboxCursor = (entry: WithId<OutboxEntry>): PageCursor => [entry.createdAt, entry.id];

export type { Query };

// ---- the portal's paged lists (issue 10): cost follows what a page shows ----
// Each list is an ordered query whose last orderBy is the document id (the tie-breaker), so a
// page is "after these cursor values, at most N documents". The same builders run in
// rules-tests/portalPages.test.ts as a client of each company and as a preview.
import { startAfter, type QueryConstraint } from 'firebase/firestore';
import type { ProjectStatus } from '@model';

type ClientVisibleInvoiceStatus = (typeof CLIENT_VISIBLE_INVOICE_STATUSES)[number];

/** The values of a list's orderBy fields for one item, ending with its document id. */
export type PageCursor = readonly unknown[];

/** One page of an ordered list: the documents after `cursor` (null: from the start), at most `size`. */
export function pageQuery<T>(ordered: Query<T>, cursor: PageCursor | null, size: number): Query<T> {
  return cursor ? query(ordered, startAfter(...cursor), limit(size)) : query(ordered, limit(size));
}

/** The portal's task filter: a status (or every not-done one, or all) and a project (or all). */
export interface PortalTaskFilter {
  status: TaskStatus | 'open' | 'all';
  projectId: string;
}
export const ALL_PROJECTS = 'all';

/**
 * A company's tasks as the portal lists them: the filter runs in the query (indexes
 * status+dueDate, projectId+dueDate, projectId+status+dueDate), soonest due first, id breaks ties.
 */
export function portalTasksQuery(db: Firestore, companyId: string, filter: PortalTaskFilter) {
  const constraints: QueryConstraint[] = [];
  if (filter.projectId !== ALL_PROJECTS) constraints.push(where('projectId', '==', filter.projectId));
  if (filter.status === 'open') constraints.push(where('status', 'in', [...OPEN_TASK_STATUSES]));
  else if (filter.status !== 'all') constraints.push(where('status', '==', filter.status));
  return query(typedCollection<Task>(db, paths.tasks(companyId)), ...constraints, orderBy('dueDate'), orderBy(documentId()));
}
export const portalTaskCursor = (task: WithId<Task>): PageCursor => [task.dueDate, task.id];

/** Current work first: active then planned; on hold and completed are the earlier projects. */
export const PORTAL_PROJECT_GROUPS = {
  current: ['active', 'planned'],
  earlier: ['on_hold', 'completed'],
} as const satisfies Record<string, readonly ProjectStatus[]>;
export type PortalProjectGroup = keyof typeof PORTAL_PROJECT_GROUPS;

/** Projects of one group, in the order of the group's statuses (active before planned, on hold before completed), newest start first. */
export const portalProjectsQuery = (db: Firestore, companyId: string, group: PortalProjectGroup) =>
  query(
    typedCollection<Project>(db, paths.projects(companyId)),
    where('status', 'in', [...PORTAL_PROJECT_GROUPS[group]]),
    orderBy('status', group === 'current' ? 'asc' : 'desc'),
    orderBy('startDate', 'desc'),
    orderBy(documentId(), 'desc'),
  );
export const portalProjectCursor = (project: WithId<Project>): PageCursor => [project.status, project.startDate, project.id];

/** Unpaid (pending, overdue) first; paid is the history. Both stay within what the rules let a client read. */
export const CLIENT_INVOICE_GROUPS = {
  unpaid: ['pending', 'overdue'],
  paid: ['paid'],
} as const satisfies Record<string, readonly ClientVisibleInvoiceStatus[]>;
export type ClientInvoiceGroup = keyof typeof CLIENT_INVOICE_GROUPS;

/** Unpaid: soonest due first. Paid: newest issued first. Always `status in [...]` (rules are not filters). */
export const clientInvoiceGroupQuery = (db: Firestore, companyId: string, group: ClientInvoiceGroup) =>
  group === 'unpaid'
    ? query(
        typedCollection<Invoice>(db, paths.invoices(companyId)),
        where('status', 'in', [...CLIENT_INVOICE_GROUPS.unpaid]),
        orderBy('dueDate'),
        orderBy(documentId()),
      )
    : query(
        typedCollection<Invoice>(db, paths.invoices(companyId)),
        where('status', 'in', [...CLIENT_INVOICE_GROUPS.paid]),
        orderBy('issueDate', 'desc'),
        orderBy(documentId(), 'desc'),
      );
export const clientInvoiceCursor = (group: ClientInvoiceGroup) => (invoice: WithId<Invoice>): PageCursor =>
  group === 'unpaid' ? [invoice.dueDate, invoice.id] : [invoice.issueDate, invoice.id];

/**
 * A company's invoices of some client-visible statuses in one currency, for count() and sum()
 * (index status+currency+dueDate, +total, +amountPaid); with `dueBefore`, only those due earlier.
 */
export const clientInvoicesInCurrencyQuery = (
  db: Firestore,
  companyId: string,
  currency: string,
  statuses: readonly ClientVisibleInvoiceStatus[],
  dueBefore?: string,
) =>
  query(
    typedCollection<Invoice>(db, paths.invoices(companyId)),
    where('status', 'in', [...statuses]),
    where('currency', '==', currency),
    ...(dueBefore ? [where('dueDate', '<', dueBefore)] : []),
  );

/** A thread's replies newest first (a page is the latest N; the portal shows them oldest to newest). */
export const latestRepliesQuery = (db: Firestore, parent: ThreadParent) =>
  query(typedCollection<Reply>(db, repliesPath(parent)), orderBy('createdAt', 'desc'), orderBy(documentId(), 'desc'));
export const replyCursor = (reply: WithId<Reply>): PageCursor => [reply.createdAt, reply.id];
/** A thread's internal Notes newest first (staff: the console's thread shows the latest N). */
export const latestNotesQuery = (db: Firestore, parent: ThreadParent) =>
  query(typedCollection<Note>(db, notesPath(parent)), orderBy('createdAt', 'desc'), orderBy(documentId(), 'desc'));

// ---- requests and approvals (issue 14) ----
/**
 * A company's requests, newest first, id breaks ties (index createdAt+id). The client reads every
 * request of their company (work scope), so the portal's list needs no filter beyond the path.
 */
export const requestsQuery = (db: Firestore, companyId: string) =>
  query(typedCollection<ClientRequest>(db, paths.requests(companyId)), orderBy('createdAt', 'desc'), orderBy(documentId(), 'desc'));
export const requestCursor = (request: WithId<ClientRequest>): PageCursor => [request.createdAt, request.id];
export const requestRef = (db: Firestore, companyId: string, requestId: string) =>
  typedDoc<ClientRequest>(db, paths.request(companyId, requestId));
/** Staff: what the inbox badge counts (count(), no document read). */
export const submittedRequestsQuery = (db: Firestore) =>
  query(collectionGroup(db, 'requests').withConverter(converter<ClientRequest>()), where('status', '==', 'submitted'));

/** A task's client decisions, newest first (every round), id breaks ties (paged: pageQuery). */
export const approvalsQuery = (db: Firestore, companyId: string, taskId: string) =>
  query(typedCollection<Approval>(db, paths.approvals(companyId, taskId)), orderBy('createdAt', 'desc'), orderBy(documentId(), 'desc'));
export const approvalCursor = (approval: WithId<Approval>): PageCursor => [approval.createdAt, approval.id];
/** One client's decision in one review round (its id is approvalId(round, uid)). */
export const approvalRef = (db: Firestore, companyId: string, taskId: string, reviewRound: number, uid: string) =>
  typedDoc<Approval>(db, `${paths.approvals(companyId, taskId)}/${approvalId(reviewRound, uid)}`);
