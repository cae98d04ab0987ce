/** Internal Notes on projects and tasks (DESIGN §4): staff only, never readable by a client. */
import { doc, serverTimestamp, setDoc, updateDoc, writeBatch, type DocumentData } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { notesPath, repliesPath, type Reply } from '@model';
import { replyToNote } from '../web/src/console/comments/writes';
import { ACME, ACTORS, dbOf, uidOf } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { EARLIER, FUTURE, PAST, acmeTask, build, ids, put, storedNoteBy, storedReplyBy } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/notes';
import { runMatrix } from './support/matrix';

useRulesEnv('notes');

runMatrix(rows);

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

  // A colleague's staff reply, as stored: what the console may switch to a Note.
  const leeReply = (): DocumentData => ({ ...storedReplyBy(sam, 'Lee replied.'), authorUid: ids.otherStaffUid, authorName: 'Lee Park' });

  it("staff back-dating a note in someone else's name: denied (control: the console's Reply → Note move of a colleague's staff reply)", async () => {
    await expectDenied(setDoc(at('esc-forged'), { ...build.note(sam), authorUid: uidOf(ACTORS.clientAcme), createdAt: PAST }));
    await expectDenied(setDoc(at('esc-forged-lee'), { ...build.note(sam), authorUid: ids.otherStaffUid, createdAt: PAST }));
    await put(`${repliesPath(acmeTask)}/esc-moved`, leeReply());
    await expectAllowed(replyToNote(dbOf('staff'), acmeTask, { ...(leeReply() as Reply), id: 'esc-moved' }));
  });

  it("the console's Reply → Note move of a client's reply: denied — a client's words are never moved (control: a staff reply)", async () => {
    const carols = storedReplyBy(ACTORS.clientAcme, 'Please use the darker blue.');
    await put(`${repliesPath(acmeTask)}/esc-client-words`, carols);
    await expectDenied(replyToNote(dbOf('staff'), acmeTask, { ...(carols as Reply), id: 'esc-client-words' }));
    await put(`${repliesPath(acmeTask)}/esc-staff-words`, leeReply());
    await expectAllowed(replyToNote(dbOf('staff'), acmeTask, { ...(leeReply() as Reply), id: 'esc-staff-words' }));
  });

  describe('Reply → Note move: the note must carry the reply unchanged', () => {
    const staffDb = () => dbOf('staff');
    /** The console's batch (delete the reply, create the note at its id), with `note` as written. */
    const move = (id: string, note: DocumentData) => {
      const batch = writeBatch(staffDb());
      batch.delete(doc(staffDb(), `${repliesPath(acmeTask)}/${id}`));
      batch.set(at(id), note);
      return batch.commit();
    };
    const asNote = (reply: DocumentData): DocumentData => {
      const { authorRole: _role, ...note } = reply;
      return note;
    };
    const edited = (): DocumentData => ({ ...leeReply(), createdAt: EARLIER, editedAt: PAST });
    const cases: [string, () => DocumentData, DocumentData][] = [
      ['with a changed body', leeReply, { ...asNote(leeReply()), body: 'Words Lee never wrote.' }],
      ['with a changed authorName', leeReply, { ...asNote(leeReply()), authorName: 'Sam Staff' }],
      ['with a changed authorUid', leeReply, { ...asNote(leeReply()), authorUid: uidOf(sam) }],
      ['with a changed createdAt', leeReply, { ...asNote(leeReply()), createdAt: EARLIER }],
      ['adding an editedAt the reply did not have', leeReply, { ...asNote(leeReply()), editedAt: PAST }],
      ['dropping the reply’s editedAt', edited, { ...asNote(leeReply()), createdAt: EARLIER }],
      ['changing the reply’s editedAt', edited, { ...asNote(edited()), editedAt: EARLIER }],
    ];
    cases.forEach(([label, reply, note], i) => {
      it(`${label}: denied (control: the console's replyToNote of the same reply)`, async () => {
        const id = `esc-mv-${i}`;
        await put(`${repliesPath(acmeTask)}/${id}`, reply());
        await expectDenied(move(id, note));
        await expectAllowed(replyToNote(staffDb(), acmeTask, { ...(reply() as Reply), id }));
      });
    });
    it("a client's reply moved by hand, unchanged: denied (control: a staff reply, unchanged)", async () => {
      const carols = storedReplyBy(ACTORS.clientAcme, 'Ship it.');
      await put(`${repliesPath(acmeTask)}/esc-mv-client`, carols);
      await expectDenied(move('esc-mv-client', asNote(carols)));
      await put(`${repliesPath(acmeTask)}/esc-mv-staff`, edited());
      await expectAllowed(move('esc-mv-staff', asNote(edited())));
    });
  });

  it('staff editing a note: body and editedAt only (control: body edit)', async () => {
    await put(`${notesPath(acmeTask)}/esc-edit`, storedNoteBy(sam));
    await expectDenied(updateDoc(at('esc-edit'), { body: 'x', editedAt: serverTimestamp(), authorUid: ids.otherStaffUid }));
    await expectDenied(updateDoc(at('esc-edit'), { body: 'x', editedAt: serverTimestamp(), createdAt: EARLIER }));
    await expectDenied(updateDoc(at('esc-edit'), { body: 'x' }));
    await expectAllowed(updateDoc(at('esc-edit'), { body: 'x', editedAt: serverTimestamp() }));
  });

  it('staff writing a note under a task or project that does not exist: denied (control: the existing task)', async () => {
    await expectDenied(setDoc(doc(dbOf('staff'), `${notesPath({ kind: 'task', companyId: ACME, taskId: 't-ghost' })}/esc-ghost`), build.note(sam)));
    await expectDenied(setDoc(doc(dbOf('staff'), `${notesPath({ kind: 'project', companyId: ACME, projectId: 'p-ghost' })}/esc-ghost`), build.note(sam)));
    await expectAllowed(setDoc(at('esc-ghost'), build.note(sam)));
  });

  it('the acme client cannot write a note on their own task (control: staff)', async () => {
    await expectDenied(setDoc(doc(dbOf('clientAcme'), `${notesPath(acmeTask)}/esc-client`), build.note(ACTORS.clientAcme)));
    await expectAllowed(setDoc(at('esc-staff'), build.note(sam)));
  });
});
