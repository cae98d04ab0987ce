/** companies/{c}/tasks/{t} (DESIGN §4): the company's client reads; staff write, validated. */
import { collection, doc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { paths } from '@model';
import { ACME, dbOf } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { PAST, build, ids, put, storedTask } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { ACME_READERS, STAFF, runMatrix, type MatrixRow } from './support/matrix';

useRulesEnv('tasks');

const rows: MatrixRow[] = [
  {
    name: 'companies/{c}/tasks/{t}',
    get: { path: () => paths.task(ACME, ids.task) },
    list: { query: (db) => collection(db, paths.tasks(ACME)) },
    create: { path: (_a, tag) => paths.task(ACME, tag), data: () => build.task() },
    update: {
      path: (_a, tag) => paths.task(ACME, tag),
      existing: () => storedTask(),
      data: () => ({ status: 'in_review', updatedAt: serverTimestamp() }),
    },
    delete: { path: (_a, tag) => paths.task(ACME, tag), existing: () => storedTask() },
    allow: { get: ACME_READERS, list: ACME_READERS, create: STAFF, update: STAFF, delete: STAFF },
  },
];

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
