/**
 * Fuzzed writes (fast-check): random documents — random keys mixed with the model's real field
 * names, values of random types — written by the acme client and by the preview of acme, with
 * create / overwrite / merge, to every path of DESIGN §4. An oracle (a TypeScript copy of what a
 * client may write: its own Reply, its own Request and its withdrawal, its own Approval) says what
 * must pass; everything else must be denied. Valid replies, edits, requests, withdrawals and
 * approvals are generated too and must be allowed (denied for the preview).
 *
 * FUZZ_SEED=<n> replays a run; FUZZ_RUNS scales the number of runs (default 1).
 */
import fc from 'fast-check';
import { Timestamp, doc, serverTimestamp, setDoc, type DocumentData, type FieldValue, type Firestore } from 'firebase/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { approvalId, notesPath, paths, repliesPath } from '@model';
import { ACME, ACTORS, GLOBEX, dbOf, uidOf, type Actor } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { PAST, acmeProject, acmeTask, build, globexTask, ids, put, reviewTask, storedReplyBy, storedRequestBy } from './support/fixtures';
import { useRulesEnv } from './support/harness';

useRulesEnv('fuzz');

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const scale = Math.max(0.1, Number(process.env.FUZZ_RUNS ?? 1));
const runs = (n: number) => Math.max(1, Math.round(n * scale));
console.log(`fuzz seed ${seed} (replay with FUZZ_SEED=${seed})`);

const carol = ACTORS.clientAcme;

// ---- what gets written ----

type Op = 'create' | 'overwrite' | 'merge';

interface Target {
  name: string;
  /** a new document in this collection (create) */
  fresh?: (id: string) => string;
  /** an existing document (overwrite, merge) */
  existing?: string;
  /** the stored document at `existing` when it is the client's own reply (for the oracle) */
  ownReply?: DocumentData;
  /** replies under the acme client's own company: where a client's reply can pass */
  clientReplies?: boolean;
  /** requests of the acme client's own company: where a client's request can pass */
  clientRequests?: boolean;
  /** the stored document at `existing` when it is the client's own submitted request (for the oracle) */
  ownRequest?: DocumentData;
}

const ownProjectReply = `${repliesPath(acmeProject)}/fuzz-own`;
const ownTaskReply = `${repliesPath(acmeTask)}/fuzz-own`;
const storedOwn = storedReplyBy(carol, 'my reply') as DocumentData;
const ownRequest = paths.request(ACME, 'fuzz-own');
const storedOwnRequest = storedRequestBy(carol) as DocumentData;
/** a task in review (round 1) the random approvals go to */
const reviewTaskId = 't-fuzz-review';
const ownApproval = `${paths.approvals(ACME, reviewTaskId)}/${approvalId(1, uidOf(carol))}`;

const targets: Target[] = [
  { name: 'settings/branding', existing: paths.branding() },
  { name: 'settings/portal', existing: paths.portalSettings() },
  { name: 'users/{own uid}', existing: paths.user(uidOf(carol)), fresh: (id) => paths.user(id) },
  { name: 'staff', existing: `${paths.staff()}/u-sam`, fresh: (id) => `${paths.staff()}/${id}` },
  { name: 'staffRates', existing: `${paths.staffRates()}/u-sam`, fresh: (id) => `${paths.staffRates()}/${id}` },
  { name: 'companies/acme', existing: paths.company(ACME), fresh: (id) => paths.company(id) },
  { name: 'companies/acme/private/crm', existing: paths.companyCrm(ACME) },
  { name: 'contacts', existing: `${paths.contacts(ACME)}/${ids.contact}`, fresh: (id) => `${paths.contacts(ACME)}/${id}` },
  { name: 'projects', existing: paths.project(ACME, ids.project), fresh: (id) => paths.project(ACME, id) },
  { name: 'projects/private/finance', existing: paths.projectFinance(ACME, ids.project), fresh: (id) => paths.projectFinance(ACME, id) },
  { name: 'tasks', existing: paths.task(ACME, ids.task), fresh: (id) => paths.task(ACME, id) },
  { name: 'project replies (own)', existing: ownProjectReply, ownReply: storedOwn, fresh: (id) => `${repliesPath(acmeProject)}/${id}`, clientReplies: true },
  { name: 'task replies (own)', existing: ownTaskReply, ownReply: storedOwn, fresh: (id) => `${repliesPath(acmeTask)}/${id}`, clientReplies: true },
  { name: "task replies (staff's)", existing: `${repliesPath(acmeTask)}/${ids.staffReply}`, clientReplies: true },
  { name: 'globex task replies', existing: `${repliesPath(globexTask)}/${ids.clientReply}`, fresh: (id) => `${repliesPath(globexTask)}/${id}` },
  { name: 'project notes', existing: `${notesPath(acmeProject)}/${ids.note}`, fresh: (id) => `${notesPath(acmeProject)}/${id}` },
  { name: 'task notes', existing: `${notesPath(acmeTask)}/${ids.note}`, fresh: (id) => `${notesPath(acmeTask)}/${id}` },
  { name: 'requests (own)', existing: ownRequest, ownRequest: storedOwnRequest, fresh: (id) => paths.request(ACME, id), clientRequests: true },
  { name: "requests (a colleague's)", existing: paths.request(ACME, 'fuzz-colleague'), clientRequests: true },
  { name: 'globex requests', existing: paths.request(GLOBEX, ids.globexRequest), fresh: (id) => paths.request(GLOBEX, id) },
  // random ids are never the approval's own id r<round>~<uid>; the own one exists (a second decision)
  { name: 'approvals', existing: ownApproval, fresh: (id) => `${paths.approvals(ACME, reviewTaskId)}/${id}` },
  { name: 'invoices', existing: paths.invoice(ACME, ids.invoicePending), fresh: (id) => paths.invoice(ACME, id) },
  { name: 'payments', existing: `${paths.payments(ACME)}/${ids.payment}`, fresh: (id) => `${paths.payments(ACME)}/${id}` },
  { name: 'timeEntries', existing: `${paths.timeEntries()}/${ids.timeEntry}`, fresh: (id) => `${paths.timeEntries()}/${id}` },
  { name: 'expenses', existing: `${paths.expenses()}/${ids.expense}`, fresh: (id) => `${paths.expenses()}/${id}` },
  { name: 'invitations', existing: `${paths.invitations()}/${ids.invitation}`, fresh: (id) => `${paths.invitations()}/${id}` },
  { name: 'mail', existing: `${paths.mail()}/${ids.mail}`, fresh: (id) => `${paths.mail()}/${id}` },
  { name: 'outbox', existing: `${paths.outbox()}/${ids.outbox}`, fresh: (id) => `${paths.outbox()}/${id}` },
  { name: 'previewSessions', existing: `${paths.previewSessions()}/${ids.previewSession}`, fresh: (id) => `${paths.previewSessions()}/${id}` },
  { name: 'stripeEvents', existing: `${paths.stripeEvents()}/${ids.stripeEvent}`, fresh: (id) => `${paths.stripeEvents()}/${id}` },
];

// ---- random documents ----

/** Every field name of the model, so random documents often look almost right. */
const FIELD_NAMES = [
  'agencyName', 'logoUrl', 'primaryColor', 'accentColor', 'customDomain', 'welcomeMessage', 'cards', 'meetingUrl',
  'paymentsEnabled', 'displayName', 'email', 'role', 'companyId', 'status', 'createdAt', 'title', 'skills',
  'capacityHoursPerWeek', 'active', 'hourlyRate', 'costRate', 'currency', 'name', 'website', 'dealValue', 'source',
  'stage', 'ownerUid', 'lastInteractionAt', 'phone', 'portal', 'uid', 'description', 'startDate', 'endDate', 'team',
  'engagementType', 'budget', 'costToDate', 'health', 'projectId', 'priority', 'assignee', 'dueDate', 'deliverables',
  'updatedAt', 'body', 'authorUid', 'authorName', 'authorRole', 'editedAt', 'number', 'issueDate', 'lineItems',
  'subtotal', 'tax', 'total', 'amountPaid', 'paidAt', 'invoiceId', 'amount', 'provider', 'stripeSessionId', 'taskId',
  'date', 'minutes', 'billable', 'note', 'category', 'createdBy', 'contactId', 'expiresAt', 'invitedBy', 'to', 'message',
  'preview', 'previewBy', 'createdByName', 'decisionReason', 'decidedBy', 'decidedAt', 'decision', 'comment',
  'reviewRound', 'scopes', 'lastApproval', 'requestId',
] as const;

/** Values that mean something to the rules: the client's own identity, enum members, dates. */
const MEANINGFUL = [
  uidOf(carol), carol.displayName, 'client', 'staff', 'admin', ACME, 'globex', 'paid', 'pending', 'draft', 'void',
  'done', 'todo', 'manual', 'stripe', 'USD', '2026-02-01', 'active', 'none', '', 'submitted', 'withdrawn',
  'accepted', 'declined', 'approved', 'changes_requested', 'in_review', 'work', 'billing', ids.project,
] as const;

const isNow = (value: unknown): value is FieldValue =>
  typeof value === 'object' && value !== null && 'isEqual' in value && !(value instanceof Timestamp) &&
  (value as FieldValue).isEqual(serverTimestamp());

const keyArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FIELD_NAMES) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !/^__.*__$/.test(k)) },
);
const scalarArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...MEANINGFUL),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(0, 4999, 5000, 5001, 20001).map((n) => 'x'.repeat(n)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(null).map(() => serverTimestamp()),
  fc.integer({ min: 946684800000, max: 4102444800000 }).map((ms) => Timestamp.fromMillis(ms)),
);
const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalarArb },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('uid', 'displayName', 'title', 'x'), fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), { maxKeys: 3 }) },
);
const documentArb = fc.dictionary(keyArb, valueArb, { maxKeys: 8 }) as fc.Arbitrary<DocumentData>;

// ---- the oracle: the only client write the contract allows ----

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Timestamp || b instanceof Timestamp) return a instanceof Timestamp && b instanceof Timestamp && a.isEqual(b);
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return JSON.stringify(a) === JSON.stringify(b);
  return Object.is(a, b) || a === b;
}
const isBody = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= 5000;
const isAuthorName = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= 200;
const REPLY_KEYS = ['body', 'authorUid', 'authorName', 'authorRole', 'createdAt'];

function validReplyCreate(d: DocumentData): boolean {
  const keys = Object.keys(d);
  return keys.length === REPLY_KEYS.length && REPLY_KEYS.every((k) => k in d)
    && isBody(d.body) && d.authorUid === uidOf(carol) && isAuthorName(d.authorName)
    && d.authorRole === 'client' && isNow(d.createdAt);
}

/** A client's edit of their own reply: every other field unchanged, valid body, editedAt now. */
function validReplyEdit(stored: DocumentData, d: DocumentData, op: 'overwrite' | 'merge'): boolean {
  const next: DocumentData = op === 'merge' ? { ...stored, ...d } : d;
  const keys = new Set([...Object.keys(stored), ...Object.keys(next)]);
  for (const k of keys) {
    if (k === 'body' || k === 'editedAt') continue;
    if (!(k in next) || !(k in stored) || !sameValue(next[k], stored[k])) return false;
  }
  return isBody(next.body) && isNow(next.editedAt);
}

const REQUEST_KEYS = ['title', 'description', 'projectId', 'dueDate', 'status', 'decisionReason', 'taskId', 'createdBy', 'createdByName', 'createdAt'];
/** acme's projects in the base data: a request may name one (the rules check it exists) */
const ACME_PROJECTS = [ids.project, 'p-brand'];

function validRequestCreate(d: DocumentData): boolean {
  const keys = Object.keys(d);
  return keys.length === REQUEST_KEYS.length && REQUEST_KEYS.every((k) => k in d)
    && typeof d.title === 'string' && d.title.length >= 1 && d.title.length <= 200
    && typeof d.description === 'string' && d.description.length <= 5000
    && (d.projectId === null || ACME_PROJECTS.includes(d.projectId))
    && (d.dueDate === null || (typeof d.dueDate === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(d.dueDate)))
    && d.status === 'submitted' && d.decisionReason === null && d.taskId === null
    && d.createdBy === uidOf(carol) && isAuthorName(d.createdByName) && isNow(d.createdAt);
}

/** A client's withdrawal of their own submitted request: the status to 'withdrawn', nothing else. */
function validWithdrawal(stored: DocumentData, d: DocumentData, op: 'overwrite' | 'merge'): boolean {
  const next: DocumentData = op === 'merge' ? { ...stored, ...d } : d;
  const keys = new Set([...Object.keys(stored), ...Object.keys(next)]);
  for (const k of keys) {
    if (k === 'status') continue;
    if (!(k in next) || !(k in stored) || !sameValue(next[k], stored[k])) return false;
  }
  return stored.status === 'submitted' && next.status === 'withdrawn';
}

function expected(actor: Actor, target: Target, op: Op, d: DocumentData): boolean {
  if (actor.effective !== 'client') return false;
  if (target.clientRequests) {
    if (op === 'create') return validRequestCreate(d);
    return target.ownRequest !== undefined && validWithdrawal(target.ownRequest, d, op);
  }
  if (!target.clientReplies) return false;
  if (op === 'create') return validReplyCreate(d);
  return target.ownReply !== undefined && validReplyEdit(target.ownReply, d, op);
}

// ---- running a write ----

let counter = 0;
function write(db: Firestore, target: Target, op: Op, d: DocumentData): Promise<void> {
  if (op === 'create') return setDoc(doc(db, (target.fresh as (id: string) => string)(`fuzz-${(counter += 1)}`)), d);
  const ref = doc(db, target.existing as string);
  return op === 'merge' ? setDoc(ref, d, { merge: true }) : setDoc(ref, d);
}

const caseArb = fc
  .tuple(fc.constantFrom(...targets), fc.constantFrom<Op>('create', 'overwrite', 'merge'), documentArb)
  .filter(([target, op]) => (op === 'create' ? target.fresh !== undefined : target.existing !== undefined));

async function check(actor: Actor, target: Target, op: Op, d: DocumentData): Promise<boolean> {
  const allowed = expected(actor, target, op, d);
  const attempt = write(dbOf(actor), target, op, d);
  if (allowed) await expectAllowed(attempt);
  else await expectDenied(attempt);
  return allowed;
}

const validCreateArb = fc.record({
  body: fc.oneof(fc.string({ minLength: 1, maxLength: 300 }), fc.integer({ min: 4990, max: 5000 }).map((n) => 'y'.repeat(n))),
  authorName: fc.string({ minLength: 1, maxLength: 200 }),
});
const validEditArb = fc.record({
  body: fc.oneof(fc.string({ minLength: 1, maxLength: 300 }), fc.constant('z'.repeat(5000))),
  op: fc.constantFrom<'overwrite' | 'merge'>('overwrite', 'merge'),
  parent: fc.constantFrom(ownProjectReply, ownTaskReply),
});
const replyParents = targets.filter((t) => t.ownReply !== undefined);
const requestTarget = targets.find((t) => t.ownRequest !== undefined) as Target;

const validRequestArb = fc.record({
  title: fc.oneof(fc.string({ minLength: 1, maxLength: 200 }), fc.constant('t'.repeat(200))),
  description: fc.oneof(fc.string({ maxLength: 300 }), fc.constant('d'.repeat(5000))),
  projectId: fc.constantFrom<string | null>(null, ...ACME_PROJECTS),
  dueDate: fc.oneof(fc.constant(null), fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((t) => t.toISOString().slice(0, 10))),
  createdByName: fc.string({ minLength: 1, maxLength: 200 }),
});
const validApprovalArb = fc.record({
  round: fc.integer({ min: 0, max: 50 }),
  decision: fc.constantFrom('approved', 'changes_requested'),
  comment: fc.oneof(fc.string({ minLength: 1, maxLength: 300 }), fc.constant('c'.repeat(5000))),
  name: fc.string({ minLength: 1, maxLength: 200 }),
});

describe('fuzzed writes', () => {
  beforeAll(async () => {
    // the client's own replies, which the edits act on
    await put(ownProjectReply, storedOwn);
    await put(ownTaskReply, storedOwn);
    // the client's own submitted request, a colleague's, and a task in review with the client's decision
    await put(ownRequest, storedOwnRequest);
    await put(paths.request(ACME, 'fuzz-colleague'), { ...storedOwnRequest, createdBy: 'u-carl', createdByName: 'Carl' });
    await put(paths.task(ACME, reviewTaskId), reviewTask(1));
    await put(ownApproval, { ...build.approval(carol, 1), createdAt: PAST });
  });

  for (const [key, numRuns] of [['clientAcme', runs(120)], ['previewAcme', runs(60)]] as const) {
    const actor = ACTORS[key];
    it(`${actor.label}: random documents to every path — denied unless the oracle says it is a valid own reply`, async () => {
      await fc.assert(
        fc.asyncProperty(caseArb, async ([target, op, d]) => {
          await check(actor, target, op, d);
        }),
        { numRuns, seed },
      );
    });
  }

  for (const [key, numRuns] of [['clientAcme', runs(40)], ['previewAcme', runs(20)]] as const) {
    const actor = ACTORS[key];
    const allowed = actor.effective === 'client';
    it(`${actor.label}: generated valid replies — ${allowed ? 'allowed' : 'denied'}`, async () => {
      await fc.assert(
        fc.asyncProperty(validCreateArb, fc.constantFrom(...replyParents), async ({ body, authorName }, target) => {
          const d = { body, authorUid: uidOf(carol), authorName, authorRole: 'client', createdAt: serverTimestamp() };
          // the oracle agrees the generated replies are valid: allowed for the client, denied for the preview
          expect(await check(actor, target, 'create', d)).toBe(allowed);
        }),
        { numRuns, seed },
      );
    });
    it(`${actor.label}: generated valid edits of the client's own reply — ${allowed ? 'allowed' : 'denied'}`, async () => {
      await fc.assert(
        fc.asyncProperty(validEditArb, async ({ body, op, parent }) => {
          const target = replyParents.find((t) => t.existing === parent) as Target;
          const d = op === 'merge' ? { body, editedAt: serverTimestamp() } : { ...storedOwn, body, editedAt: serverTimestamp() };
          expect(await check(actor, target, op, d)).toBe(allowed);
        }),
        { numRuns: Math.ceil(numRuns / 2), seed },
      );
    });
  }

  for (const [key, numRuns] of [['clientAcme', runs(30)], ['previewAcme', runs(15)]] as const) {
    const actor = ACTORS[key];
    const allowed = actor.effective === 'client';
    it(`${actor.label}: generated valid requests — ${allowed ? 'allowed' : 'denied'}`, async () => {
      await fc.assert(
        fc.asyncProperty(validRequestArb, async (r) => {
          const d = { ...r, status: 'submitted', decisionReason: null, taskId: null, createdBy: uidOf(carol), createdAt: serverTimestamp() };
          expect(await check(actor, requestTarget, 'create', d)).toBe(allowed);
        }),
        { numRuns, seed },
      );
    });
    it(`${actor.label}: generated withdrawals of the client's own submitted request — ${allowed ? 'allowed' : 'denied'}`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom<'overwrite' | 'merge'>('overwrite', 'merge'), async (op) => {
          await put(ownRequest, storedOwnRequest);
          const d = op === 'merge' ? { status: 'withdrawn' } : { ...storedOwnRequest, status: 'withdrawn' };
          expect(await check(actor, requestTarget, op, d)).toBe(allowed);
        }),
        { numRuns: Math.ceil(numRuns / 3), seed },
      );
      await put(ownRequest, storedOwnRequest);
    });
    it(`${actor.label}: generated valid approvals, each on a task in review in its round — ${allowed ? 'allowed' : 'denied'}`, async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(validApprovalArb, async ({ round, decision, comment, name }) => {
          const taskId = `t-fuzz-${key}-${(run += 1)}`;
          await put(paths.task(ACME, taskId), reviewTask(round));
          const d = { decision, comment, reviewRound: round, uid: uidOf(carol), name, createdAt: serverTimestamp() };
          const attempt = setDoc(doc(dbOf(actor), `${paths.approvals(ACME, taskId)}/${approvalId(round, uidOf(carol))}`), d);
          if (allowed) await expectAllowed(attempt);
          else await expectDenied(attempt);
        }),
        { numRuns, seed },
      );
    });
  }

  it('valid replies by the acme client to the globex thread: denied', async () => {
    const target = targets.find((t) => t.name === 'globex task replies') as Target;
    await fc.assert(
      fc.asyncProperty(validCreateArb, async ({ body, authorName }) => {
        const d = { body, authorUid: uidOf(carol), authorName, authorRole: 'client', createdAt: serverTimestamp() };
        expect(await check(carol, target, 'create', d)).toBe(false);
      }),
      { numRuns: runs(15), seed },
    );
  });
});
