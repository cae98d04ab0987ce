/**
 * The console's ledgers, bounded (issue 10): the Time and Expenses pages' reads through the web
 * app's own builders (web/src/lib/ledgerRefs.ts, dashboardRefs.ts) — a week of time entries a
 * page at a time, the week's rollups (one person's, the team's: the day and billable totals), expenses newest first with their filters, the expense totals per
 * currency. DESIGN §4: staff and admins read every time entry and expense (staff are not limited
 * to their own time: the Time page's "Everyone" view is theirs too); clients, previews and
 * people without a role read none. Each denial sits beside an allowed control, and the lists
 * return what the pages promise (order, filters, the page after a cursor, the totals).
 */
import { count, getAggregateFromServer, getCountFromServer, getDoc, getDocs, sum, type DocumentData, type Firestore, type Query } from 'firebase/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { paths, rollupIds } from '@model';
import { teamWeekRollupRef, weekRollupRef } from '../web/src/lib/dashboardRefs';
import {
  clientBillableTimeQuery,
  clientExpensesQuery,
  expenseCursor,
  expensesListQuery,
  expenseTotalsQuery,
  timeEntriesListQuery,
  timeEntryCursor,
  type ExpenseFilter,
  type TimeEntryFilter,
} from '../web/src/lib/ledgerRefs';
import { pageQuery } from '../web/src/lib/refs';
import { ACME, ACTORS, GLOBEX, dbOf, uidOf, type ActorKey } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { build, ids, put } from './support/fixtures';
import { useRulesEnv } from './support/harness';

useRulesEnv('consoleLedgerQueries');

const SAM = uidOf(ACTORS.staff)!;
const LEE = ids.otherStaffUid;
const MONDAY = '2026-11-30';
const SUNDAY = '2026-12-06';
const samWeek: TimeEntryFilter = { uid: SAM, from: MONDAY, to: SUNDAY };
const everyoneWeek: TimeEntryFilter = { uid: null, from: MONDAY, to: SUNDAY };
const ALL_EXPENSES: ExpenseFilter = { companyId: null, category: null };

beforeAll(async () => {
  const entry = (id: string, uid: string, date: string, minutes: number, billable: boolean) =>
    put(`${paths.timeEntries()}/${id}`, { ...build.timeEntry(uid), date, minutes, billable });
  await entry('te-w1', SAM, '2026-12-01', 60, true);
  await entry('te-w2', SAM, '2026-12-01', 30, false);
  await entry('te-w3', SAM, '2026-12-03', 120, true);
  await entry('te-w4', LEE, '2026-12-02', 45, true);
  await entry('te-old', SAM, '2026-11-20', 240, true);
  const expense = (id: string, companyId: string, category: string, date: string, amount: number, currency: string) =>
    put(`${paths.expenses()}/${id}`, { ...build.expense(SAM), companyId, projectId: null, category, date, amount, currency });
  await expense('ex-a', ACME, 'travel', '2026-11-05', 10_000, 'USD');
  await expense('ex-b', GLOBEX, 'software', '2026-11-20', 2_500, 'EUR');
  await expense('ex-c', ACME, 'software', '2026-11-20', 1_000, 'USD');
});

/** What the Time and Expenses pages run: staff and admin allowed. */
const ledgerReads: [string, (db: Firestore) => Promise<unknown>][] = [
  ['Time: one person\'s week, the first page', (db) => getDocs(pageQuery(timeEntriesListQuery(db, samWeek), null, 21))],
  ['Time: one person\'s week, the page after a cursor', (db) => getDocs(pageQuery(timeEntriesListQuery(db, samWeek), ['2026-12-01', 'te-w2'], 21))],
  ['Time: everyone\'s week (staff read all time, not only their own)', (db) => getDocs(pageQuery(timeEntriesListQuery(db, everyoneWeek), null, 21))],
  ['Time: another person\'s week', (db) => getDocs(pageQuery(timeEntriesListQuery(db, { ...samWeek, uid: LEE }), null, 21))],
  ['Time: a person\'s week totals (their week rollup)', (db) => getDoc(weekRollupRef(db, SAM, MONDAY))],
  ['Time: another person\'s week totals', (db) => getDoc(weekRollupRef(db, LEE, MONDAY))],
  ['Time: everyone\'s week totals (the team-week rollup)', (db) => getDoc(teamWeekRollupRef(db, MONDAY))],
  ['Expenses: newest first, the first page', (db) => getDocs(pageQuery(expensesListQuery(db, ALL_EXPENSES), null, 21))],
  ['Expenses: one client and category, after a cursor', (db) => getDocs(pageQuery(expensesListQuery(db, { companyId: ACME, category: 'software' }), ['2026-11-20', 'ex-c'], 21))],
  ['Expenses: one category', (db) => getDocs(pageQuery(expensesListQuery(db, { companyId: null, category: 'travel' }), null, 21))],
  ['Expenses: totals in a currency (count, sum)', (db) => getAggregateFromServer(expenseTotalsQuery(db, ALL_EXPENSES, 'USD'), { n: count(), amount: sum('amount') })],
  ['Expenses: a client\'s month in a currency (sum)', (db) => getAggregateFromServer(expenseTotalsQuery(db, { companyId: ACME, category: null }, 'USD', '2026-11-01', '2026-11-30'), { amount: sum('amount') })],
  ['Invoice editor: a client\'s billable time in a period', (db) => getDocs(clientBillableTimeQuery(db, ACME, '2026-11-01', '2026-12-31'))],
  ['Invoice editor: a client\'s expenses in a period', (db) => getDocs(clientExpensesQuery(db, ACME, '2026-11-01', '2026-11-30'))],
  ['Expenses: a client\'s category in a currency (sum)', (db) => getAggregateFromServer(expenseTotalsQuery(db, { companyId: ACME, category: 'software' }, 'USD'), { amount: sum('amount') })],
];

/** Clients of any scope (their own company's entries included), previews, no role, signed out. */
const OUTSIDERS = ['clientAcme', 'clientGlobex', 'workAcme', 'billingAcme', 'previewAcme', 'noRole', 'anonymous'] as const satisfies readonly ActorKey[];

describe('the Time and Expenses pages: staff and admin allowed; clients, previews and no role denied', () => {
  for (const [name, run] of ledgerReads) {
    it(`${name} (denied: ${OUTSIDERS.join(', ')})`, async () => {
      await expectAllowed(run(dbOf('staff')));
      await expectAllowed(run(dbOf('admin')));
      for (const key of OUTSIDERS) await expectDenied(run(dbOf(key)));
    });
  }

  it("the invoice editor reads one client's billables of the period, newest first — not the agency's history", async () => {
    const time = await expectAllowed(getDocs(clientBillableTimeQuery(dbOf('staff'), ACME, '2026-11-15', '2026-12-02')));
    const entries = time.docs.map((d) => d.data());
    expect(entries.map((e) => e.id)).toEqual(expect.arrayContaining(['te-w1', 'te-w4', 'te-old']));
    expect(entries.map((e) => e.id)).not.toContain('te-w2'); // not billable
    expect(entries.map((e) => e.id)).not.toContain('te-w3'); // after the period
    expect(entries.every((e) => e.companyId === ACME && e.billable && e.date >= '2026-11-15' && e.date <= '2026-12-02')).toBe(true);
    expect(entries.map((e) => e.date)).toEqual([...entries.map((e) => e.date)].sort().reverse());
    const spent = await expectAllowed(getDocs(clientExpensesQuery(dbOf('staff'), ACME, '2026-11-01', '2026-11-30')));
    const ids = spent.docs.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(['ex-a', 'ex-c']));
    expect(ids).not.toContain('ex-b'); // Globex's
    expect(spent.docs.every((d) => d.data().companyId === ACME)).toBe(true);
    await expectDenied(getDocs(clientExpensesQuery(dbOf('clientAcme'), ACME, '2026-11-01', '2026-11-30')));
  });

  it("a client filtering on their own company's expenses is still denied (control: staff, same query)", async () => {
    const acme = expensesListQuery(dbOf('clientAcme'), { companyId: ACME, category: null });
    await expectDenied(getDocs(acme));
    await expectAllowed(getDocs(expensesListQuery(dbOf('staff'), { companyId: ACME, category: null })));
    await expectDenied(getCountFromServer(expenseTotalsQuery(dbOf('clientAcme'), { companyId: ACME, category: null }, 'USD')));
  });

  it('a week rollup not written yet: admin and staff read "missing" (the id names a staff kind); a client is denied', async () => {
    const empty = '2020-01-06';
    expect((await expectAllowed(getDoc(weekRollupRef(dbOf('admin'), SAM, empty)))).exists()).toBe(false);
    expect((await expectAllowed(getDoc(weekRollupRef(dbOf('staff'), SAM, empty)))).exists()).toBe(false);
    await expectDenied(getDoc(weekRollupRef(dbOf('clientAcme'), SAM, empty)));
    // control: an existing week rollup, staff allowed
    await put(`${paths.rollups()}/${rollupIds.week(SAM, MONDAY)}`, { ...build.weekRollup(), weekStart: MONDAY });
    await expectAllowed(getDoc(weekRollupRef(dbOf('staff'), SAM, MONDAY)));
  });
});

describe('what the ledgers return (as staff)', () => {
  const db = () => dbOf('staff');
  const idsOf = async <T, D extends DocumentData>(q: Query<T, D>) => (await expectAllowed(getDocs(q))).docs.map((d) => d.id);

  it("Time: a person's week, newest day first, the id breaking ties; the next page starts after the cursor", async () => {
    expect(await idsOf(timeEntriesListQuery(db(), samWeek))).toEqual(['te-w3', 'te-w2', 'te-w1']);
    const first = await expectAllowed(getDocs(pageQuery(timeEntriesListQuery(db(), samWeek), null, 2)));
    const cursor = timeEntryCursor(first.docs[1]!.data());
    expect(cursor).toEqual(['2026-12-01', 'te-w2']);
    expect(await idsOf(pageQuery(timeEntriesListQuery(db(), samWeek), cursor, 10))).toEqual(['te-w1']);
    expect(await idsOf(timeEntriesListQuery(db(), everyoneWeek))).toEqual(['te-w3', 'te-w4', 'te-w2', 'te-w1']);
    // the period bounds the list: the older entry and the base ones (February) are not in it
    expect(await idsOf(timeEntriesListQuery(db(), { uid: SAM, from: null, to: null }))).toEqual(['te-w3', 'te-w2', 'te-w1', 'te-old', ids.timeEntry]);
  });

  it("Time: the week's totals are the rollups' (a person's days and billable time, the team's days)", async () => {
    await put(`${paths.rollups()}/${rollupIds.week(LEE, MONDAY)}`, { ...build.weekRollup(), uid: LEE, weekStart: MONDAY, minutes: 45, billableMinutes: 45, days: { '2026-12-02': 45 } });
    await put(`${paths.rollups()}/${rollupIds.team(MONDAY)}`, { kind: 'team', weekStart: MONDAY, minutes: { [SAM]: 210, [LEE]: 45 }, days: { '2026-12-01': 90, '2026-12-02': 45, '2026-12-03': 120 }, updatedAt: build.weekRollup().updatedAt });
    const lee = (await expectAllowed(getDoc(weekRollupRef(db(), LEE, MONDAY)))).data();
    expect(lee).toMatchObject({ kind: 'week', uid: LEE, minutes: 45, billableMinutes: 45, days: { '2026-12-02': 45 } });
    const team = (await expectAllowed(getDoc(teamWeekRollupRef(db(), MONDAY)))).data();
    expect(team).toMatchObject({ kind: 'team', days: { '2026-12-01': 90, '2026-12-02': 45, '2026-12-03': 120 } });
    // a week nobody logged time in: the team rollup is missing, and staff may learn that
    expect((await expectAllowed(getDoc(teamWeekRollupRef(db(), '2020-01-06')))).exists()).toBe(false);
    await expectDenied(getDoc(teamWeekRollupRef(dbOf('clientAcme'), '2020-01-06')));
  });

  it('Expenses: newest first, filters in the query, the page after a cursor', async () => {
    expect(await idsOf(expensesListQuery(db(), ALL_EXPENSES))).toEqual(['ex-c', 'ex-b', 'ex-a', ids.expense]);
    expect(await idsOf(expensesListQuery(db(), { companyId: ACME, category: null }))).toEqual(['ex-c', 'ex-a', ids.expense]);
    expect(await idsOf(expensesListQuery(db(), { companyId: ACME, category: 'software' }))).toEqual(['ex-c', ids.expense]);
    expect(await idsOf(expensesListQuery(db(), { companyId: null, category: 'software' }))).toEqual(['ex-c', 'ex-b', ids.expense]);
    const first = await expectAllowed(getDocs(pageQuery(expensesListQuery(db(), ALL_EXPENSES), null, 2)));
    const cursor = expenseCursor(first.docs[1]!.data());
    expect(cursor).toEqual(['2026-11-20', 'ex-b']);
    expect(await idsOf(pageQuery(expensesListQuery(db(), ALL_EXPENSES), cursor, 10))).toEqual(['ex-a', ids.expense]);
  });

  it('Expenses: totals per currency, of a client, a month, a category', async () => {
    const usd = await expectAllowed(getAggregateFromServer(expenseTotalsQuery(db(), ALL_EXPENSES, 'USD'), { n: count(), amount: sum('amount') }));
    expect(usd.data()).toEqual({ n: 3, amount: 15_900 });
    const amount = async (q: ReturnType<typeof expenseTotalsQuery>) => (await expectAllowed(getAggregateFromServer(q, { a: sum('amount') }))).data().a;
    expect(await amount(expenseTotalsQuery(db(), ALL_EXPENSES, 'EUR'))).toBe(2_500);
    expect(await amount(expenseTotalsQuery(db(), { companyId: ACME, category: null }, 'USD', '2026-11-01', '2026-11-30'))).toBe(11_000);
    expect(await amount(expenseTotalsQuery(db(), { companyId: ACME, category: 'software' }, 'USD'))).toBe(5_900);
    expect(await amount(expenseTotalsQuery(db(), { companyId: GLOBEX, category: null }, 'USD'))).toBe(0);
  });
});
