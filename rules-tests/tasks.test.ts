/** companies/{c}/tasks/{t} (DESIGN §4): the company's client reads; staff write, validated. */
import { Timestamp, arrayRemove, arrayUnion, collection, doc, getDoc, getDocs, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { LIMITS, notesPath, paths, repliesPath, type ThreadParent } from '@model';
import { deleteThread } from '../web/src/console/lib/deleteThread';
import { deleteProject } from '../web/src/console/projects/writes';
import { deleteTask } from '../web/src/console/tasks/writes';
import { ACME, ACTORS, dbOf } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { PAST, build, put, storedNoteBy, storedReplyBy, storedTask } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/tasks';
import { runMatrix } from './support/matrix';

useRulesEnv('tasks');

/** New deliverables one write may add (firestore.rules areDeliverables). */
const DELIVERABLES_PER_WRITE = 10;

runMatrix(rows);

describe('field escalation', () => {
  const task = paths.task(ACME, 't-escalation');
  const staffUpdate = (change: object) => updateDoc(doc(dbOf('staff'), task), { ...change, updatedAt: serverTimestamp() });

  it('a client cannot change the status of a task (control: staff)', async () => {
    await put(task, storedTask('in_progress'));
    await expectDenied(updateDoc(doc(dbOf('clientAcme'), task), { status: 'done', updatedAt: serverTimestamp() }));
    await expectAllowed(staffUpdate({ status: 'done' }));
  });

  it('a client cannot change the assignee of a task (control: staff)', async () => {
    await put(task, storedTask('in_progress'));
    const assignee = { uid: 'u-carol', displayName: 'Carol Client' };
    await expectDenied(updateDoc(doc(dbOf('clientAcme'), task), { assignee, updatedAt: serverTimestamp() }));
    await expectDenied(updateDoc(doc(dbOf('clientAcme'), task), { assignee: null, updatedAt: serverTimestamp() }));
    await expectAllowed(staffUpdate({ assignee: null }));
  });

  it('a preview cannot change a task either (control: staff)', async () => {
    await put(task, storedTask('in_progress'));
    await expectDenied(updateDoc(doc(dbOf('previewAcme'), task), { status: 'done', updatedAt: serverTimestamp() }));
    await expectAllowed(staffUpdate({ status: 'in_review' }));
  });

  const invalid: [string, object][] = [
    ['a status outside the enum', { status: 'blocked' }],
    ['a priority outside the enum', { priority: 'critical' }],
    ['an extra key', { budgetHours: 12 }],
    ['a 201-character title', { title: 'x'.repeat(201) }],
    ['an empty title', { title: '' }],
    ['a 20001-character description', { description: 'x'.repeat(20001) }],
    ['a due date that is not YYYY-MM-DD', { dueDate: '03/01/2026' }],
    ['an assignee without a displayName', { assignee: { uid: 'u-sam' } }],
    ['an assignee with an extra key', { assignee: { uid: 'u-sam', displayName: 'Sam', rate: 1 } }],
    ['a projectId with a slash', { projectId: 'p/1' }],
    ['51 deliverables', { deliverables: Array.from({ length: 51 }, (_, i) => ({ name: `d${i}` })) }],
  ];
  for (const [label, change] of invalid) {
    it(`staff cannot save a task with ${label} (control: valid update)`, async () => {
      await put(task, storedTask('in_progress'));
      await expectAllowed(staffUpdate({ status: 'in_review' }));
      await expectDenied(staffUpdate(change));
    });
  }

  describe(`deliverables, one by one (LIMITS.deliverables ${LIMITS.deliverables}; the rules check at most ${DELIVERABLES_PER_WRITE} new ones per write)`, () => {
    // the console's link (web/src/console/tasks/writes.ts addDeliverableLink), the seed's file link, a stored file
    const link = (i: number) => ({ name: `Mockup ${i}`, url: `https://www.figma.com/file/${i}`, size: 0, contentType: 'text/uri-list', addedAt: PAST });
    const file = (i: number) => ({ name: `Sitemap ${i} (PDF)`, url: `https://docs.example.com/${i}.pdf`, size: 184000, contentType: 'application/pdf', addedAt: PAST });
    const stored = (i: number) => ({ name: `Export ${i}`, storagePath: `companies/acme/tasks/t-1/${i}.zip`, size: 1024, contentType: 'application/zip', addedAt: PAST });
    const entry = (i: number) => (i % 3 === 0 ? link(i) : i % 3 === 1 ? file(i) : stored(i));
    const list = (n: number, bad?: { at: number; entry: unknown }) =>
      Array.from({ length: n }, (_, i) => (bad && bad.at === i ? bad.entry : entry(i)));
    const consoleLink = (i: number) => ({ name: `Link ${i}`, url: `https://www.figma.com/file/acme-${i}`, size: 0, contentType: 'text/uri-list', addedAt: Timestamp.now() });

    it(`${LIMITS.deliverables} deliverables added one by one, as the console does (arrayUnion with Timestamp.now()): allowed; the ${LIMITS.deliverables + 1}th: denied`, async () => {
      await put(task, storedTask('in_progress'));
      for (let i = 0; i < LIMITS.deliverables; i++) await expectAllowed(staffUpdate({ deliverables: arrayUnion(consoleLink(i)) }));
      await expectDenied(staffUpdate({ deliverables: arrayUnion(consoleLink(LIMITS.deliverables)) }));
    });
    it("the console's remove (arrayRemove of the entry as read): allowed", async () => {
      await put(task, { ...storedTask('in_progress'), deliverables: list(LIMITS.deliverables) });
      await expectAllowed(staffUpdate({ deliverables: arrayRemove(entry(LIMITS.deliverables - 1)) }));
    });
    it(`${DELIVERABLES_PER_WRITE} new deliverables in one write: allowed; ${DELIVERABLES_PER_WRITE + 1}: denied`, async () => {
      await put(task, storedTask('in_progress'));
      await expectAllowed(staffUpdate({ deliverables: list(DELIVERABLES_PER_WRITE) }));
      await put(task, storedTask('in_progress'));
      await expectDenied(staffUpdate({ deliverables: list(DELIVERABLES_PER_WRITE + 1) }));
    });
    const badEntries: [string, unknown][] = [
      ['with an http:// link', { ...link(0), url: 'http://www.figma.com/file/1' }],
      ['with a javascript: link', { ...link(0), url: 'javascript:alert(1)' }],
      ['with a link containing a space', { ...link(0), url: 'https://x.test/a b' }],
      // a line break inside a field must not move the fields after it (the red team's probes)
      ['with an http link behind a line break in contentType', { ...link(0), contentType: 'x\n5\n', url: 'http://evil.test/login' }],
      ['with a javascript: link behind a line break in contentType', { ...link(0), contentType: 'text/html\n0\n', url: 'javascript:alert(1)' }],
      ['with an http link behind line breaks in its name', { ...link(0), name: 'Invoice\nx\n1\n', url: 'http://evil.test/pay' }],
      ['with a negative size and an extra key behind a line break', { name: 'x', contentType: 'a\n1\n', size: -5, addedAt: PAST, internalCost: 'USD 12000' }],
      ['with both url and storagePath', { ...link(0), storagePath: 'companies/acme/x.zip' }],
      ['with neither url nor storagePath (an extra key instead)', { name: 'x', size: 0, contentType: 'text/plain', addedAt: PAST, internal: true }],
      ['with an extra key', { ...link(0), internal: true }],
      ['with a negative size', { ...file(0), size: -1 }],
      ['with a fractional size', { ...file(0), size: 1.5 }],
      ['with size as a string', { ...file(0), size: '184000' }],
      ['with addedAt as a string', { ...link(0), addedAt: '2026-01-15' }],
      ['without a name', { url: 'https://x.test', size: 0, contentType: 'text/uri-list', addedAt: PAST, storagePath: 'a' }],
      ['with a 201-character name', { ...link(0), name: 'x'.repeat(201) }],
      ['that is a string', 'https://x.test'],
    ];
    for (const [label, bad] of badEntries) {
      for (const at of [LIMITS.deliverables - 1, LIMITS.deliverables / 2]) {
        it(`a deliverable ${label} at index ${at} of ${LIMITS.deliverables}: denied (control: a valid one there)`, async () => {
          await put(task, { ...storedTask('in_progress'), deliverables: list(LIMITS.deliverables) });
          await expectDenied(staffUpdate({ deliverables: list(LIMITS.deliverables, { at, entry: bad }) }));
          await expectAllowed(staffUpdate({ deliverables: list(LIMITS.deliverables, { at, entry: link(1000) }) }));
        });
      }
    }
    it('an uploaded file whose storage path holds a line break: denied (control: the same path without it)', async () => {
      const stored = (storagePath: string) => ({ name: 'Brand kit', contentType: 'application/zip', size: 2048, addedAt: PAST, storagePath });
      await put(task, { ...storedTask('in_progress'), deliverables: [] });
      await expectDenied(staffUpdate({ deliverables: [stored('companies/acme/tasks/t/kit\n.zip')] }));
      await expectAllowed(staffUpdate({ deliverables: [stored('companies/acme/tasks/t/kit.zip')] }));
    });
  });

  it('staff cannot change createdAt (control: same update without it)', async () => {
    await put(task, storedTask('in_progress'));
    await expectDenied(staffUpdate({ createdAt: PAST }));
    await expectAllowed(staffUpdate({ title: 'Hero v2' }));
  });

  it('staff must stamp updatedAt with request.time (control: serverTimestamp)', async () => {
    await put(task, storedTask('in_progress'));
    await expectDenied(updateDoc(doc(dbOf('staff'), task), { status: 'done' }));
    await expectDenied(updateDoc(doc(dbOf('staff'), task), { status: 'done', updatedAt: PAST }));
    await expectAllowed(staffUpdate({ status: 'done' }));
  });

  it('staff cannot create a task with a back-dated createdAt (control: request.time)', async () => {
    await expectDenied(setDoc(doc(dbOf('staff'), paths.task(ACME, 't-backdated')), build.task('todo', PAST)));
    await expectAllowed(setDoc(doc(dbOf('staff'), paths.task(ACME, 't-now')), build.task('todo')));
  });
});

describe("the console's deletes take the thread with them (Firestore keeps subcollections)", () => {
  const thread = async (parent: ThreadParent, size: number) => {
    for (let i = 0; i < size; i++) {
      await put(`${repliesPath(parent)}/r${i}`, storedReplyBy(ACTORS.staff, `Reply ${i}`));
      await put(`${notesPath(parent)}/n${i}`, storedNoteBy(ACTORS.staff, `Note ${i}`));
    }
  };
  const left = async (parent: ThreadParent) =>
    (await getDocs(collection(dbOf('staff'), repliesPath(parent)))).size + (await getDocs(collection(dbOf('staff'), notesPath(parent)))).size;

  it('deleteThread pages through Replies and Notes until none is left', async () => {
    const parent: ThreadParent = { kind: 'task', companyId: ACME, taskId: 't-long-thread' };
    await put(paths.task(ACME, 't-long-thread'), storedTask('todo'));
    await thread(parent, 5);
    expect(await left(parent)).toBe(10);
    await expectAllowed(deleteThread(dbOf('staff'), parent, 2));
    expect(await left(parent)).toBe(0);
  });

  const deletes = [
    {
      what: 'deleteTask removes the task, its Replies and its Notes',
      parent: { kind: 'task', companyId: ACME, taskId: 't-doomed' } as ThreadParent,
      seed: () => put(paths.task(ACME, 't-doomed'), storedTask('todo')),
      run: (key: 'clientAcme' | 'staff') => deleteTask(dbOf(key), ACME, 't-doomed'),
      gone: [paths.task(ACME, 't-doomed')],
    },
    {
      what: 'deleteProject removes the project, its finance record, its Replies and its Notes',
      parent: { kind: 'project', companyId: ACME, projectId: 'p-doomed' } as ThreadParent,
      seed: async () => {
        await put(paths.project(ACME, 'p-doomed'), build.project());
        await put(paths.projectFinance(ACME, 'p-doomed'), build.finance());
      },
      run: (key: 'clientAcme' | 'staff') => deleteProject(dbOf(key), ACME, 'p-doomed'),
      gone: [paths.project(ACME, 'p-doomed'), paths.projectFinance(ACME, 'p-doomed')],
    },
  ];
  for (const { what, parent, seed, run, gone } of deletes) {
    it(`${what}; a client cannot (control: staff)`, async () => {
      await seed();
      await thread(parent, 2);
      await expectDenied(run('clientAcme'));
      expect(await left(parent)).toBe(4);
      await expectAllowed(run('staff'));
      expect(await left(parent)).toBe(0);
      for (const path of gone) expect((await getDoc(doc(dbOf('staff'), path))).exists()).toBe(false);
    });
  }
});
