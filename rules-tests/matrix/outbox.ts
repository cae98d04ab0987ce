/** outbox/{id} (DESIGN §4): the redacted mirror of mail/{id}; staff read, Functions write. */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { build, ids } from '../support/fixtures';
import { NOBODY, STAFF, type MatrixRow } from '../support/matrix-rows';

const entry = (id: string) => `${paths.outbox()}/${id}`;

export const rows: MatrixRow[] = [
  {
    name: 'outbox/{id}',
    get: { path: () => entry(ids.outbox) },
    list: { query: (db) => collection(db, paths.outbox()) },
    // e.g. staff faking a delivered invitation, or hiding a failed one
    create: { path: (_a, tag) => entry(tag), data: () => build.outbox() },
    update: { path: (_a, tag) => entry(tag), existing: () => build.outbox(), data: () => ({ state: 'ERROR', error: 'bounced' }) },
    delete: { path: (_a, tag) => entry(tag), existing: () => build.outbox() },
    allow: { get: STAFF, list: STAFF, create: NOBODY, update: NOBODY, delete: NOBODY },
  },
];

