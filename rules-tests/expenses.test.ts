/** expenses/{id} (DESIGN §4): staff read and write, createdBy is the writer and never changes. */
import { doc, setDoc, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { paths } from '@model';
import { ACTORS, dbOf, uidOf } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { build, ids, put } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/expenses';
import { runMatrix } from './support/matrix';

useRulesEnv('expenses');

const expense = (id: string) => `${paths.expenses()}/${id}`;

runMatrix(rows);

describe('field escalation', () => {
  const sam = uidOf(ACTORS.staff);
  const ref = (id: string) => doc(dbOf('staff'), expense(id));

  it('staff filing an expense as someone else: denied (control: as themselves)', async () => {
    await expectDenied(setDoc(ref('esc-as-lee'), build.expense(ids.otherStaffUid)));
    await expectAllowed(setDoc(ref('esc-as-sam'), build.expense(sam)));
  });

  it('staff changing createdBy: denied (control: amount change)', async () => {
    await put(expense('esc-owned'), build.expense(ids.otherStaffUid));
    await expectDenied(updateDoc(ref('esc-owned'), { createdBy: sam }));
    await expectAllowed(updateDoc(ref('esc-owned'), { amount: 100 }));
  });

  for (const [label, change] of [
    ['a category outside the enum', { category: 'meals' }],
    ['amount 0', { amount: 0 }],
    ['a fractional amount', { amount: 49.99 }],
    ['an unsupported currency', { currency: 'JPY' }],
    ['a 501-character description', { description: 'x'.repeat(501) }],
    ['an extra key', { reimbursed: true }],
  ] as const) {
    it(`staff saving an expense with ${label}: denied (control: a valid expense)`, async () => {
      await expectDenied(setDoc(ref('esc-invalid'), { ...build.expense(sam), ...change }));
      await expectAllowed(setDoc(ref('esc-invalid'), build.expense(sam)));
    });
  }
});
