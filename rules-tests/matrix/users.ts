/** users/{uid} (DESIGN §3–4): a mirror of the claims; read own, staff read all, Functions write. */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { uidOf } from '../support/actors';
import { build, ids } from '../support/fixtures';
import { NOBODY, SIGNED_IN, STAFF, type MatrixRow } from '../support/matrix-rows';

const profileOf = (uid: string) => build.user(uid, null, null);

export const rows: MatrixRow[] = [
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

