/**
 * The console's bounded reads (issue 10), through the web app's own builders
 * (web/src/lib/dashboardRefs.ts): the search index, the rollups the dashboards read, the paged
 * task and project lists, and the counts — allowed to the roles whose pages run them, denied to
 * the others, each denial beside an allowed control. The list pages also return what they
 * promise (order, filters, the next page after a cursor, across companies).
 */
import { count, getAggregateFromServer, getCountFromServer, getDoc, getDocs, sum, type DocumentData, type Firestore, type Query } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { paths, rollupIds } from '@model';
import {
  billablesRollupsQuery,
  companiesInStatusQuery,
  consoleProjectCursor,
  consoleProjectsQuery,
  consoleTaskCursor,
  consoleTasksQuery,
  openTasksDueByQuery,
  openTasksOfQuery,
  overdueInvoicesQuery,
  projectByNameCursor,
  projectRollupRef,
  projectsByNameQuery,
  searchIndexQuery,
  teamWeekRollupRef,
  topClientRollupsQuery,
  monthRollupsQuery,
  type ConsoleTaskFilter,
} from '../web/src/lib/dashboardRefs';
import { pageQuery } from '../web/src/lib/refs';
import { ACME, GLOBEX, dbOf, type ActorKey } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { PAST, ids, put } from './support/fixtures';
import { useRulesEnv } from './support/harness';

useRulesEnv('consoleQueries');

const ANYONE: ConsoleTaskFilter = { companyId: null, projectId: null, assignee: null, status: 'open' };

/** What staff pages run (staff and admin allowed). */
const staffReads: [string, (db: Firestore) => Promise<unknown>, (readonly ActorKey[])?][] = [
  ['Search: the index, one kind, one token', (db) => getDocs(searchIndexQuery(db, 'task', 'home', 10))],
  ['Budget: a project rollup', (db) => getDoc(projectRollupRef(db, ACME, ids.project))],
  ['Budget: projects by name, a page after a cursor', (db) => getDocs(pageQuery(projectsByNameQuery(db, ['active', 'on_hold']), ['Website', paths.project(ACME, ids.project)], 21))],
  ['Workload: a team-week rollup', (db) => getDoc(teamWeekRollupRef(db, '2026-11-30'))],
  ['Workload: open tasks of a person, due this week (count)', (db) => getCountFromServer(openTasksOfQuery(db, 'u-sam', { kind: 'due', from: '2026-03-01', to: '2026-03-07' }))],
  ['Workload: unassigned open tasks (count)', (db) => getCountFromServer(openTasksOfQuery(db, null))],
  ['Tasks: a board column, every company', (db) => getDocs(pageQuery(consoleTasksQuery(db, { ...ANYONE, status: 'todo' }), null, 9))],
  // On Acme's own path: Acme's clients read their tasks anyway; another company's client may not.
  ['Tasks: a column of one company, project and assignee', (db) => getDocs(pageQuery(consoleTasksQuery(db, { companyId: ACME, projectId: ids.project, assignee: 'u-sam', status: 'in_progress' }), null, 9)), ['clientGlobex', 'billingAcme', 'noRole']],
  ['Tasks: the table after a cursor, every company', (db) => getDocs(pageQuery(consoleTasksQuery(db, { ...ANYONE, status: 'all' }), ['2026-03-01', paths.task(ACME, 't-brand')], 26))],
  ['Tasks: a column count', (db) => getCountFromServer(consoleTasksQuery(db, { ...ANYONE, assignee: 'none', status: 'done' }))],
  ['Projects: open projects, every company', (db) => getDocs(pageQuery(consoleProjectsQuery(db, { companyId: null, status: 'open' }), null, 16))],
  // progress bars: the project's rollup (tasks, done tasks), here one not written yet
  ['Projects: progress of a project (its rollup, not written yet)', (db) => getDoc(projectRollupRef(db, GLOBEX, 'p-no-rollup-yet'))],
  ['Overview: tasks due soon', (db) => getDocs(pageQuery(openTasksDueByQuery(db, '2026-03-08'), null, 8))],
  ['Overview: clients (count)', (db) => getCountFromServer(companiesInStatusQuery(db, ['client']))],
];

/** What admin-only pages run (revenue, billables): staff denied. */
const adminReads: [string, (db: Firestore) => Promise<unknown>][] = [
  ['Revenue: month rollups of the months shown', (db) => getDocs(monthRollupsQuery(db, '2026-06', '2026-11'))],
  ['Revenue: the top client rollups in a currency', (db) => getDocs(topClientRollupsQuery(db, 'USD', 5))],
  ['Billables: the billables rollups of a period', (db) => getDocs(billablesRollupsQuery(db, '2026-09', '2026-11'))],
];

/** Overdue invoices (revenue): invoices are staff-readable, so staff may run it too. */
const invoiceReads: [string, (db: Firestore) => Promise<unknown>, (readonly ActorKey[])?][] = [
  ['Revenue: overdue invoices, marked', (db) => getDocs(pageQuery(overdueInvoicesQuery(db, 'USD', 'marked', '2026-03-02'), null, 10))],
  ['Revenue: overdue totals (count, sum)', (db) =>
    getAggregateFromServer(overdueInvoicesQuery(db, 'USD', 'pastDue', '2026-03-02'), { count: count(), total: sum('total'), paid: sum('amountPaid') })],
];

const OUTSIDERS = ['clientAcme', 'previewAcme', 'workAcme', 'noRole'] as const satisfies readonly ActorKey[];

describe('staff pages: staff and admin allowed, clients and previews denied', () => {
  for (const [name, run, outsiders = OUTSIDERS] of [...staffReads, ...invoiceReads]) {
    it(`${name} (denied: ${outsiders.join(', ')})`, async () => {
      await put(`${paths.rollups()}/${rollupIds.team('2026-11-30')}`, { kind: 'team', weekStart: '2026-11-30', minutes: { 'u-sam': 600 }, updatedAt: PAST });
      await expectAllowed(run(dbOf('staff')));
      await expectAllowed(run(dbOf('admin')));
      for (const key of outsiders) await expectDenied(run(dbOf(key)));
    });
  }
});

describe('admin pages: admin allowed; staff, clients and previews denied', () => {
  for (const [name, run] of adminReads) {
    it(name, async () => {
      await expectAllowed(run(dbOf('admin')));
      await expectDenied(run(dbOf('staff')));
      for (const key of OUTSIDERS) await expectDenied(run(dbOf(key)));
    });
  }
  it('a staff list of rollups must filter on the kinds staff read (rules are not filters)', async () => {
    await expectDenied(getDocs(monthRollupsQuery(dbOf('staff'), '2026-01', '2026-12')));
    await expectAllowed(getDoc(teamWeekRollupRef(dbOf('staff'), '2026-11-30')));
    await expectDenied(getDoc(teamWeekRollupRef(dbOf('clientAcme'), '2026-11-30')));
  });
});

describe('what the console lists return (as staff)', () => {
  const db = () => dbOf('staff');
  const keys = async <T, D extends DocumentData>(q: Query<T, D>) =>
    (await expectAllowed(getDocs(q))).docs.map((d) => `${d.ref.parent.parent?.id}/${d.id}`);

  it('Tasks across companies: soonest due first, the document path breaking ties; the next page starts after the cursor', async () => {
    const open = consoleTasksQuery(db(), ANYONE);
    expect(await keys(open)).toEqual([`${ACME}/t-copy`, `${ACME}/t-brand`, `${ACME}/${ids.task}`, `${GLOBEX}/${ids.globexTask}`]);
    const first = await expectAllowed(getDocs(pageQuery(open, null, 2)));
    const cursor = consoleTaskCursor(ANYONE)(first.docs[1]!.data());
    expect(cursor).toEqual(['2026-03-01', paths.task(ACME, 't-brand')]);
    expect(await keys(pageQuery(open, cursor, 10))).toEqual([`${ACME}/${ids.task}`, `${GLOBEX}/${ids.globexTask}`]);
    expect(first.docs[0]!.data().companyId).toBe(ACME); // the company comes from the path
  });

  it('Tasks of one company page by id; filters run in the query', async () => {
    const acme: ConsoleTaskFilter = { ...ANYONE, companyId: ACME };
    const first = await expectAllowed(getDocs(pageQuery(consoleTasksQuery(db(), acme), null, 1)));
    expect(consoleTaskCursor(acme)(first.docs[0]!.data())).toEqual(['2026-02-20', 't-copy']);
    expect(await keys(pageQuery(consoleTasksQuery(db(), acme), ['2026-02-20', 't-copy'], 5))).toEqual([`${ACME}/t-brand`, `${ACME}/${ids.task}`]);
    expect(await keys(consoleTasksQuery(db(), { ...acme, status: 'done' }))).toEqual([`${ACME}/t-launch`]);
    expect(await keys(consoleTasksQuery(db(), { ...acme, projectId: 'p-brand', status: 'all' }))).toEqual([`${ACME}/t-brand`]);
    expect(await keys(consoleTasksQuery(db(), { ...ANYONE, assignee: 'none' }))).toEqual([]);
    expect((await expectAllowed(getCountFromServer(openTasksOfQuery(db(), 'u-sam')))).data().count).toBe(4);
    expect((await expectAllowed(getCountFromServer(openTasksOfQuery(db(), 'u-sam', { kind: 'overdue', today: '2026-03-01' })))).data().count).toBe(1);
  });

  it('Projects by name across companies, and the cursor for the next page', async () => {
    const all = await expectAllowed(getDocs(projectsByNameQuery(db(), null)));
    const names = all.docs.map((d) => d.data().name);
    expect(names).toEqual([...names].sort());
    const last = all.docs[0]!.data();
    expect(projectByNameCursor(last)).toEqual([last.name, paths.project(last.companyId, last.id)]);
    const open = await expectAllowed(getDocs(consoleProjectsQuery(db(), { companyId: null, status: 'open' })));
    expect(open.docs.every((d) => d.data().status !== 'completed')).toBe(true);
    const firstOpen = open.docs[0]!.data();
    expect(consoleProjectCursor({ companyId: null })(firstOpen)).toEqual([firstOpen.endDate, paths.project(firstOpen.companyId, firstOpen.id)]);
  });
});
