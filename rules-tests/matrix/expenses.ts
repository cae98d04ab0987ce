/** expenses/{id} (DESIGN §4): staff read and write, createdBy is the writer and never changes. */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { uidOf } from '../support/actors';
import { build, ids } from '../support/fixtures';
import { STAFF, type MatrixRow } from '../support/matrix-rows';

const expense = (id: string) => `${paths.expenses()}/${id}`;

export const rows: MatrixRow[] = [
  {
    name: 'expenses/{id}',
    get: { path: () => expense(ids.expense) },
    list: { query: (db) => collection(db, paths.expenses()) },
    create: { path: (_a, tag) => expense(tag), data: (actor) => build.expense(uidOf(actor)) },
    update: { path: (_a, tag) => expense(tag), existing: () => build.expense(ids.otherStaffUid), data: () => ({ amount: 5900 }) },
    delete: { path: (_a, tag) => expense(tag), existing: () => build.expense(ids.otherStaffUid) },
    allow: { get: STAFF, list: STAFF, create: STAFF, update: STAFF, delete: STAFF },
  },
];

