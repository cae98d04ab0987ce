/** users/{uid} (DESIGN §3–4): a mirror of the claims; read own, staff read all, Functions write. */
import { collection, doc, setDoc, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { paths } from '@model';
import { ACTORS, dbOf, uidOf } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { ownerDb } from './support/env';
import { build, ids, put } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { NOBODY, SIGNED_IN, STAFF, runMatrix, type MatrixRow } from './support/matrix';

useRulesEnv('users');

const profileOf = (uid: string) => build.user(uid, null, null);

const rows: MatrixRow[] = [
  {
    name: 'users/{uid} (own profile)',
    get: { path: (actor) => paths.user(uidOf(actor)) },
    update: {
      path: (actor) => paths.user(uidOf(actor)),
      existing: (actor) => profileOf(uidOf(actor)),
      data: () => ({ displayName: 'A new name' }),
    },
    delete: { path: (actor) => paths.user(uidOf(actor)), existing: (actor) => profileOf(uidOf(actor)) },
    allow: { get: SIGNED_IN, update: NOBODY, delete: NOBODY },
  },
  {
    name: 'users/{uid} (someone else)',
    get: { path: () => paths.user(ids.otherStaffUid) },
    list: { query: (db) => collection(db, paths.users()) },
    create: { path: (_actor, tag) => paths.user(`new-${tag}`), data: () => build.user('u-new', 'client', 'acme') },
    update: { path: (_actor, tag) => paths.user(`old-${tag}`), existing: () => profileOf('u-old'), data: () => ({ status: 'disabled' }) },
    delete: { path: (_actor, tag) => paths.user(`old-${tag}`), existing: () => profileOf('u-old') },
    allow: { get: STAFF, list: STAFF, create: NOBODY, update: NOBODY, delete: NOBODY },
  },
];

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
