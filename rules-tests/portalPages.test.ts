/**
 * The portal's paged lists and aggregations (issue 10), through the web app's own builders
 * (web/src/lib/refs.ts): every query the portal now runs — each page after a cursor, the Home
 * list, the counts and the invoice totals — allowed to the client of the company (and to its
 * "View as" preview), denied on another company's path; an invoice query without the status
 * filter is denied (rules are not filters). Pages also return what the list promises.
 */
import {
  collection,
  count,
  getAggregateFromServer,
  getCountFromServer,
  getDocs,
  orderBy,
  query,
  sum,
  where,
  type Firestore,
  type Query,
} from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { paths } from '@model';
import {
  ALL_PROJECTS,
  CLIENT_INVOICE_GROUPS,
  OPEN_TASK_STATUSES,
  clientInvoiceCursor,
  clientInvoiceGroupQuery,
  invoicesQuery,
  latestRepliesQuery,
  pageQuery,
  portalProjectCursor,
  portalProjectsQuery,
  portalTaskCursor,
  portalTasksQuery,
  replyCursor,
  clientInvoicesInCurrencyQuery,
  type PortalTaskFilter,
} from '../web/src/lib/refs';
import { ACME, ACTORS, GLOBEX, dbOf, type ActorKey } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { EARLIER, PAST, acmeProject, acmeTask, build, globexProject, globexTask, ids, put, storedReplyBy } from './support/fixtures';
import { useRulesEnv } from './support/harness';

useRulesEnv('portalPages');

/** The portal's page sizes (+1: each page listens to one look-ahead document). */
const TASKS = 25;
const HOME = 10;
const PROJECTS = 24;
const INVOICES = 25;
const REPLIES = 50;

const project = (c: string) => (c === ACME ? ids.project : ids.globexProject);

/** Every query a portal page runs, for company `c` (the globex variants use globex's ids). */
const pageQueries: [string, (db: Firestore, c: string) => Query<unknown>][] = [
  ['Tasks: Not done (the default), first page', (db, c) => pageQuery(portalTasksQuery(db, c, { status: 'open', projectId: ALL_PROJECTS }), null, TASKS + 1)],
  ['Tasks: Not done, the page after a cursor', (db, c) => pageQuery(portalTasksQuery(db, c, { status: 'open', projectId: ALL_PROJECTS }), ['2026-02-20', 't-copy'], TASKS + 1)],
  ['Tasks: All statuses', (db, c) => pageQuery(portalTasksQuery(db, c, { status: 'all', projectId: ALL_PROJECTS }), null, TASKS + 1)],
  ['Tasks: one status', (db, c) => pageQuery(portalTasksQuery(db, c, { status: 'done', projectId: ALL_PROJECTS }), null, TASKS + 1)],
  ['Tasks: one project (also the project page)', (db, c) => pageQuery(portalTasksQuery(db, c, { status: 'all', projectId: project(c) }), null, TASKS + 1)],
  ['Tasks: one project, Not done', (db, c) => pageQuery(portalTasksQuery(db, c, { status: 'open', projectId: project(c) }), null, TASKS + 1)],
  ['Tasks: one project, one status, after a cursor', (db, c) => pageQuery(portalTasksQuery(db, c, { status: 'todo', projectId: project(c) }), ['2026-01-01', 'a'], TASKS + 1)],
  ['Home: the 10 ongoing tasks', (db, c) => pageQuery(portalTasksQuery(db, c, { status: 'open', projectId: ALL_PROJECTS }), null, HOME)],
  ['Projects: current', (db, c) => pageQuery(portalProjectsQuery(db, c, 'current'), null, PROJECTS + 1)],
  ['Projects: current, after a cursor', (db, c) => pageQuery(portalProjectsQuery(db, c, 'current'), ['active', '2026-01-05', 'p-website'], PROJECTS + 1)],
  ['Projects: earlier', (db, c) => pageQuery(portalProjectsQuery(db, c, 'earlier'), null, PROJECTS + 1)],
  ['Invoices: unpaid', (db, c) => pageQuery(clientInvoiceGroupQuery(db, c, 'unpaid'), null, INVOICES + 1)],
  ['Invoices: unpaid, after a cursor', (db, c) => pageQuery(clientInvoiceGroupQuery(db, c, 'unpaid'), ['2026-03-01', 'inv-1002'], INVOICES + 1)],
  ['Invoices: paid', (db, c) => pageQuery(clientInvoiceGroupQuery(db, c, 'paid'), null, INVOICES + 1)],
  ['Replies: a project thread, latest page', (db, c) => pageQuery(latestRepliesQuery(db, c === ACME ? acmeProject : globexProject), null, REPLIES + 1)],
  ['Replies: a task thread, latest page', (db, c) => pageQuery(latestRepliesQuery(db, c === ACME ? acmeTask : globexTask), null, REPLIES + 1)],
  ['Replies: a task thread, earlier replies', (db, c) => pageQuery(latestRepliesQuery(db, c === ACME ? acmeTask : globexTask), [PAST, 'r-zzz'], REPLIES + 1)],
];

/** Every aggregation a portal page runs (counts and totals: no document read). */
const aggregations: [string, (db: Firestore, c: string) => Promise<unknown>][] = [
  ['Tasks: "N tasks" (Not done)', (db, c) => getCountFromServer(portalTasksQuery(db, c, { status: 'open', projectId: ALL_PROJECTS }))],
  ['Tasks: "N tasks" (a project and a status)', (db, c) => getCountFromServer(portalTasksQuery(db, c, { status: 'in_review', projectId: project(c) }))],
  ['Project: progress (all and done)', (db, c) =>
    Promise.all([
      getCountFromServer(portalTasksQuery(db, c, { status: 'all', projectId: project(c) })),
      getCountFromServer(portalTasksQuery(db, c, { status: 'done', projectId: project(c) })),
    ])],
  ['Projects: how many earlier projects', (db, c) => getCountFromServer(portalProjectsQuery(db, c, 'earlier'))],
  ['Invoices: how many unpaid and paid', (db, c) =>
    Promise.all([getCountFromServer(clientInvoiceGroupQuery(db, c, 'unpaid')), getCountFromServer(clientInvoiceGroupQuery(db, c, 'paid'))])],
  ['Invoices: outstanding in a currency (count, sum)', (db, c) =>
    getAggregateFromServer(clientInvoicesInCurrencyQuery(db, c, 'USD', CLIENT_INVOICE_GROUPS.unpaid), { count: count(), total: sum('total'), paid: sum('amountPaid') })],
  ['Invoices: overdue in a currency (overdue, and pending past due)', (db, c) =>
    Promise.all([
      getCountFromServer(clientInvoicesInCurrencyQuery(db, c, 'USD', ['overdue'])),
      getCountFromServer(clientInvoicesInCurrencyQuery(db, c, 'USD', ['pending'], '2026-03-02')),
    ])],
  ['Replies: how many in a thread', (db, c) => getCountFromServer(latestRepliesQuery(db, c === ACME ? acmeTask : globexTask))],
];

const READERS = [
  ['clientAcme', ACME, GLOBEX],
  ['previewAcme', ACME, GLOBEX],
  ['clientGlobex', GLOBEX, ACME],
] as const satisfies readonly (readonly [ActorKey, string, string])[];

for (const [key, own, other] of READERS) {
  describe(`${ACTORS[key].label}: the portal's paged lists`, () => {
    for (const [name, build] of pageQueries) {
      it(`${name}: ${own} allowed, ${other} denied`, async () => {
        await expectAllowed(getDocs(build(dbOf(key), own)));
        await expectDenied(getDocs(build(dbOf(key), other)));
      });
    }
    for (const [name, run] of aggregations) {
      it(`${name}: ${own} allowed, ${other} denied`, async () => {
        await expectAllowed(run(dbOf(key), own));
        await expectDenied(run(dbOf(key), other));
      });
    }
  });
}

describe('rules are not filters: invoices', () => {
  const unfiltered = (db: Firestore) => invoicesQuery(db, ACME);
  for (const key of ['clientAcme', 'previewAcme'] as const) {
    it(`${ACTORS[key].label}: a page, a count or a sum without the status filter is denied (control: staff; the filtered one)`, async () => {
      await expectDenied(getDocs(pageQuery(unfiltered(dbOf(key)), null, INVOICES + 1)));
      await expectDenied(getCountFromServer(unfiltered(dbOf(key))));
      await expectDenied(getAggregateFromServer(query(collection(dbOf(key), paths.invoices(ACME)), where('currency', '==', 'USD')), { total: sum('total') }));
      await expectDenied(getDocs(query(collection(dbOf(key), paths.invoices(ACME)), where('status', 'in', ['pending', 'draft']), orderBy('dueDate'))));
      await expectAllowed(getDocs(pageQuery(unfiltered(dbOf('staff')), null, INVOICES + 1)));
      await expectAllowed(getCountFromServer(unfiltered(dbOf('staff'))));
      await expectAllowed(getDocs(pageQuery(clientInvoiceGroupQuery(dbOf(key), ACME, 'unpaid'), null, INVOICES + 1)));
    });
  }
  it('the groups the portal uses stay within what a client may read', () => {
    expect([...CLIENT_INVOICE_GROUPS.unpaid, ...CLIENT_INVOICE_GROUPS.paid].sort()).toEqual(['overdue', 'paid', 'pending']);
  });
});

describe('what the pages return (as the client of acme)', () => {
  const db = () => dbOf('clientAcme');
  const idsOf = async (q: Query<{ id: string }>) => (await expectAllowed(getDocs(q))).docs.map((d) => d.id);

  it('Tasks: Not done, soonest due first, the id breaking ties; the next page starts after the cursor', async () => {
    const open: PortalTaskFilter = { status: 'open', projectId: ALL_PROJECTS };
    const first = await expectAllowed(getDocs(pageQuery(portalTasksQuery(db(), ACME, open), null, 3)));
    expect(first.docs.map((d) => d.id)).toEqual(['t-copy', 't-brand', 't-homepage']);
    expect(first.docs.every((d) => (OPEN_TASK_STATUSES as readonly string[]).includes(d.data().status))).toBe(true);
    // A page of 2 shows t-copy, t-brand; its look-ahead (t-homepage) says there is more.
    const shownLast = first.docs[1]!.data();
    expect(await idsOf(pageQuery(portalTasksQuery(db(), ACME, open), portalTaskCursor(shownLast), 3))).toEqual(['t-homepage']);
    const count = await expectAllowed(getCountFromServer(portalTasksQuery(db(), ACME, open)));
    expect(count.data().count).toBe(3);
  });

  it('Tasks: filters run in the query (status, project, both)', async () => {
    expect(await idsOf(portalTasksQuery(db(), ACME, { status: 'all', projectId: ALL_PROJECTS }))).toEqual(['t-launch', 't-copy', 't-brand', 't-homepage']);
    expect(await idsOf(portalTasksQuery(db(), ACME, { status: 'done', projectId: ALL_PROJECTS }))).toEqual(['t-launch']);
    expect(await idsOf(portalTasksQuery(db(), ACME, { status: 'all', projectId: 'p-brand' }))).toEqual(['t-brand']);
    expect(await idsOf(portalTasksQuery(db(), ACME, { status: 'open', projectId: ids.project }))).toEqual(['t-copy', 't-homepage']);
    expect(await idsOf(portalTasksQuery(db(), ACME, { status: 'in_progress', projectId: ids.project }))).toEqual(['t-homepage']);
  });

  it('Projects: current (active, then planned) and earlier (on hold, then completed), newest start first', async () => {
    await put(paths.project(ACME, 'p-old'), { ...build.project(), name: 'Old', status: 'completed', startDate: '2025-01-01' });
    await put(paths.project(ACME, 'p-paused'), { ...build.project(), name: 'Paused', status: 'on_hold', startDate: '2024-01-01' });
    try {
      const current = await expectAllowed(getDocs(portalProjectsQuery(db(), ACME, 'current')));
      expect(current.docs.map((d) => d.id)).toEqual(['p-website', 'p-brand']);
      expect(await idsOf(portalProjectsQuery(db(), ACME, 'earlier'))).toEqual(['p-paused', 'p-old']);
      const after = portalProjectCursor(current.docs[0]!.data());
      expect(await idsOf(pageQuery(portalProjectsQuery(db(), ACME, 'current'), after, PROJECTS + 1))).toEqual(['p-brand']);
    } finally {
      await put(paths.project(ACME, 'p-old'), null);
      await put(paths.project(ACME, 'p-paused'), null);
    }
  });

  it('Invoices: unpaid soonest due first, paid behind; totals by aggregation', async () => {
    await put(paths.invoice(ACME, 'inv-1006'), { ...build.invoice('pending', 'INV-1006'), dueDate: '2026-04-01', currency: 'EUR' });
    try {
      const unpaid = await expectAllowed(getDocs(clientInvoiceGroupQuery(db(), ACME, 'unpaid')));
      // inv-1002 and inv-1003 share a due date: the id decides.
      expect(unpaid.docs.map((d) => d.id)).toEqual(['inv-1002', 'inv-1003', 'inv-1006']);
      const next = clientInvoiceCursor('unpaid')(unpaid.docs[0]!.data());
      expect(await idsOf(pageQuery(clientInvoiceGroupQuery(db(), ACME, 'unpaid'), next, 2))).toEqual(['inv-1003', 'inv-1006']);
      expect(await idsOf(clientInvoiceGroupQuery(db(), ACME, 'paid'))).toEqual(['inv-1001']);
      const usd = await expectAllowed(
        getAggregateFromServer(clientInvoicesInCurrencyQuery(db(), ACME, 'USD', CLIENT_INVOICE_GROUPS.unpaid), { count: count(), total: sum('total'), paid: sum('amountPaid') }),
      );
      expect(usd.data()).toEqual({ count: 2, total: 330000, paid: 0 });
      const stored = await expectAllowed(getCountFromServer(clientInvoicesInCurrencyQuery(db(), ACME, 'USD', ['overdue'])));
      expect(stored.data().count).toBe(1);
      const pastDue = await expectAllowed(getCountFromServer(clientInvoicesInCurrencyQuery(db(), ACME, 'USD', ['pending'], '2026-03-02')));
      expect(pastDue.data().count).toBe(1);
      const notYet = await expectAllowed(getCountFromServer(clientInvoicesInCurrencyQuery(db(), ACME, 'USD', ['pending'], '2026-03-01')));
      expect(notYet.data().count).toBe(0);
      const eur = await expectAllowed(getAggregateFromServer(clientInvoicesInCurrencyQuery(db(), ACME, 'EUR', CLIENT_INVOICE_GROUPS.unpaid), { total: sum('total') }));
      expect(eur.data().total).toBe(165000);
    } finally {
      await put(paths.invoice(ACME, 'inv-1006'), null);
    }
  });

  it('Replies: the latest first (the portal shows them oldest to newest); "Earlier replies" continues after the oldest shown', async () => {
    const parent = acmeTask;
    const path = (id: string) => `${paths.task(ACME, parent.kind === 'task' ? parent.taskId : '')}/replies/${id}`;
    await put(path('r-old'), { ...storedReplyBy(ACTORS.staff, 'Oldest'), createdAt: EARLIER });
    try {
      const latest = await expectAllowed(getDocs(pageQuery(latestRepliesQuery(db(), parent), null, 2)));
      // r-carol and r-sam share a createdAt: the id (descending) decides.
      expect(latest.docs.map((d) => d.id)).toEqual(['r-sam', 'r-carol']);
      const earlier = replyCursor(latest.docs[1]!.data());
      expect(await idsOf(pageQuery(latestRepliesQuery(db(), parent), earlier, 2))).toEqual(['r-old']);
    } finally {
      await put(path('r-old'), null);
    }
  });
});
