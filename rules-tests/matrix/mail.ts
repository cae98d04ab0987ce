/**
 * mail/{id} (DESIGN §4): the Trigger Email queue. It holds bearer sign-in links, so only Cloud
 * Functions read or write it — no browser, not even staff's (they read the redacted outbox).
 */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { build, ids } from '../support/fixtures';
import { NOBODY, type MatrixRow } from '../support/matrix-rows';

const mail = (id: string) => `${paths.mail()}/${id}`;

export const rows: MatrixRow[] = [
  {
    name: 'mail/{id}',
    get: { path: () => mail(ids.mail) },
    list: { query: (db) => collection(db, paths.mail()) },
    create: { path: (_a, tag) => mail(tag), data: () => build.mail() },
    update: { path: (_a, tag) => mail(tag), existing: () => build.mail(), data: () => ({ to: 'someone@else.test' }) },
    delete: { path: (_a, tag) => mail(tag), existing: () => build.mail() },
    allow: { get: NOBODY, list: NOBODY, create: NOBODY, update: NOBODY, delete: NOBODY },
  },
];

