/** timeEntries/{id} (DESIGN §4): staff read all, create and update their own; admin writes any (and alone deletes). */
import { deleteDoc, doc, setDoc, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { paths } from '@model';
import { ACTORS, dbOf, uidOf, type ActorKey } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { build, ids, put } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/timeEntries';
import { runMatrix } from './support/matrix';

useRulesEnv('timeEntries');

const entry = (id: string) => `${paths.timeEntries()}/${id}`;

runMatrix(rows);

describe("field escalation: own vs others' entries", () => {
  const sam = uidOf(ACTORS.staff);
  const lee = ids.otherStaffUid;
  const ref = (id: string, key: ActorKey = 'staff') => doc(dbOf(key), entry(id));

  it("staff logging time for someone else: denied (control: for themselves); admin for someone else: allowed", async () => {
    await expectDenied(setDoc(ref('esc-for-lee'), build.timeEntry(lee)));
    await expectAllowed(setDoc(ref('esc-for-sam'), build.timeEntry(sam)));
    await expectAllowed(setDoc(ref('esc-admin-for-lee', 'admin'), build.timeEntry(lee)));
  });

  it("staff editing someone else's entry: denied (control: own entry, and admin)", async () => {
    await put(entry('esc-lee'), build.timeEntry(lee));
    await put(entry('esc-sam'), build.timeEntry(sam));
    await expectDenied(updateDoc(ref('esc-lee'), { minutes: 30 }));
    await expectAllowed(updateDoc(ref('esc-sam'), { minutes: 30 }));
    await expectAllowed(updateDoc(ref('esc-lee', 'admin'), { minutes: 45 }));
  });

  it("staff taking over someone else's entry (setting uid to self): denied", async () => {
    await put(entry('esc-lee'), build.timeEntry(lee));
    await expectDenied(updateDoc(ref('esc-lee'), { uid: sam }));
    await expectAllowed(updateDoc(ref('esc-lee', 'admin'), { uid: sam }));
  });

  it('staff handing their own entry to someone else: denied (control: keep uid)', async () => {
    await put(entry('esc-sam'), build.timeEntry(sam));
    await expectDenied(updateDoc(ref('esc-sam'), { uid: lee }));
    await expectAllowed(updateDoc(ref('esc-sam'), { billable: false }));
  });

  it("staff deleting an entry, someone else's or their own: denied (control: admin)", async () => {
    await put(entry('esc-lee'), build.timeEntry(lee));
    await put(entry('esc-sam'), build.timeEntry(sam));
    await expectDenied(deleteDoc(ref('esc-lee')));
    await expectDenied(deleteDoc(ref('esc-sam')));
    await expectAllowed(deleteDoc(ref('esc-sam', 'admin')));
    await expectAllowed(deleteDoc(ref('esc-lee', 'admin')));
  });

  for (const [label, change] of [
    ['0 minutes', { minutes: 0 }],
    ['1441 minutes', { minutes: 1441 }],
    ['fractional minutes', { minutes: 1.5 }],
    ['billable as a string', { billable: 'yes' }],
    ['a 1001-character note', { note: 'x'.repeat(1001) }],
    ['a date that is not YYYY-MM-DD', { date: '2026/02/10' }],
    ['an extra key', { rate: 12000 }],
    // Ids become field paths and joined ids in the rollups (functions/src/rollups): none of these.
    ['a company id that is the prototype', { companyId: '__proto__' }],
    ['a company id with a dot', { companyId: 'acme.corp' }],
    ['a project id with the join character', { projectId: 'a~b' }],
    ['a company id with a space', { companyId: 'acme corp' }],
  ] as const) {
    it(`staff logging ${label}: denied (control: a valid entry)`, async () => {
      await expectDenied(setDoc(ref('esc-invalid'), { ...build.timeEntry(sam), ...change }));
      await expectAllowed(setDoc(ref('esc-invalid'), build.timeEntry(sam)));
    });
  }
});
