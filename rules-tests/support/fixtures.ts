/**
 * Valid documents for every path of DESIGN §4, built from the model types, and the base data
 * every test file starts from. Writes use these so that a denial comes from who asks, never
 * from a malformed document.
 */
import {
  Timestamp,
  deleteDoc,
  doc,
  serverTimestamp,
  setDoc,
  writeBatch,
  type DocumentData,
  type FieldValue,
  type Firestore,
} from 'firebase/firestore';
import {
  approvalId,
  paths,
  repliesPath,
  notesPath,
  type Approval,
  type ApprovalDecision,
  type ClientRequest,
  type Branding,
  type Company,
  type CompanyCrm,
  type Contact,
  type Expense,
  type Invitation,
  type Invoice,
  type InvoiceStatus,
  type MailMessage,
  type Note,
  type OutboxEntry,
  type Payment,
  type PaymentProvider,
  type PortalSettings,
  type MonthRollup,
  type PreviewSession,
  type ProjectRollup,
  type SearchEntry,
  type WeekRollup,
  type Project,
  type ProjectFinance,
  type Reply,
  type Role,
  type StaffMember,
  type StaffRate,
  type Task,
  type TaskStatus,
  type ThreadParent,
  type TimeEntry,
  type TimestampLike,
  type UserProfile,
} from '@model';
import { ACME, ACTORS, ALL_ACTORS, GLOBEX, uidOf, type Actor } from './actors';
import { asOwner, ownerDb } from './env';

/** A model type as written: any timestamp may be the server's clock (request.time). */
export type Writable<T> = {
  [K in keyof T]: NonNullable<T[K]> extends TimestampLike ? Exclude<T[K], TimestampLike> | TimestampLike | FieldValue : T[K];
};

export const NOW = (): FieldValue => serverTimestamp();
/** Long enough ago to be "in the past" for the rules, recent enough to be plausible. */
export const PAST = Timestamp.fromDate(new Date('2026-01-15T10:00:00Z'));
export const EARLIER = Timestamp.fromDate(new Date('2025-12-01T09:00:00Z'));
/** A time the rules must see as in the future. */
export const FUTURE = Timestamp.fromDate(new Date('2099-01-01T00:00:00Z'));

// ---- ids of the base data ----
export const ids = {
  acme: ACME,
  globex: GLOBEX,
  initech: 'initech',
  project: 'p-website',
  globexProject: 'p-mobile',
  task: 't-homepage',
  globexTask: 't-mobile-login',
  contact: 'ct-carol',
  /** replies in acme's project and task threads, one by the acme client, one by staff */
  clientReply: 'r-carol',
  staffReply: 'r-sam',
  note: 'n-sam',
  invoicePaid: 'inv-1001',
  invoicePending: 'inv-1002',
  invoiceOverdue: 'inv-1003',
  invoiceDraft: 'inv-1004',
  invoiceVoid: 'inv-1005',
  globexInvoice: 'inv-2001',
  payment: 'pay-1001',
  timeEntry: 'te-sam',
  otherTimeEntry: 'te-lee',
  expense: 'ex-figma',
  invitation: 'iv-carol',
  mail: 'm-welcome',
  /** the outbox entry mirroring `mail` (same id) */
  outbox: 'm-welcome',
  /** a "View as" session of acme opened by staff */
  previewSession: 'preview:u-sam:acme',
  projectRollup: 'project~acme~p-website',
  weekRollup: 'week~u-sam~2026-11-30',
  monthRollup: 'month~2026-11',
  rollupSource: 'timeEntries~te-sam',
  searchEntry: 'task~acme~t-homepage',
  stripeEvent: 'evt_1',
  otherStaffUid: 'u-lee',
  /** a submitted request of the acme client, and one of the globex client */
  request: 'rq-carol',
  globexRequest: 'rq-gina',
  /** the acme client's decision on `task` in an earlier review round (0) */
  approval: approvalId(0, 'u-carol'),
} as const;

export const acmeProject: ThreadParent = { kind: 'project', companyId: ACME, projectId: ids.project };
export const acmeTask: ThreadParent = { kind: 'task', companyId: ACME, taskId: ids.task };
export const globexProject: ThreadParent = { kind: 'project', companyId: GLOBEX, projectId: ids.globexProject };
export const globexTask: ThreadParent = { kind: 'task', companyId: GLOBEX, taskId: ids.globexTask };

// ---- valid documents ----
export const build = {
  branding: (): Branding => ({
    agencyName: 'Northwind Studio',
    logoUrl: 'https://northwind.test/logo.svg',
    primaryColor: '#1f4e79',
    accentColor: '#f2a900',
    customDomain: 'portal.northwind.test',
  }),
  portal: (): PortalSettings => ({
    welcomeMessage: 'Welcome to your portal.',
    cards: [
      { title: 'Projects', description: 'Where things stand.', link: '/portal/projects' },
      { title: 'Tasks', description: 'What we are working on.', link: '/portal/tasks' },
      { title: 'Invoices', description: 'Pay online.', link: '/portal/invoices' },
    ],
    meetingUrl: 'https://meet.northwind.test/ada',
    paymentsEnabled: true,
  }),
  user: (uid: string, role: Role | null, companyId: string | null): UserProfile => ({
    displayName: `User ${uid}`,
    email: `${uid}@example.test`,
    role,
    companyId,
    status: 'active',
    createdAt: PAST,
  }),
  staffMember: (): StaffMember => ({
    displayName: 'Lee Designer',
    title: 'Designer',
    skills: ['figma', 'css'],
    capacityHoursPerWeek: 32,
    active: true,
  }),
  staffRate: (): StaffRate => ({ hourlyRate: 12000, costRate: 6000, currency: 'USD' }),
  company: (createdAt: TimestampLike | FieldValue = NOW()): Writable<Company> => ({
    name: 'Acme Corp',
    status: 'client',
    website: 'https://acme.test',
    logoUrl: '',
    createdAt,
  }),
  crm: (): CompanyCrm => ({
    dealValue: 2500000,
    source: 'referral',
    stage: 'won',
    ownerUid: 'u-sam',
    lastInteractionAt: PAST,
  }),
  contact: (): Contact => ({
    name: 'Carol Client',
    email: 'carol@acme.test',
    phone: '+1 555 0100',
    title: 'Marketing lead',
    portal: 'none',
    uid: null,
  }),
  project: (): Project => ({
    name: 'Website Redesign',
    description: 'New marketing site.',
    status: 'active',
    startDate: '2026-01-05',
    endDate: '2026-06-30',
    team: [{ uid: 'u-sam', displayName: 'Sam Staff' }],
  }),
  finance: (): ProjectFinance => ({
    engagementType: 'fixed_fee',
    budget: 4800000,
    currency: 'USD',
    costToDate: 1200000,
    health: 'on_track',
  }),
  task: (
    status: TaskStatus = 'todo',
    createdAt: TimestampLike | FieldValue = NOW(),
    updatedAt: TimestampLike | FieldValue = NOW(),
  ): Writable<Task> => ({
    projectId: ids.project,
    title: 'Homepage hero',
    description: 'Design the hero section.',
    status,
    priority: 'high',
    assignee: { uid: 'u-sam', displayName: 'Sam Staff' },
    dueDate: '2026-03-01',
    deliverables: [],
    createdAt,
    updatedAt,
  }),
  /** A client's reply, exactly as the rules want it (createdAt = request.time). */
  clientReply: (author: Actor, body = 'Looks great, thanks!'): Writable<Reply> => ({
    body,
    authorUid: uidOf(author),
    authorName: author.displayName,
    authorRole: 'client',
    createdAt: NOW(),
  }),
  staffReply: (author: Actor, body = 'Updated the mockups.'): Writable<Reply> => ({
    body,
    authorUid: uidOf(author),
    authorName: author.displayName,
    authorRole: 'staff',
    createdAt: NOW(),
  }),
  note: (author: Actor, body = 'Client prefers blue.'): Writable<Note> => ({
    body,
    authorUid: uidOf(author),
    authorName: author.displayName,
    createdAt: NOW(),
  }),
  invoice: (status: InvoiceStatus = 'draft', number = 'INV-1999'): Writable<Invoice> => {
    const paid = status === 'paid';
    return {
      number,
      status,
      issueDate: '2026-02-01',
      dueDate: '2026-03-01',
      currency: 'USD',
      lineItems: [{ description: 'Design sprint', quantity: 10, unitAmount: 15000, kind: 'hourly' }],
      subtotal: 150000,
      tax: 15000,
      total: 165000,
      amountPaid: paid ? 165000 : 0,
      paidAt: paid ? PAST : null,
    };
  },
  payment: (provider: PaymentProvider = 'manual', invoiceId: string = ids.invoicePending): Writable<Payment> => ({
    invoiceId,
    amount: 165000,
    currency: 'USD',
    provider,
    stripeSessionId: provider === 'stripe' ? 'cs_test_123' : null,
    paidAt: PAST,
  }),
  timeEntry: (uid: string): TimeEntry => ({
    uid,
    companyId: ACME,
    projectId: ids.project,
    taskId: ids.task,
    date: '2026-02-10',
    minutes: 90,
    billable: true,
    note: 'Hero iterations',
  }),
  expense: (createdBy: string): Expense => ({
    companyId: ACME,
    projectId: ids.project,
    amount: 4900,
    currency: 'USD',
    category: 'software',
    date: '2026-02-03',
    createdBy,
    description: 'Figma seat',
  }),
  invitation: (): Writable<Invitation> => ({
    email: 'carol@acme.test',
    role: 'client',
    companyId: ACME,
    contactId: ids.contact,
    status: 'pending',
    expiresAt: FUTURE,
    invitedBy: 'u-sam',
  }),
  mail: (): MailMessage => ({
    to: 'carol@acme.test',
    message: { subject: 'You are invited', text: 'Open the portal.', html: '<p>Open the portal.</p>' },
  }),
  /** The redacted mirror of `mail()`: no link, ever. */
  outbox: (): OutboxEntry => ({
    to: ['carol@acme.test'],
    subject: 'You are invited',
    kind: 'invitation',
    refs: { invitationId: ids.invitation, companyId: ACME },
    summary: 'Open the portal: [link removed]',
    state: 'SUCCESS',
    error: null,
    createdAt: EARLIER,
    updatedAt: PAST,
    deliveredAt: PAST,
  }),
  previewSession: (): PreviewSession => ({ previewBy: 'u-sam', companyId: ACME, createdAt: EARLIER, lastStartedAt: PAST }),
  projectRollup: (): ProjectRollup => ({
    kind: 'project',
    companyId: ACME,
    projectId: ids.project,
    minutes: 600,
    billableMinutes: 480,
    labourCost: { USD: 60000 },
    expenses: { USD: 4900 },
    unpricedMinutes: 0,
    tasks: 5,
    doneTasks: 2,
    updatedAt: PAST,
  }),
  weekRollup: (): WeekRollup => ({ kind: 'week', uid: 'u-sam', weekStart: '2026-11-30', minutes: 600, billableMinutes: 480, days: { '2026-11-30': 600 }, updatedAt: PAST }),
  monthRollup: (): MonthRollup => ({
    kind: 'month',
    month: '2026-11',
    minutes: 600,
    billableMinutes: 480,
    billableValue: { USD: 120000 },
    labourCost: { USD: 60000 },
    expenses: { USD: 4900 },
    invoiced: { USD: 150000 },
    outstanding: { USD: 100000 },
    received: { USD: 50000 },
    updatedAt: PAST,
  }),
  rollupSource: (): DocumentData => ({ kind: 'timeEntry', path: 'timeEntries/te-sam', contribution: { bases: {}, increments: {} }, updatedAt: PAST }),
  searchEntry: (): SearchEntry => ({
    kind: 'task',
    companyId: ACME,
    docId: ids.task,
    title: 'Homepage design',
    subtitle: 'Acme Corp',
    tokens: ['h', 'ho', 'hom', 'home'],
    updatedAt: PAST,
  }),
  stripeEvent: (): DocumentData => ({ type: 'checkout.session.completed', processedAt: PAST }),
  /** A client's new request, exactly as the rules want it (createdAt = request.time). */
  request: (author: Actor, projectId: string | null = ids.project): Writable<ClientRequest> => ({
    title: 'A landing page for the spring sale',
    description: 'One page, same look as the homepage.',
    projectId,
    dueDate: '2026-04-01',
    status: 'submitted',
    decisionReason: null,
    taskId: null,
    createdBy: uidOf(author),
    createdByName: author.displayName,
    createdAt: NOW(),
  }),
  /** A client's decision on a task in review, exactly as the rules want it. */
  approval: (author: Actor, reviewRound = 1, decision: ApprovalDecision = 'approved', comment = ''): Writable<Approval> => ({
    decision,
    comment,
    reviewRound,
    uid: uidOf(author),
    name: author.displayName,
    createdAt: NOW(),
  }),
};

/** A request as stored (createdAt in the past), submitted by `author` unless said otherwise. */
export function storedRequestBy(author: Actor, change: Partial<ClientRequest> = {}): Writable<ClientRequest> {
  return { ...build.request(author), createdAt: PAST, ...change };
}

/** A staff decision: declined with a reason (what a staff member may write directly). */
export function declineBy(staff: Actor, reason = 'Not this quarter.'): DocumentData {
  return { status: 'declined', decisionReason: reason, decidedBy: uidOf(staff), decidedAt: NOW() };
}

/** A task in review, round `reviewRound` (what onTaskWritten leaves), stored. */
export const reviewTask = (reviewRound = 1): Writable<Task> => ({ ...storedTask('in_review'), reviewRound });

/** A reply the actor may legitimately write: client-shaped for everyone but staff and admin. */
export function replyFor(actor: Actor, body?: string): Writable<Reply> {
  return actor.effective === 'staff' || actor.effective === 'admin' ? build.staffReply(actor, body) : build.clientReply(actor, body);
}

/** The same, already stored (createdAt in the past). */
export function storedReplyBy(actor: Actor, body?: string): Writable<Reply> {
  return { ...replyFor(actor, body), createdAt: PAST };
}

export function storedNoteBy(actor: Actor, body?: string): Writable<Note> {
  return { ...build.note(actor, body), createdAt: PAST };
}

export const storedTask = (status: TaskStatus = 'in_progress'): Writable<Task> => build.task(status, EARLIER, PAST);

// ---- base data ----

/** path → document: what every file starts from (demo data of DESIGN §7, trimmed). */
export function baseDocuments(): Map<string, DocumentData> {
  const docs = new Map<string, DocumentData>();
  const put = (path: string, data: object) => docs.set(path, data as DocumentData);
  put(paths.branding(), build.branding());
  put(paths.portalSettings(), build.portal());
  for (const actor of ALL_ACTORS) {
    if (actor.uid === null) continue;
    const role: Role | null =
      actor.effective === 'staff' || actor.effective === 'admin' || actor.effective === 'client' ? actor.effective : null;
    // The profile mirrors the claims, scopes included, as Functions keep it (client writes read it).
    put(paths.user(actor.uid), { ...build.user(actor.uid, role, actor.companyId), ...(actor.scopes ? { scopes: [...actor.scopes] } : {}) });
  }
  put(paths.user(ids.otherStaffUid), build.user(ids.otherStaffUid, 'staff', null));
  put(`${paths.staff()}/${ACTORS.staff.uid}`, build.staffMember());
  put(`${paths.staff()}/${ids.otherStaffUid}`, build.staffMember());
  put(`${paths.staffRates()}/${ACTORS.staff.uid}`, build.staffRate());
  for (const [companyId, name, status] of [
    [ACME, 'Acme Corp', 'client'],
    [GLOBEX, 'Globex', 'client'],
    [ids.initech, 'Initech', 'lead'],
  ] as const) {
    put(paths.company(companyId), { ...build.company(EARLIER), name, status });
    put(paths.companyCrm(companyId), build.crm());
    put(`${paths.contacts(companyId)}/${ids.contact}`, build.contact());
  }
  put(paths.project(ACME, ids.project), build.project());
  put(paths.project(ACME, 'p-brand'), { ...build.project(), name: 'Brand Refresh', status: 'planned', startDate: '2026-04-01' });
  put(paths.projectFinance(ACME, ids.project), build.finance());
  put(paths.project(GLOBEX, ids.globexProject), { ...build.project(), name: 'Mobile App' });
  put(paths.projectFinance(GLOBEX, ids.globexProject), build.finance());
  put(paths.task(ACME, ids.task), storedTask('in_progress'));
  put(paths.task(ACME, 't-copy'), { ...storedTask('todo'), title: 'Homepage copy', dueDate: '2026-02-20' });
  put(paths.task(ACME, 't-launch'), { ...storedTask('done'), title: 'Launch', dueDate: '2026-01-20' });
  put(paths.task(ACME, 't-brand'), { ...storedTask('todo'), projectId: 'p-brand', title: 'Moodboard' });
  put(paths.task(GLOBEX, ids.globexTask), { ...storedTask('todo'), projectId: ids.globexProject, title: 'Login screen' });
  for (const parent of [acmeProject, acmeTask, globexProject, globexTask]) {
    const client = parent.companyId === ACME ? ACTORS.clientAcme : ACTORS.clientGlobex;
    put(`${repliesPath(parent)}/${ids.clientReply}`, storedReplyBy(client, 'Can we see it on mobile?'));
    put(`${repliesPath(parent)}/${ids.staffReply}`, storedReplyBy(ACTORS.staff, 'Here is the mobile preview.'));
    put(`${notesPath(parent)}/${ids.note}`, storedNoteBy(ACTORS.staff));
  }
  const invoices: [string, InvoiceStatus, string][] = [
    [ids.invoicePaid, 'paid', 'INV-1001'],
    [ids.invoicePending, 'pending', 'INV-1002'],
    [ids.invoiceOverdue, 'overdue', 'INV-1003'],
    [ids.invoiceDraft, 'draft', 'INV-1004'],
    [ids.invoiceVoid, 'void', 'INV-1005'],
  ];
  for (const [id, status, number] of invoices) put(paths.invoice(ACME, id), build.invoice(status, number));
  put(paths.invoice(GLOBEX, ids.globexInvoice), build.invoice('pending', 'INV-2001'));
  put(paths.invoice(GLOBEX, 'inv-2002'), build.invoice('draft', 'INV-2002'));
  put(`${paths.payments(ACME)}/${ids.payment}`, { ...build.payment('stripe', ids.invoicePaid) });
  put(`${paths.payments(GLOBEX)}/pay-2001`, build.payment('manual', ids.globexInvoice));
  put(`${paths.timeEntries()}/${ids.timeEntry}`, build.timeEntry(uidOf(ACTORS.staff)));
  put(`${paths.timeEntries()}/${ids.otherTimeEntry}`, build.timeEntry(ids.otherStaffUid));
  put(`${paths.expenses()}/${ids.expense}`, build.expense(uidOf(ACTORS.staff)));
  put(`${paths.invitations()}/${ids.invitation}`, build.invitation());
  put(`${paths.mail()}/${ids.mail}`, build.mail());
  put(`${paths.outbox()}/${ids.outbox}`, build.outbox());
  put(`${paths.previewSessions()}/${ids.previewSession}`, build.previewSession());
  put(`${paths.rollups()}/${ids.projectRollup}`, build.projectRollup());
  put(`${paths.rollups()}/${ids.weekRollup}`, build.weekRollup());
  put(`${paths.rollups()}/${ids.monthRollup}`, build.monthRollup());
  put(`${paths.rollupSources()}/${ids.rollupSource}`, build.rollupSource());
  put(`${paths.searchIndex()}/${ids.searchEntry}`, build.searchEntry());
  put(`${paths.stripeEvents()}/${ids.stripeEvent}`, build.stripeEvent());
  put(paths.request(ACME, ids.request), storedRequestBy(ACTORS.clientAcme));
  put(paths.request(GLOBEX, ids.globexRequest), storedRequestBy(ACTORS.clientGlobex, { projectId: ids.globexProject }));
  put(`${paths.approvals(ACME, ids.task)}/${ids.approval}`, { ...build.approval(ACTORS.clientAcme, 0), createdAt: PAST });
  return docs;
}

/** Writes path → document pairs with the rules disabled, in batches of at most 400. */
export async function seed(documents: Map<string, DocumentData> | [string, DocumentData][]): Promise<void> {
  const entries = [...documents];
  await asOwner(async (db) => {
    for (let i = 0; i < entries.length; i += 400) {
      const batch = writeBatch(db);
      for (const [path, data] of entries.slice(i, i + 400)) batch.set(doc(db, path), data);
      await batch.commit();
    }
  });
}

export async function seedBase(): Promise<void> {
  await seed(baseDocuments());
}

/** Put one document in place (null: remove it) with the rules disabled, for a test's own setup. */
export async function put(path: string, data: object | null): Promise<void> {
  const db: Firestore = ownerDb();
  if (data === null) await deleteDoc(doc(db, path));
  else await setDoc(doc(db, path), data as DocumentData);
}
