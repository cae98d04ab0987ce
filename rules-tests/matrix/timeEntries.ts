/** timeEntries/{id} (DESIGN §4): staff read all, create and update their own; admin writes any (and alone deletes). */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { uidOf } from '../support/actors';
import { build, ids } from '../support/fixtures';
import { ADMIN, STAFF, type MatrixRow } from '../support/matrix-rows';

const entry = (id: string) => `${paths.timeEntries()}/${id}`;

export const rows: MatrixRow[] = [
  {
    name: 'timeEntries/{id} (own)',
    get: { path: () => entry(ids.timeEntry) },
    list: { query: (db) => collection(db, paths.timeEntries()) },
    // every actor logs time as themselves
    create: { path: (_a, tag) => entry(tag), data: (actor) => build.timeEntry(uidOf(actor)) },
    update: { path: (_a, tag) => entry(tag), existing: (actor) => build.timeEntry(uidOf(actor)), data: () => ({ minutes: 120 }) },
    delete: { path: (_a, tag) => entry(tag), existing: (actor) => build.timeEntry(uidOf(actor)) },
    // DESIGN §4 gives staff "read, create/update own": deleting is the admin's
    allow: { get: STAFF, list: STAFF, create: STAFF, update: STAFF, delete: ADMIN },
  },
];

