/** staff/{uid} (DESIGN §4): the team directory; staff read, admin writes. */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { ACTORS } from '../support/actors';
import { build } from '../support/fixtures';
import { ADMIN, STAFF, type MatrixRow } from '../support/matrix-rows';

const member = (tag: string) => `${paths.staff()}/${tag}`;

export const rows: MatrixRow[] = [
  {
    name: 'staff/{uid}',
    get: { path: () => member(ACTORS.staff.uid ?? '') },
    list: { query: (db) => collection(db, paths.staff()) },
    create: { path: (_a, tag) => member(tag), data: () => build.staffMember() },
    update: { path: (_a, tag) => member(tag), existing: () => build.staffMember(), data: () => ({ title: 'Lead designer' }) },
    delete: { path: (_a, tag) => member(tag), existing: () => build.staffMember() },
    allow: { get: STAFF, list: STAFF, create: ADMIN, update: ADMIN, delete: ADMIN },
  },
];

