/**
 * The console's pickers (issue 10), through the web app's own queries
 * (web/src/console/lib/pickerQueries.ts): companies, projects and tasks offered a few at a time
 * — by what is typed (the search index, a task's title) or the first few of a short ordered
 * query — and the chosen value's own document. Allowed to staff and admin, denied to the others,
 * each denial beside an allowed control; and each returns what the picker promises.
 */
import { getCountFromServer, getDoc, getDocs, type Firestore } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { paths, searchEntryId, searchTokens, type SearchEntry, type SearchKind } from '@model';
import { PICKER_SIZE, pickerQueries } from '../web/src/console/lib/pickerQueries';
import { consoleProjectsQuery, consoleTasksQuery } from '../web/src/lib/dashboardRefs';
import { companyRef, pageQuery, projectRef, taskRef } from '../web/src/lib/refs';
import { ACME, GLOBEX, dbOf, type ActorKey } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { PAST, ids, put } from './support/fixtures';
import { useRulesEnv } from './support/harness';

useRulesEnv('consolePickerQueries');

/** Everyone but staff and admin who must not run a console picker's query. */
const OUTSIDERS = ['anonymous', 'noRole', 'clientAcme', 'clientGlobex', 'workAcme', 'billingAcme', 'previewAcme'] as const satisfies readonly ActorKey[];
/** On Acme's own path: Acme's clients (and a preview of Acme) read these anyway; the others may not. */
const ACME_OUTSIDERS = ['anonymous', 'noRole', 'clientGlobex', 'billingAcme'] as const satisfies readonly ActorKey[];

const reads: [string, (db: Firestore) => Promise<unknown>, readonly ActorKey[]][] = [
  ['Company picker: the first companies by name', (db) => getDocs(pickerQueries.companies(db)), OUTSIDERS],
  ['Company picker: companies matching what is typed (index)', (db) => getDocs(pickerQueries.companiesMatching(db, 'acm')), OUTSIDERS],
  ['Company picker: the chosen company', (db) => getDoc(companyRef(db, GLOBEX)), ['anonymous', 'noRole', 'clientAcme', 'previewAcme']],
  ['Project picker: one company’s latest projects', (db) => getDocs(pickerQueries.projectsOf(db, ACME)), ACME_OUTSIDERS],
  ['Project picker: open projects of every company (collection group)', (db) => getDocs(pickerQueries.openProjects(db)), OUTSIDERS],
  ['Project picker: a company’s projects matching what is typed (index)', (db) => getDocs(pickerQueries.projectsMatching(db, ACME, 'web')), OUTSIDERS],
  ['Project picker: any company’s projects matching what is typed (index)', (db) => getDocs(pickerQueries.projectsMatching(db, null, 'web')), OUTSIDERS],
  ['Project picker: the chosen project', (db) => getDoc(projectRef(db, ACME, ids.project)), ACME_OUTSIDERS],
  ['Task picker: a project’s tasks due soonest', (db) => getDocs(pickerQueries.tasksOf(db, ACME, ids.project)), ACME_OUTSIDERS],
  ['Task picker: a project’s tasks titled with what is typed', (db) => getDocs(pickerQueries.tasksTitled(db, ACME, ids.project, 'Home')), ACME_OUTSIDERS],
  ['Task picker: the chosen task', (db) => getDoc(taskRef(db, ACME, ids.task)), ACME_OUTSIDERS],
  // The pages that no longer read every task or project of a company (tasks/lists.ts, projects/lists.ts).
  ['Project page: a board column of the project', (db) => getDocs(pageQuery(consoleTasksQuery(db, { companyId: ACME, projectId: ids.project, assignee: null, status: 'todo' }), null, 9)), ACME_OUTSIDERS],
  ['Project page: the table of the project, after a cursor', (db) => getDocs(pageQuery(consoleTasksQuery(db, { companyId: ACME, projectId: ids.project, assignee: null, status: 'all' }), ['2026-02-20', 't-copy'], 26)), ACME_OUTSIDERS],
  ['Company record: a page of the company’s projects', (db) => getDocs(pageQuery(consoleProjectsQuery(db, { companyId: ACME, status: 'all' }), null, 16)), ACME_OUTSIDERS],
  ['Company record: the company’s projects (count)', (db) => getCountFromServer(consoleProjectsQuery(db, { companyId: ACME, status: 'all' })), ACME_OUTSIDERS],
];

describe('console pickers: staff and admin allowed, the others denied', () => {
  for (const [name, run, outsiders] of reads) {
    it(`${name} (denied: ${outsiders.join(', ')})`, async () => {
      await expectAllowed(run(dbOf('staff')));
      await expectAllowed(run(dbOf('admin')));
      for (const key of outsiders) await expectDenied(run(dbOf(key)));
    });
  }

  it('another company’s project and task pickers are denied to a client, while their own company’s are allowed', async () => {
    await expectAllowed(getDocs(pickerQueries.tasksOf(dbOf('clientAcme'), ACME, ids.project)));
    await expectDenied(getDocs(pickerQueries.tasksOf(dbOf('clientAcme'), GLOBEX, ids.globexProject)));
    await expectAllowed(getDocs(pickerQueries.projectsOf(dbOf('clientGlobex'), GLOBEX)));
    await expectDenied(getDocs(pickerQueries.projectsOf(dbOf('clientGlobex'), ACME)));
  });
});

/** An index entry as functions/src/search writes it. */
async function indexed(kind: SearchKind, companyId: string, docId: string, title: string, subtitle: string) {
  const entry: SearchEntry = { kind, companyId, docId, title, subtitle, tokens: searchTokens(title, subtitle), updatedAt: PAST };
  await put(`${paths.searchIndex()}/${searchEntryId(kind, companyId, docId)}`, entry);
}

describe('what the pickers return (as staff)', () => {
  const db = () => dbOf('staff');

  it('asks for PICKER_SIZE at most', async () => {
    for (let i = 0; i < PICKER_SIZE + 3; i += 1) await indexed('company', `co-${i}`, `co-${i}`, `Webco ${i}`, '');
    expect((await expectAllowed(getDocs(pickerQueries.companiesMatching(db(), 'webco')))).size).toBe(PICKER_SIZE);
    expect((await expectAllowed(getDocs(pickerQueries.companies(db())))).size).toBeLessThanOrEqual(PICKER_SIZE);
  });

  it('a company’s project search keeps to that company; the search across companies does not', async () => {
    await indexed('project', ACME, ids.project, 'Website Redesign', 'Acme Corp');
    await indexed('project', GLOBEX, 'p-web', 'Web Portal', 'Globex');
    await indexed('task', ACME, ids.task, 'Website copy', 'Acme Corp');
    const inAcme = await expectAllowed(getDocs(pickerQueries.projectsMatching(db(), ACME, 'web')));
    expect(inAcme.docs.map((d) => d.data().docId)).toEqual([ids.project]);
    const anywhere = await expectAllowed(getDocs(pickerQueries.projectsMatching(db(), null, 'web')));
    expect(anywhere.docs.map((d) => `${d.data().companyId}/${d.data().docId}`).sort()).toEqual([`${ACME}/${ids.project}`, `${GLOBEX}/p-web`]);
  });

  it('open projects across companies by name carry their company; completed ones are left out', async () => {
    await put(paths.project(GLOBEX, 'p-old'), { ...(await getDoc(projectRef(db(), GLOBEX, ids.globexProject))).data(), name: 'Archive', status: 'completed' });
    const open = await expectAllowed(getDocs(pickerQueries.openProjects(db())));
    const names = open.docs.map((d) => d.data().name);
    expect(names).toEqual([...names].sort());
    expect(names).not.toContain('Archive');
    expect(open.docs.map((d) => d.data().companyId)).toContain(GLOBEX);
  });

  it('a project’s tasks by title prefix (case as typed), only that project’s', async () => {
    const titled = async (prefix: string) => (await expectAllowed(getDocs(pickerQueries.tasksTitled(db(), ACME, ids.project, prefix)))).docs.map((d) => d.data().title);
    expect(await titled('Home')).toEqual(['Homepage copy', 'Homepage hero']);
    expect(await titled('Homepage h')).toEqual(['Homepage hero']);
    expect(await titled('home')).toEqual([]);
    expect(await titled('Mood')).toEqual([]); // Moodboard is Brand Refresh's
    const first = await expectAllowed(getDocs(pickerQueries.tasksOf(db(), ACME, ids.project)));
    expect(first.docs.every((d) => d.data().projectId === ids.project)).toBe(true);
  });
});
