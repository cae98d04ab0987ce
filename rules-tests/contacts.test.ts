/** companies/{c}/contacts/{id} (DESIGN §4): staff only; portal and uid change through Functions. */
import { deleteField, doc, setDoc, updateDoc } from 'firebase/firestore';
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
    ['an empty scopes list', { scopes: [] }],
    ["scopes outside PORTAL_SCOPES (['admin'])", { scopes: ['admin'] }],
    ["scopes in the wrong case (['Work'])", { scopes: ['Work'] }],
    ["a scope twice (['work', 'work'])", { scopes: ['work', 'work'] }],
    ['three scopes', { scopes: ['work', 'billing', 'work'] }],
    ["scopes as a string ('work')", { scopes: 'work' }],
  ] as const) {
    it(`staff cannot change ${label} on a contact (control: name change)`, async () => {
      const path = contact('ct-escalation');
      await put(path, build.contact());
      await expectAllowed(updateDoc(doc(dbOf('staff'), path), { name: 'Carol C.' }));
      await expectDenied(updateDoc(doc(dbOf('staff'), path), change));
    });
  }

  it("staff choose a contact's portal scopes on create and update, and may drop them (absent = both)", async () => {
    await expectAllowed(setDoc(doc(dbOf('staff'), contact('ct-scoped')), { ...build.contact(), scopes: ['billing'] }));
    const path = contact('ct-scoped');
    for (const scopes of [['work'], ['work', 'billing'], ['billing', 'work']]) {
      await expectAllowed(updateDoc(doc(dbOf('staff'), path), { scopes }));
    }
    await expectAllowed(updateDoc(doc(dbOf('staff'), path), { scopes: deleteField() }));
    await expectDenied(updateDoc(doc(dbOf('clientAcme'), path), { scopes: ['work'] }));
    await expectDenied(setDoc(doc(dbOf('staff'), contact('ct-scoped-bad')), { ...build.contact(), scopes: [] }));
  });
});
