/**
 * The console's invoice lists and totals (issue 10), through the web app's own builders
 * (web/src/lib/dashboardRefs.ts): the Invoices page's paged list under every status chip, for
 * every company (collection group) and one company (its collection, also the company page's
 * Invoices tab), each page after a cursor, and the count() and sum() behind the totals and chips.
 *
 * Who may run them is what firestore.rules says, not what the routes show: the Invoices page is
 * an admin route, but invoices are staff-readable (DESIGN §4), so staff and admin are allowed.
 * Clients use no collection-group query; on one company's path a client query is allowed only
 * when it keeps to the statuses a client reads (pending, overdue, paid) and the client has the
 * billing scope — so the unpaid and paid lists of Acme's path are allowed to Acme's billing
 * readers, and every other case is denied to them. Every denial sits beside an allowed control.
 * The lists also return what the page promises (order, filters, the page after a cursor).
 */
import { count, getAggregateFromServer, getCountFromServer, getDocs, sum, type DocumentData, type Firestore, type Query } from 'firebase/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '@model';
import {
  consoleInvoiceCursor,
  consoleInvoiceTotalsQuery,
  consoleInvoicesQuery,
  type ConsoleInvoiceFilter,
  type ConsoleInvoiceStatus,
} from '../web/src/lib/dashboardRefs';
import { invoicesNumberedQuery, latestInvoiceNumbersQuery, pageQuery } from '../web/src/lib/refs';
import { ACME, GLOBEX, dbOf, type ActorKey } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { build, ids, put } from './support/fixtures';
import { useRulesEnv } from './support/harness';

useRulesEnv('consoleInvoiceQueries');

/** The seeded invoices are all due 2026-03-01: on this day the unpaid ones are past due. */
const TODAY = '2026-03-02';
/** One more Acme invoice, issued later and not yet due (pending, not overdue). */
const LATER = 'inv-1010';

beforeAll(async () => {
  await put(paths.invoice(ACME, LATER), { ...build.invoice('pending', 'INV-1010'), issueDate: '2026-03-01', dueDate: '2026-04-01' });
});

const STATUSES: readonly ConsoleInvoiceStatus[] = ['open', 'overdue', 'pending', 'draft', 'paid', 'void', 'all'];
/** The chips whose queries keep to the statuses a client of the company may read. */
const CLIENT_VISIBLE: ReadonlySet<ConsoleInvoiceStatus> = new Set(['open', 'overdue', 'pending', 'paid']);

/** Everyone who is not staff. */
const OUTSIDERS = ['clientAcme', 'billingAcme', 'workAcme', 'previewAcme', 'clientGlobex', 'noRole', 'anonymous', 'badRoleCase'] as const satisfies readonly ActorKey[];
/** Who reads Acme's issued invoices (billing scope): allowed a query that carries the status filter. */
const ACME_BILLING_READERS = ['clientAcme', 'billingAcme', 'previewAcme'] as const satisfies readonly ActorKey[];

type Run = (db: Firestore) => Promise<unknown>;
interface Case {
  name: string;
  run: Run;
  /** non-staff actors the rules allow (Acme's billing readers on Acme's path, client-visible statuses only) */
  alsoAllowed?: readonly ActorKey[];
}

const page = (filter: ConsoleInvoiceFilter, cursor: readonly unknown[] | null, size = 21) => (db: Firestore) =>
  getDocs(pageQuery(consoleInvoicesQuery(db, filter, TODAY), cursor, size));

const cases: Case[] = [
  // The Invoices page, every company (collection group): staff only, whatever the status.
  ...STATUSES.map((status): Case => ({ name: `Invoices page: ${status}, every company, first page`, run: page({ companyId: null, status }, null) })),
  { name: 'Invoices page: unpaid, every company, the page after a cursor', run: page({ companyId: null, status: 'open' }, ['2026-03-01', paths.invoice(ACME, 'inv-1003')]) },
  { name: 'Invoices page: all, every company, the page after a cursor', run: page({ companyId: null, status: 'all' }, ['2026-02-01', paths.invoice(ACME, 'inv-1005')]) },
  // One company (the client filter, and the company page's Invoices tab): a collection on Acme's path.
  ...STATUSES.map(
    (status): Case => ({
      name: `Invoices page: ${status}, Acme, first page`,
      run: page({ companyId: ACME, status }, null),
      alsoAllowed: CLIENT_VISIBLE.has(status) ? ACME_BILLING_READERS : [],
    }),
  ),
  { name: "Company page: Acme's Invoices tab, the page after a cursor", run: page({ companyId: ACME, status: 'all' }, ['2026-02-01', 'inv-1003']) },
  { name: 'Invoices page: paid, Acme, the page after a cursor', run: page({ companyId: ACME, status: 'paid' }, ['2026-02-01', 'inv-1003']), alsoAllowed: ACME_BILLING_READERS },
  // The totals: count() and sum() per currency, and the chips' count()s.
  ...([null, ACME] as const).flatMap((companyId) => [
    ...(['unpaid', 'overdue'] as const).map(
      (kind): Case => ({
        name: `Totals: ${kind} in USD (count, sum), ${companyId ?? 'every company'}`,
        run: (db) => getAggregateFromServer(consoleInvoiceTotalsQuery(db, companyId, 'USD', kind, TODAY), { n: count(), total: sum('total'), paid: sum('amountPaid') }),
        alsoAllowed: companyId ? ACME_BILLING_READERS : [],
      }),
    ),
    { name: `Totals: drafts in USD (count, sum), ${companyId ?? 'every company'}`, run: (db: Firestore) => getAggregateFromServer(consoleInvoiceTotalsQuery(db, companyId, 'USD', 'draft', TODAY), { n: count(), total: sum('total') }) },
    ...(['all', 'paid', 'void'] as const).map(
      (status): Case => ({
        name: `Chips: count of ${status}, ${companyId ?? 'every company'}`,
        run: (db) => getCountFromServer(consoleInvoicesQuery(db, { companyId, status }, TODAY)),
        alsoAllowed: companyId && CLIENT_VISIBLE.has(status) ? ACME_BILLING_READERS : [],
      }),
    ),
  ]),
];

describe('the console invoice queries: staff and admin allowed, everyone else denied (as the rules say)', () => {
  for (const { name, run, alsoAllowed = [] } of cases) {
    const denied = OUTSIDERS.filter((key) => !(alsoAllowed as readonly string[]).includes(key));
    it(`${name} (denied: ${denied.join(', ')})`, async () => {
      await expectAllowed(run(dbOf('admin')));
      await expectAllowed(run(dbOf('staff')));
      for (const key of alsoAllowed) await expectAllowed(run(dbOf(key)));
      for (const key of denied) await expectDenied(run(dbOf(key)));
    });
  }

  it("a client's query on another company's path is denied, the same on their own allowed", async () => {
    const unpaid = (companyId: string) => (db: Firestore) => getDocs(pageQuery(consoleInvoicesQuery(db, { companyId, status: 'open' }, TODAY), null, 21));
    await expectAllowed(unpaid(GLOBEX)(dbOf('clientGlobex')));
    await expectDenied(unpaid(ACME)(dbOf('clientGlobex')));
    await expectAllowed(unpaid(ACME)(dbOf('clientAcme')));
    await expectDenied(unpaid(GLOBEX)(dbOf('clientAcme')));
  });

  it('a work-only contact reads no invoices, even the ones the billing contact reads', async () => {
    const paid = (db: Firestore) => getDocs(consoleInvoicesQuery(db, { companyId: ACME, status: 'paid' }, TODAY));
    await expectAllowed(paid(dbOf('billingAcme')));
    await expectDenied(paid(dbOf('workAcme')));
  });
});

describe('what the invoice lists and totals return (as admin)', () => {
  const db = () => dbOf('admin');
  const keys = async <T, D extends DocumentData>(q: Query<T, D>) =>
    (await expectAllowed(getDocs(q))).docs.map((d) => `${d.ref.parent.parent?.id}/${d.id}`);
  const list = (filter: ConsoleInvoiceFilter) => consoleInvoicesQuery(db(), filter, TODAY);

  it('Unpaid, every company: soonest due first, the path breaking ties; the next page starts after the cursor', async () => {
    const open = list({ companyId: null, status: 'open' });
    expect(await keys(open)).toEqual([`${ACME}/inv-1002`, `${ACME}/inv-1003`, `${GLOBEX}/inv-2001`, `${ACME}/${LATER}`]);
    const first = await expectAllowed(getDocs(pageQuery(open, null, 2)));
    const cursor = consoleInvoiceCursor({ companyId: null, status: 'open' })(first.docs[1]!.data());
    expect(cursor).toEqual(['2026-03-01', paths.invoice(ACME, 'inv-1003')]);
    expect(await keys(pageQuery(open, cursor, 10))).toEqual([`${GLOBEX}/inv-2001`, `${ACME}/${LATER}`]);
    expect(first.docs[0]!.data().companyId).toBe(ACME); // the company comes from the path
  });

  it('Overdue and pending split the unpaid ones by the due date (a pending invoice past due counts as overdue)', async () => {
    expect(await keys(list({ companyId: null, status: 'overdue' }))).toEqual([`${ACME}/inv-1002`, `${ACME}/inv-1003`, `${GLOBEX}/inv-2001`]);
    expect(await keys(list({ companyId: null, status: 'pending' }))).toEqual([`${ACME}/${LATER}`]);
    expect(await keys(consoleInvoicesQuery(db(), { companyId: null, status: 'pending' }, '2026-02-15'))).toEqual([`${ACME}/inv-1002`, `${GLOBEX}/inv-2001`, `${ACME}/${LATER}`]);
  });

  it('All and the history statuses: newest issued first, the path breaking ties (descending)', async () => {
    expect(await keys(list({ companyId: null, status: 'all' }))).toEqual([
      `${ACME}/${LATER}`,
      `${GLOBEX}/inv-2002`,
      `${GLOBEX}/inv-2001`,
      `${ACME}/inv-1005`,
      `${ACME}/inv-1004`,
      `${ACME}/inv-1003`,
      `${ACME}/inv-1002`,
      `${ACME}/inv-1001`,
    ]);
    expect(await keys(list({ companyId: null, status: 'draft' }))).toEqual([`${GLOBEX}/inv-2002`, `${ACME}/inv-1004`]);
    expect(await keys(list({ companyId: null, status: 'paid' }))).toEqual([`${ACME}/inv-1001`]);
    expect(await keys(list({ companyId: null, status: 'void' }))).toEqual([`${ACME}/inv-1005`]);
  });

  it('One company pages by id: the company filter runs in the query', async () => {
    const acme: ConsoleInvoiceFilter = { companyId: ACME, status: 'all' };
    const first = await expectAllowed(getDocs(pageQuery(list(acme), null, 2)));
    expect(first.docs.map((d) => d.id)).toEqual([LATER, 'inv-1005']);
    const cursor = consoleInvoiceCursor(acme)(first.docs[1]!.data());
    expect(cursor).toEqual(['2026-02-01', 'inv-1005']);
    expect(await keys(pageQuery(list(acme), cursor, 10))).toEqual([`${ACME}/inv-1004`, `${ACME}/inv-1003`, `${ACME}/inv-1002`, `${ACME}/inv-1001`]);
    expect(await keys(list({ companyId: GLOBEX, status: 'open' }))).toEqual([`${GLOBEX}/inv-2001`]);
    expect(consoleInvoiceCursor({ companyId: ACME, status: 'open' })(first.docs[0]!.data())).toEqual(['2026-04-01', LATER]);
  });

  it('The totals and counts: count() and sum(), no invoice read', async () => {
    const totals = async (companyId: string | null, kind: 'unpaid' | 'overdue') =>
      (await expectAllowed(getAggregateFromServer(consoleInvoiceTotalsQuery(db(), companyId, 'USD', kind, TODAY), { n: count(), total: sum('total'), paid: sum('amountPaid') }))).data();
    expect(await totals(null, 'unpaid')).toEqual({ n: 4, total: 4 * 165000, paid: 0 });
    expect(await totals(null, 'overdue')).toEqual({ n: 3, total: 3 * 165000, paid: 0 });
    expect(await totals(ACME, 'overdue')).toEqual({ n: 2, total: 2 * 165000, paid: 0 });
    const drafts = await expectAllowed(getAggregateFromServer(consoleInvoiceTotalsQuery(db(), null, 'USD', 'draft', TODAY), { n: count(), total: sum('total') }));
    expect(drafts.data()).toEqual({ n: 2, total: 2 * 165000 });
    expect((await expectAllowed(getAggregateFromServer(consoleInvoiceTotalsQuery(db(), null, 'EUR', 'unpaid', TODAY), { n: count() }))).data().n).toBe(0);
    const countOf = async (companyId: string | null, status: ConsoleInvoiceStatus) =>
      (await expectAllowed(getCountFromServer(consoleInvoicesQuery(db(), { companyId, status }, TODAY)))).data().count;
    expect(await countOf(null, 'all')).toBe(8);
    expect(await countOf(ACME, 'all')).toBe(6);
    expect(await countOf(null, 'paid')).toBe(1);
    expect(await countOf(GLOBEX, 'void')).toBe(0);
  });
});

describe("the invoice editor's numbering: the latest numbers, and who holds one, across every client", () => {
  const OUTSIDE = ['clientAcme', 'billingAcme', 'previewAcme', 'noRole', 'anonymous'] as const satisfies readonly ActorKey[];

  it('the latest numbers: highest first, every client\'s — staff and admin allowed, clients and the rest denied', async () => {
    const latest = await expectAllowed(getDocs(latestInvoiceNumbersQuery(dbOf('admin'))));
    const numbers = latest.docs.map((d) => d.data().number);
    expect(numbers).toEqual([...numbers].sort().reverse());
    expect(numbers).toEqual(expect.arrayContaining(['INV-2002', 'INV-2001', 'INV-1010', 'INV-1001']));
    await expectAllowed(getDocs(latestInvoiceNumbersQuery(dbOf('staff'))));
    for (const key of OUTSIDE) await expectDenied(getDocs(latestInvoiceNumbersQuery(dbOf(key))));
  });

  it('who holds a number: the invoice under whichever client it is, nothing for a free one', async () => {
    const held = await expectAllowed(getDocs(invoicesNumberedQuery(dbOf('admin'), ['INV-2001', 'inv-2001'])));
    expect(held.docs.map((d) => d.ref.path)).toEqual([paths.invoice(GLOBEX, ids.globexInvoice)]);
    expect((await expectAllowed(getDocs(invoicesNumberedQuery(dbOf('staff'), ['INV-7777'])))).size).toBe(0);
    for (const key of OUTSIDE) await expectDenied(getDocs(invoicesNumberedQuery(dbOf(key), ['INV-1002'])));
  });
});
