/**
 * The search index: entries follow companies, projects and tasks (written, renamed, deleted) through
 * the deployed triggers; a query is one array-contains on a token with a limit; the rebuild
 * writes exactly the entries the triggers keep.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/admin';
import { indexDocument } from '../../src/search/indexEntries';
import { rebuildAllSearchEntries, rebuildSearchIndexHandler } from '../../src/search/rebuildSearchIndex';
import { paths, searchEntryId, searchQueryToken, searchTokens, type SearchEntry, type Task } from '../../src/model';
import { eventually } from '../support/emulators';
import { admin, company, deps, project, refusal, staff, uid } from '../support/world';

const entry = async (id: string) => (await db.doc(`${paths.searchIndex()}/${id}`).get()).data() as SearchEntry | undefined;

describe('search index', () => {
  it('tokenizes words into prefixes, without accents or case', () => {
    expect(searchTokens('Café Déco')).toEqual(['c', 'ca', 'caf', 'cafe', 'd', 'de', 'dec', 'deco']);
    expect(searchQueryToken('  new HOMEPAGE ')).toBe('homepage');
    expect(searchQueryToken('—')).toBeNull();
  });

  it('keeps entries of companies, projects and tasks through the triggers, and carries a rename', async () => {
    const acme = await company('client', 'Zebulon Widgets');
    const projectId = await project(acme.companyId);
    const taskId = uid('t');
    const task: Omit<Task, 'createdAt' | 'updatedAt'> & Record<string, unknown> = {
      projectId,
      title: 'Quokka landing page',
      description: '',
      status: 'todo',
      priority: 'low',
      assignee: null,
      dueDate: '2026-12-31',
      deliverables: [],
      createdAt: Timestamp.now(),
      updatedAt: Timestamp.now(),
    };
    await db.doc(paths.task(acme.companyId, taskId)).set(task);

    const taskEntryId = searchEntryId('task', acme.companyId, taskId);
    await eventually(async () => entry(taskEntryId), 'the task entry');
    expect(await entry(taskEntryId)).toMatchObject({ kind: 'task', title: 'Quokka landing page', subtitle: 'Zebulon Widgets' });
    const found = await db.collection(paths.searchIndex()).where('kind', '==', 'task').where('tokens', 'array-contains', 'quok').limit(10).get();
    expect(found.docs.map((d) => d.id)).toContain(taskEntryId);
    expect(await entry(searchEntryId('company', acme.companyId, acme.companyId))).toMatchObject({ kind: 'company', title: 'Zebulon Widgets' });
    await eventually(async () => entry(searchEntryId('project', acme.companyId, projectId)), 'the project entry');

    // an edit that keeps the name reads none of the company's other entries (this one, made
    // stale by hand, stays so); a rename rewrites them all
    await db.doc(`${paths.searchIndex()}/${taskEntryId}`).update({ subtitle: 'Stale' });
    expect(await indexDocument(db, { kind: 'company', companyId: acme.companyId, docId: acme.companyId }, new Date())).toBe('written');
    expect((await entry(taskEntryId))?.subtitle).toBe('Stale');
    await db.doc(paths.company(acme.companyId)).update({ name: 'Yak Industries' });
    await eventually(async () => ((await entry(taskEntryId))?.subtitle === 'Yak Industries' ? true : undefined), 'the rename on the task entry');
    expect((await entry(taskEntryId))?.tokens).toContain('yak');

    await db.doc(paths.task(acme.companyId, taskId)).delete();
    await eventually(async () => ((await entry(taskEntryId)) === undefined ? true : undefined), 'the entry removed');
    // a redelivered delete changes nothing
    expect(await indexDocument(db, { kind: 'task', companyId: acme.companyId, docId: taskId }, new Date())).toBe('removed');
  });

  it('rebuilds exactly the entries the triggers keep, and removes orphans', async () => {
    const globex = await company('client', 'Orbital Kiwi');
    const projectId = await project(globex.companyId);
    const projectEntry = searchEntryId('project', globex.companyId, projectId);
    await eventually(async () => entry(projectEntry), 'the project entry');
    const before = await entry(projectEntry);
    const orphan = searchEntryId('task', globex.companyId, 'gone');
    await db.doc(`${paths.searchIndex()}/${orphan}`).set({ ...before, kind: 'task', docId: 'gone' });

    const result = await rebuildAllSearchEntries({ db, now: () => new Date() });

    expect(result.removed).toBeGreaterThanOrEqual(1);
    expect(await entry(orphan)).toBeUndefined();
    const { updatedAt: _a, ...rebuilt } = (await entry(projectEntry))!;
    const { updatedAt: _b, ...incremental } = before!;
    expect(rebuilt).toEqual(incremental);
  });

  it('rebuildSearchIndex is for admins only', async () => {
    expect((await refusal(rebuildSearchIndexHandler((await staff()).request({}), deps()))).code).toBe('permission-denied');
    await expect(rebuildSearchIndexHandler((await admin()).request({}), deps())).resolves.toMatchObject({ entries: expect.any(Number) });
  });
});
