/** companies/{c}/tasks/{t} (DESIGN §4): the company's client reads; staff write, validated. */
import { collection, serverTimestamp } from 'firebase/firestore';
import { paths } from '@model';
import { ACME } from '../support/actors';
import { build, ids, storedTask } from '../support/fixtures';
import { ACME_WORK_READERS, STAFF, type MatrixRow } from '../support/matrix-rows';

export const rows: MatrixRow[] = [
  {
    name: 'companies/{c}/tasks/{t}',
    get: { path: () => paths.task(ACME, ids.task) },
    list: { query: (db) => collection(db, paths.tasks(ACME)) },
    create: { path: (_a, tag) => paths.task(ACME, tag), data: () => build.task() },
    update: {
      path: (_a, tag) => paths.task(ACME, tag),
      existing: () => storedTask(),
      data: () => ({ status: 'in_review', updatedAt: serverTimestamp() }),
    },
    delete: { path: (_a, tag) => paths.task(ACME, tag), existing: () => storedTask() },
    allow: { get: ACME_WORK_READERS, list: ACME_WORK_READERS, create: STAFF, update: STAFF, delete: STAFF },
  },
];

