/** users/{uid} (DESIGN §3–4): a mirror of the claims; read own, staff read all, Functions write. */
import { doc, setDoc, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { paths } from '@model';
import { ACTORS, dbOf, uidOf } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { ownerDb } from './support/env';
import { build, put } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/users';
import { runMatrix } from './support/matrix';

useRulesEnv('users');

runMatrix(rows);

describe('field escalation: role and companyId are written by Functions only', () => {
  const escalations: [string, object][] = [
    ['role to admin', { role: 'admin' }],
    ['role to staff', { role: 'staff' }],
    ['companyId to globex', { companyId: 'globex' }],
    ['status to active', { status: 'active' }],
  ];
  for (const actorKey of ['noRole', 'clientAcme', 'previewAcme', 'staff', 'admin'] as const) {
    for (const [label, change] of escalations) {
      it(`${ACTORS[actorKey].label} cannot change their own ${label} (control: rules disabled)`, async () => {
        const path = paths.user(uidOf(ACTORS[actorKey]));
        await put(path, build.user(uidOf(ACTORS[actorKey]), null, null));
        await expectDenied(updateDoc(doc(dbOf(actorKey), path), change));
        await expectAllowed(updateDoc(doc(ownerDb(), path), change));
      });
    }
  }

  it("admin cannot change another user's role or companyId (control: rules disabled)", async () => {
    const path = paths.user(ACTORS.clientAcme.uid ?? '');
    await put(path, build.user(uidOf(ACTORS.clientAcme), 'client', 'acme'));
    await expectDenied(updateDoc(doc(dbOf('admin'), path), { role: 'admin' }));
    await expectDenied(updateDoc(doc(dbOf('admin'), path), { companyId: 'globex' }));
    await expectAllowed(updateDoc(doc(ownerDb(), path), { companyId: 'globex' }));
  });

  it('an uninvited account cannot create its own profile, with or without a role (control: rules disabled)', async () => {
    const fresh = 'u-fresh-google';
    const db = dbOf('noRole');
    // the noRole actor is u-stranger: its own profile path, removed first
    const own = paths.user(uidOf(ACTORS.noRole));
    await put(own, null);
    await expectDenied(setDoc(doc(db, own), build.user(uidOf(ACTORS.noRole), null, null)));
    await expectDenied(setDoc(doc(db, own), build.user(uidOf(ACTORS.noRole), 'admin', null)));
    await expectAllowed(setDoc(doc(ownerDb(), own), build.user(uidOf(ACTORS.noRole), null, null)));
    await expectDenied(setDoc(doc(db, paths.user(fresh)), build.user(fresh, 'client', 'acme')));
  });
});
