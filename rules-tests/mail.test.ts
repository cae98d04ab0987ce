/** mail/{id} (DESIGN §4): the Trigger Email outbox; staff read, Functions write (no one sends mail from the client). */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { build, ids } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { NOBODY, STAFF, runMatrix, type MatrixRow } from './support/matrix';

useRulesEnv('mail');

const mail = (id: string) => `${paths.mail()}/${id}`;

const rows: MatrixRow[] = [
  {
    name: 'mail/{id}',
    get: { path: () => mail(ids.mail) },
    list: { query: (db) => collection(db, paths.mail()) },
    create: { path: (_a, tag) => mail(tag), data: () => build.mail() },
    update: { path: (_a, tag) => mail(tag), existing: () => build.mail(), data: () => ({ to: 'someone@else.test' }) },
    delete: { path: (_a, tag) => mail(tag), existing: () => build.mail() },
    allow: { get: STAFF, list: STAFF, create: NOBODY, update: NOBODY, delete: NOBODY },
  },
];

runMatrix(rows);
