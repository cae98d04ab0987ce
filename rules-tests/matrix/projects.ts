/** companies/{c}/projects/{p} and …/private/finance (DESIGN §4). */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { ACME } from '../support/actors';
import { build, ids } from '../support/fixtures';
import { ACME_WORK_READERS, NOBODY, STAFF, type MatrixRow } from '../support/matrix-rows';

export const rows: MatrixRow[] = [
  {
    name: 'companies/{c}/projects/{p}',
    get: { path: () => paths.project(ACME, ids.project) },
    list: { query: (db) => collection(db, paths.projects(ACME)) },
    create: { path: (_a, tag) => paths.project(ACME, tag), data: () => build.project() },
    update: { path: (_a, tag) => paths.project(ACME, tag), existing: () => build.project(), data: () => ({ status: 'on_hold' }) },
    delete: { path: (_a, tag) => paths.project(ACME, tag), existing: () => build.project() },
    allow: { get: ACME_WORK_READERS, list: ACME_WORK_READERS, create: STAFF, update: STAFF, delete: STAFF },
  },
  {
    name: 'companies/{c}/projects/{p}/private/finance',
    get: { path: () => paths.projectFinance(ACME, ids.project) },
    list: { query: (db) => collection(db, `${paths.project(ACME, ids.project)}/private`) },
    // one finance document per project: each case gets its own project
    create: { path: (_a, tag) => paths.projectFinance(ACME, tag), data: () => build.finance() },
    update: {
      path: (_a, tag) => paths.projectFinance(ACME, tag),
      existing: () => build.finance(),
      data: () => ({ health: 'needs_attention' }),
    },
    delete: { path: (_a, tag) => paths.projectFinance(ACME, tag), existing: () => build.finance() },
    allow: { get: STAFF, list: NOBODY, create: STAFF, update: STAFF, delete: STAFF },
  },
];

