/**
 * Reply comments on projects and tasks (DESIGN §4): the only thing a client writes. A client
 * creates exactly {body, authorUid: self, authorName, authorRole: 'client', createdAt: now} under
 * their own company and later edits only body + editedAt of their own reply. Previews write nothing.
 */
import { deleteDoc, doc, serverTimestamp, setDoc, updateDoc, writeBatch, type DocumentData } from 'firebase/firestore';
import { beforeAll, describe, it } from 'vitest';
import { notesPath, repliesPath, type Note, type ThreadParent } from '@model';
import { noteToReply } from '../web/src/console/comments/writes';
import { ACTORS, dbOf, uidOf, type ActorKey } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { EARLIER, FUTURE, PAST, acmeProject, acmeTask, build, globexProject, globexTask, ids, put, storedNoteBy, storedReplyBy } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/replies';
import { runMatrix } from './support/matrix';

useRulesEnv('replies');

runMatrix(rows);

for (const parent of [acmeProject, acmeTask]) {
  describe(`field escalation on ${parent.kind} replies`, () => {
    const carol = ACTORS.clientAcme;
    const client = () => dbOf('clientAcme');
    let n = 0;
    const fresh = () => doc(client(), `${repliesPath(parent)}/esc-${(n += 1)}`);
    const at = (db: ReturnType<typeof dbOf>, id: string) => doc(db, `${repliesPath(parent)}/${id}`);
    const valid = (): DocumentData => build.clientReply(carol);

    const createCases: [string, DocumentData][] = [
      ['as another user (authorUid of the globex client)', { ...valid(), authorUid: uidOf(ACTORS.clientGlobex) }],
      ['as another user (authorUid of staff)', { ...valid(), authorUid: uidOf(ACTORS.staff) }],
      ["as staff (authorRole 'staff')", { ...valid(), authorRole: 'staff' }],
      ['with an unknown authorRole', { ...valid(), authorRole: 'admin' }],
      ['with a back-dated createdAt', { ...valid(), createdAt: PAST }],
      ['with a future createdAt', { ...valid(), createdAt: FUTURE }],
      ['with an extra key', { ...valid(), pinned: true }],
      ['with editedAt already set', { ...valid(), editedAt: serverTimestamp() }],
      ['without authorName', { body: 'hi', authorUid: uidOf(carol), authorRole: 'client', createdAt: serverTimestamp() }],
      ['with an empty body', { ...valid(), body: '' }],
      ['with a 5001-character body', { ...valid(), body: 'x'.repeat(5001) }],
      ['with a number as body', { ...valid(), body: 42 }],
      ['with a list as body', { ...valid(), body: ['hi'] }],
      ['with a map as body', { ...valid(), body: { text: 'hi' } }],
      ['with an empty authorName', { ...valid(), authorName: '' }],
      ['with a 201-character authorName', { ...valid(), authorName: 'x'.repeat(201) }],
    ];
    for (const [label, data] of createCases) {
      it(`client reply ${label}: denied (control: the valid reply)`, async () => {
        await expectDenied(setDoc(fresh(), data));
        await expectAllowed(setDoc(fresh(), valid()));
      });
    }

    it('client reply of exactly 5000 characters: allowed; 1 character: allowed', async () => {
      await expectAllowed(setDoc(fresh(), { ...valid(), body: 'x'.repeat(5000) }));
      await expectAllowed(setDoc(fresh(), { ...valid(), body: 'k' }));
    });

    it('preview of acme creating a reply: denied (control: the real client)', async () => {
      const preview = ACTORS.previewAcme;
      await expectDenied(setDoc(at(dbOf('previewAcme'), 'esc-preview'), build.clientReply(preview)));
      // even claiming to be the client the preview shows
      await expectDenied(setDoc(at(dbOf('previewAcme'), 'esc-preview-2'), build.clientReply(carol)));
      await expectAllowed(setDoc(at(client(), 'esc-preview-ctl'), build.clientReply(carol)));
    });

    it(`replying under a ${parent.kind} that does not exist: denied to the client and to staff (control: the existing ${parent.kind})`, async () => {
      const ghost: ThreadParent = parent.kind === 'project' ? { ...parent, projectId: 'p-ghost' } : { ...parent, taskId: 't-ghost' };
      // a globex task's id under acme's path: no such acme task
      const foreign: ThreadParent = parent.kind === 'project' ? { ...parent, projectId: ids.globexProject } : { ...parent, taskId: ids.globexTask };
      for (const p of [ghost, foreign]) {
        await expectDenied(setDoc(doc(client(), `${repliesPath(p)}/esc-ghost`), valid()));
        await expectDenied(setDoc(doc(dbOf('staff'), `${repliesPath(p)}/esc-ghost-staff`), build.staffReply(ACTORS.staff)));
      }
      await expectAllowed(setDoc(at(client(), 'esc-ghost'), valid()));
      await expectAllowed(setDoc(at(dbOf('staff'), 'esc-ghost-staff'), build.staffReply(ACTORS.staff)));
    });

    it('client of globex replying in an acme thread: denied (control: in their own thread)', async () => {
      const gina = ACTORS.clientGlobex;
      await expectDenied(setDoc(at(dbOf('clientGlobex'), 'esc-globex'), build.clientReply(gina)));
      const own = parent.kind === 'project' ? globexProject : globexTask;
      await expectAllowed(setDoc(doc(dbOf('clientGlobex'), `${repliesPath(own)}/esc-globex`), build.clientReply(gina)));
    });

    describe('editing', () => {
      const own = 'esc-own';
      const staffs = 'esc-staff';
      const neighbour = 'esc-neighbour';
      beforeAll(async () => {
        await put(`${repliesPath(parent)}/${staffs}`, storedReplyBy(ACTORS.staff, 'from staff'));
        // another contact of acme, same company, different uid
        await put(`${repliesPath(parent)}/${neighbour}`, { ...storedReplyBy(carol, 'from a colleague'), authorUid: 'u-carl', authorName: 'Carl' });
      });
      // the client's own reply, as first written (the other two only ever see denied edits)
      const resetAll = () => put(`${repliesPath(parent)}/${own}`, storedReplyBy(carol, 'first draft'));
      const edit = (id: string, change: object, key: ActorKey = 'clientAcme') => updateDoc(at(dbOf(key), id), change);
      const editBody = (body = 'second draft') => ({ body, editedAt: serverTimestamp() });

      it('client editing the body of their own reply: allowed', async () => {
        await resetAll();
        await expectAllowed(edit(own, editBody()));
      });
      it("client editing staff's reply: denied (control: own reply)", async () => {
        await resetAll();
        await expectDenied(edit(staffs, editBody()));
        await expectAllowed(edit(own, editBody()));
      });
      it("client editing a staff reply stored with the client's own uid: denied (control: own client reply)", async () => {
        await resetAll();
        // e.g. a Note → Reply move of a note filed under the client's uid: authorRole says staff
        await put(`${repliesPath(parent)}/esc-staff-with-carol-uid`, { ...storedReplyBy(ACTORS.staff, 'staff words'), authorUid: uidOf(carol) });
        await expectDenied(edit('esc-staff-with-carol-uid', editBody('now my words')));
        await expectAllowed(edit(own, editBody()));
      });
      it("client editing a colleague's reply (same company): denied (control: own reply)", async () => {
        await resetAll();
        await expectDenied(edit(neighbour, editBody()));
        await expectAllowed(edit(own, editBody()));
      });
      const editCases: [string, object][] = [
        ['changing authorUid', { ...editBody(), authorUid: 'u-carl' }],
        ['changing authorName', { ...editBody(), authorName: 'Someone else' }],
        ["changing authorRole to 'staff'", { ...editBody(), authorRole: 'staff' }],
        ['changing createdAt', { ...editBody(), createdAt: EARLIER }],
        ['adding a key', { ...editBody(), pinned: true }],
        ['without editedAt', { body: 'second draft' }],
        ['with a back-dated editedAt', { body: 'second draft', editedAt: PAST }],
        ['to an empty body', editBody('')],
        ['to a 5001-character body', editBody('x'.repeat(5001))],
        ['to a non-string body', { body: 7, editedAt: serverTimestamp() }],
      ];
      for (const [label, change] of editCases) {
        it(`client editing own reply ${label}: denied (control: body-only edit)`, async () => {
          await resetAll();
          await expectDenied(edit(own, change));
          await expectAllowed(edit(own, editBody()));
        });
      }
      it('preview editing a reply: denied (control: the real client)', async () => {
        await resetAll();
        await put(`${repliesPath(parent)}/esc-by-preview`, storedReplyBy(ACTORS.previewAcme));
        await expectDenied(edit('esc-by-preview', editBody(), 'previewAcme'));
        await expectDenied(edit(own, editBody(), 'previewAcme'));
        await expectAllowed(edit(own, editBody()));
      });
      it('client deleting their own reply: denied (control: staff)', async () => {
        await resetAll();
        await expectDenied(deleteDoc(at(client(), own)));
        await expectAllowed(deleteDoc(at(dbOf('staff'), own)));
      });
      it("staff editing a staff reply's body: allowed; its author or time, or a client's words: denied", async () => {
        await resetAll();
        await put(`${repliesPath(parent)}/${staffs}`, storedReplyBy(ACTORS.staff, 'first'));
        await expectAllowed(edit(staffs, editBody('typo fixed by staff'), 'staff'));
        await expectDenied(edit(staffs, { ...editBody(), authorUid: ids.otherStaffUid }, 'staff'));
        await expectDenied(edit(staffs, { ...editBody(), createdAt: EARLIER }, 'staff'));
        await expectDenied(edit(own, editBody('words the client never wrote'), 'staff'));
        await expectAllowed(deleteDoc(at(dbOf('staff'), own)));
      });
    });

    describe('staff replies', () => {
      const sam = ACTORS.staff;
      const staffDb = () => dbOf('staff');
      it('staff replying as themselves: allowed; as another staff member now: denied', async () => {
        await expectAllowed(setDoc(at(staffDb(), 'esc-sam'), build.staffReply(sam)));
        await expectDenied(setDoc(at(staffDb(), 'esc-sam-2'), { ...build.staffReply(sam), authorUid: ids.otherStaffUid }));
      });
      it("staff forging a client's or a colleague's reply: denied (control: the console's Note → Reply move keeps author and time)", async () => {
        await expectDenied(setDoc(at(staffDb(), 'esc-forge'), build.clientReply(ACTORS.clientAcme)));
        await expectDenied(setDoc(at(staffDb(), 'esc-forge-past'), { ...build.clientReply(ACTORS.clientAcme), createdAt: PAST }));
        await expectDenied(setDoc(at(staffDb(), 'esc-colleague-past'), { ...build.staffReply(sam), authorUid: ids.otherStaffUid, createdAt: PAST }));
        // a past-dated "move" without deleting the note in the same batch
        await put(`${notesPath(parent)}/esc-half-move`, { ...storedNoteBy(sam), authorUid: ids.otherStaffUid });
        await expectDenied(setDoc(at(staffDb(), 'esc-half-move'), { ...build.staffReply(sam), authorUid: ids.otherStaffUid, createdAt: PAST }));
        // the real move, by the console's own write
        await put(`${notesPath(parent)}/esc-moved`, { ...storedNoteBy(sam), authorUid: ids.otherStaffUid, authorName: 'Lee Park' });
        const note = { ...storedNoteBy(sam), authorUid: ids.otherStaffUid, authorName: 'Lee Park', createdAt: PAST, editedAt: undefined, id: 'esc-moved' };
        await expectAllowed(noteToReply(staffDb(), parent, note));
      });
      describe('Note → Reply move: the reply must carry the note unchanged', () => {
        const lee = { ...storedNoteBy(sam, 'Lee wrote this.'), authorUid: ids.otherStaffUid, authorName: 'Lee Park' };
        const edited = { ...lee, createdAt: EARLIER, editedAt: PAST };
        /** The console's batch (delete the note, create the reply at its id), with `reply` as written. */
        const move = (id: string, reply: DocumentData) => {
          const batch = writeBatch(staffDb());
          batch.delete(doc(staffDb(), `${notesPath(parent)}/${id}`));
          batch.set(at(staffDb(), id), reply);
          return batch.commit();
        };
        const asReply = (note: DocumentData): DocumentData => ({ ...note, authorRole: 'staff' });
        const cases: [string, DocumentData, DocumentData][] = [
          ['with a changed body', lee, { ...asReply(lee), body: 'Words Lee never wrote.' }],
          ['with a changed authorName', lee, { ...asReply(lee), authorName: 'Sam Staff' }],
          ['with a changed authorUid', lee, { ...asReply(lee), authorUid: uidOf(sam) }],
          ['with a changed createdAt', lee, { ...asReply(lee), createdAt: EARLIER }],
          ['adding an editedAt the note did not have', lee, { ...asReply(lee), editedAt: PAST }],
          ['dropping the note’s editedAt', edited, { ...asReply(lee), createdAt: EARLIER }],
          ['changing the note’s editedAt', edited, { ...asReply(edited), editedAt: EARLIER }],
        ];
        cases.forEach(([label, note, reply], i) => {
          it(`${label}: denied (control: the console's noteToReply of the same note)`, async () => {
            const id = `esc-mv-${i}`;
            await put(`${notesPath(parent)}/${id}`, note);
            await expectDenied(move(id, reply));
            await expectAllowed(noteToReply(staffDb(), parent, { ...(note as Note), id }));
          });
        });
        it('the unchanged move, written by hand: allowed (with and without editedAt)', async () => {
          await put(`${notesPath(parent)}/esc-mv-plain`, lee);
          await expectAllowed(move('esc-mv-plain', asReply(lee)));
          await put(`${notesPath(parent)}/esc-mv-edited`, edited);
          await expectAllowed(move('esc-mv-edited', asReply(edited)));
        });
      });
      it('staff reply with a future createdAt or an extra key: denied (control: valid)', async () => {
        await expectDenied(setDoc(at(staffDb(), 'esc-future'), { ...build.staffReply(sam), createdAt: FUTURE }));
        await expectDenied(setDoc(at(staffDb(), 'esc-extra'), { ...build.staffReply(sam), internal: true }));
        await expectDenied(setDoc(at(staffDb(), 'esc-long'), build.staffReply(sam, 'x'.repeat(5001))));
        await expectAllowed(setDoc(at(staffDb(), 'esc-valid'), build.staffReply(sam)));
      });
    });
  });
}
