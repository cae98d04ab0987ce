/** Internal Notes on projects and tasks (DESIGN §4): staff only, never readable by a client. */
import { collection, doc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { notesPath, repliesPath, type ThreadParent } from '@model';
import { replyToNote } from '../web/src/console/comments/writes';
import { ACTORS, dbOf, uidOf } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { EARLIER, FUTURE, PAST, acmeProject, acmeTask, build, ids, put, storedNoteBy, storedReplyBy } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { STAFF, runMatrix, type MatrixRow } from './support/matrix';

useRulesEnv('notes');

function row(name: string, parent: ThreadParent): MatrixRow {
  const note = (id: string) => `${notesPath(parent)}/${id}`;
  return {
    name,
    get: { path: () => note(ids.note) },
    list: { query: (db) => collection(db, notesPath(parent)) },
    create: { path: (_a, tag) => note(tag), data: (actor) => build.note(actor) },
    update: {
      path: (_a, tag) => note(tag),
      existing: () => storedNoteBy(ACTORS.staff),
      data: () => ({ body: 'Client now prefers green.', editedAt: serverTimestamp() }),
    },
    delete: { path: (_a, tag) => note(tag), existing: () => storedNoteBy(ACTORS.staff) },
    allow: { get: STAFF, list: STAFF, create: STAFF, update: STAFF, delete: STAFF },
  };
}

runMatrix([row('companies/{c}/projects/{p}/notes/{id}', acmeProject), row('companies/{c}/tasks/{t}/notes/{id}', acmeTask)]);

describe('field escalation', () => {
  const sam = ACTORS.staff;
  const at = (id: string) => doc(dbOf('staff'), `${notesPath(acmeTask)}/${id}`);

  for (const [label, data] of [
    ['as another staff member, stamped now', { ...build.note(sam), authorUid: ids.otherStaffUid }],
    ['with a future createdAt', { ...build.note(sam), createdAt: FUTURE }],
    ['with a 10001-character body', build.note(sam, 'x'.repeat(10001))],
    ['with an empty body', build.note(sam, '')],
    ['with an extra key', { ...build.note(sam), visibleToClient: true }],
    ['with authorRole (a reply field)', { ...build.note(sam), authorRole: 'staff' }],
  ] as const) {
    it(`staff note ${label}: denied (control: valid note)`, async () => {
      await expectDenied(setDoc(at(`esc-${label.length}`), data));
      await expectAllowed(setDoc(at(`esc-ok-${label.length}`), build.note(sam)));
    });
  }

  it("staff back-dating a note in someone else's name: denied (control: the console's Reply → Note move)", async () => {
    await expectDenied(setDoc(at('esc-forged'), { ...build.note(sam), authorUid: uidOf(ACTORS.clientAcme), createdAt: PAST }));
    const stored = storedReplyBy(ACTORS.clientAcme);
    await put(`${repliesPath(acmeTask)}/esc-moved`, stored);
    await expectAllowed(replyToNote(dbOf('staff'), acmeTask, { ...stored, createdAt: PAST, editedAt: undefined, id: 'esc-moved' }));
  });

  it('staff editing a note: body and editedAt only (control: body edit)', async () => {
    await put(`${notesPath(acmeTask)}/esc-edit`, storedNoteBy(sam));
    await expectDenied(updateDoc(at('esc-edit'), { body: 'x', editedAt: serverTimestamp(), authorUid: ids.otherStaffUid }));
    await expectDenied(updateDoc(at('esc-edit'), { body: 'x', editedAt: serverTimestamp(), createdAt: EARLIER }));
    await expectDenied(updateDoc(at('esc-edit'), { body: 'x' }));
    await expectAllowed(updateDoc(at('esc-edit'), { body: 'x', editedAt: serverTimestamp() }));
  });

  it('the acme client cannot write a note on their own task (control: staff)', async () => {
    await expectDenied(setDoc(doc(dbOf('clientAcme'), `${notesPath(acmeTask)}/esc-client`), build.note(ACTORS.clientAcme)));
    await expectAllowed(setDoc(at('esc-staff'), build.note(sam)));
  });
});
