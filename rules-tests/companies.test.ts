/** companies/{c} and companies/{c}/private/crm (DESIGN §4): the tenant and its internal CRM fields. */
import { deleteDoc, doc, setDoc, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { paths } from '@model';
import { ACME, dbOf } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { EARLIER, PAST, build, put } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/companies';
import { runMatrix } from './support/matrix';

useRulesEnv('companies');

runMatrix(rows);

describe('field escalation', () => {
  const company = paths.company('c-escalation');

  const invalidUpdates: [string, object][] = [
    ['a status outside the enum', { status: 'partner' }],
    ['an internal deal value on the client-visible document', { dealValue: 100000 }],
    ['a changed createdAt', { createdAt: PAST }],
    ['a javascript: website', { website: 'javascript:alert(1)' }],
    ['an empty name', { name: '' }],
    ['a 201-character name', { name: 'x'.repeat(201) }],
  ];
  for (const [label, change] of invalidUpdates) {
    it(`staff cannot update a company with ${label} (control: valid update)`, async () => {
      await put(company, build.company(EARLIER));
      await expectAllowed(updateDoc(doc(dbOf('staff'), company), { name: 'Acme Corporation' }));
      await expectDenied(updateDoc(doc(dbOf('staff'), company), change));
    });
  }

  it('staff cannot create a company with a back-dated createdAt (control: request.time)', async () => {
    await expectDenied(setDoc(doc(dbOf('staff'), paths.company('c-backdated')), build.company(PAST)));
    await expectAllowed(setDoc(doc(dbOf('staff'), paths.company('c-now')), build.company()));
  });

  // Functions join these ids with '~' (search entries, rollup ids) and use them in field paths.
  for (const [n, id] of ['a~b', 'acme.corp'].entries()) {
    it(`staff cannot create a company, project or task with the id "${id}" (control: an id of letters, digits and hyphens)`, async () => {
      const staff = dbOf('staff');
      await expectDenied(setDoc(doc(staff, paths.company(id)), build.company()));
      await expectAllowed(setDoc(doc(staff, paths.company(`c-safe-id-${n}`)), build.company()));
      await expectDenied(setDoc(doc(staff, paths.project(ACME, id)), build.project()));
      await expectAllowed(setDoc(doc(staff, paths.project(ACME, `p-safe-id-${n}`)), build.project()));
      await expectDenied(setDoc(doc(staff, paths.task(ACME, id)), build.task('todo')));
      await expectAllowed(setDoc(doc(staff, paths.task(ACME, `t-safe-id-${n}`)), build.task('todo')));
    });
  }

  it('a client cannot rename their own company (control: staff)', async () => {
    await put(company, build.company(EARLIER));
    await expectDenied(updateDoc(doc(dbOf('clientAcme'), paths.company(ACME)), { name: 'Hacked' }));
    await expectAllowed(updateDoc(doc(dbOf('staff'), company), { name: 'Acme Corp' }));
  });

  it('staff cannot delete a company; admin can', async () => {
    await put(company, build.company(EARLIER));
    await expectDenied(deleteDoc(doc(dbOf('staff'), company)));
    await expectAllowed(deleteDoc(doc(dbOf('admin'), company)));
  });

  const invalidCrm: [string, object][] = [
    ['a negative deal value', { dealValue: -1 }],
    ['a fractional deal value', { dealValue: 10.5 }],
    ['a future lastInteractionAt', { lastInteractionAt: new Date('2099-01-01') }],
    ['an extra key', { notes: 'internal' }],
    ['a 201-character source', { source: 'x'.repeat(201) }],
  ];
  for (const [label, change] of invalidCrm) {
    it(`staff cannot save CRM fields with ${label} (control: valid CRM)`, async () => {
      const ref = doc(dbOf('staff'), paths.companyCrm('c-escalation'));
      await expectAllowed(setDoc(ref, build.crm()));
      await expectDenied(setDoc(ref, { ...build.crm(), ...change }));
    });
  }
});
