/** companies/{c}/contacts/{id} (DESIGN §4): staff only; portal and uid change through Functions. */
import { doc, setDoc, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { paths } from '@model';
import { ACME, dbOf } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { build, put } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/contacts';
import { runMatrix } from './support/matrix';

useRulesEnv('contacts');

const contact = (id: string) => `${paths.contacts(ACME)}/${id}`;

runMatrix(rows);

describe('field escalation', () => {
  it('staff cannot create a contact that already has portal access (control: portal none)', async () => {
    await expectDenied(setDoc(doc(dbOf('staff'), contact('ct-active')), { ...build.contact(), portal: 'active', uid: 'u-x' }));
    await expectDenied(setDoc(doc(dbOf('staff'), contact('ct-invited')), { ...build.contact(), portal: 'invited' }));
    await expectAllowed(setDoc(doc(dbOf('staff'), contact('ct-none')), build.contact()));
  });

  for (const [label, change] of [
    ['portal access', { portal: 'active' }],
    ['the linked uid', { uid: 'u-carol' }],
    ['an invalid email', { email: 'carol-at-acme' }],
    ['an extra key', { dealValue: 1 }],
    ['a 201-character phone', { phone: '1'.repeat(201) }],
  ] as const) {
    it(`staff cannot change ${label} on a contact (control: name change)`, async () => {
      const path = contact('ct-escalation');
      await put(path, build.contact());
      await expectAllowed(updateDoc(doc(dbOf('staff'), path), { name: 'Carol C.' }));
      await expectDenied(updateDoc(doc(dbOf('staff'), path), change));
    });
  }
});
