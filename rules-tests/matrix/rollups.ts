/**
 * rollups/{id} (DESIGN §4): totals Functions keep for the dashboards. Staff read project and
 * person-week rollups (their lists filter on kind); month rollups (revenue, value at hourly rates)
 * are the admins'. Nobody writes from a browser; clients read none.
 */
import { collection, query, where } from 'firebase/firestore';
import { STAFF_ROLLUP_KINDS, paths } from '@model';
import { build, ids } from '../support/fixtures';
import { ADMIN, NOBODY, STAFF, type MatrixRow } from '../support/matrix-rows';

const rollup = (id: string) => `${paths.rollups()}/${id}`;

export const rows: MatrixRow[] = [
  {
    name: 'rollups/{id} (project and person-week totals)',
    get: { path: () => rollup(ids.projectRollup) },
    list: { query: (db) => query(collection(db, paths.rollups()), where('kind', 'in', [...STAFF_ROLLUP_KINDS])) },
    // e.g. staff lowering a project's cost to date
    create: { path: (_a, tag) => rollup(`project~acme~${tag}`), data: () => build.projectRollup() },
    update: { path: (_a, tag) => rollup(`project~acme~${tag}`), existing: () => build.projectRollup(), data: () => ({ minutes: 1 }) },
    delete: { path: (_a, tag) => rollup(`project~acme~${tag}`), existing: () => build.projectRollup() },
    allow: { get: STAFF, list: STAFF, create: NOBODY, update: NOBODY, delete: NOBODY },
  },
  {
    name: 'rollups/{id} (person-week)',
    get: { path: () => rollup(ids.weekRollup) },
    allow: { get: STAFF },
  },
  {
    // A week nobody logged time in has no rollup yet: staff may ask (Workload, Time) and learn
    // only that it does not exist; the id says which kind it would be.
    name: 'rollups/{id} (a person-week or team-week not written yet)',
    get: { path: () => rollup('team~2099-01-05') },
    allow: { get: STAFF },
  },
  {
    name: 'rollups/{id} (a month not written yet)',
    get: { path: () => rollup('month~2099-01') },
    allow: { get: ADMIN },
  },
  {
    name: 'rollups/{id} (month: revenue and rate-derived value)',
    get: { path: () => rollup(ids.monthRollup) },
    list: { query: (db) => query(collection(db, paths.rollups()), where('kind', '==', 'month')) },
    create: { path: (_a, tag) => rollup(`month~${tag}`), data: () => build.monthRollup() },
    update: { path: (_a, tag) => rollup(`month~${tag}`), existing: () => build.monthRollup(), data: () => ({ invoiced: { USD: 1 } }) },
    delete: { path: (_a, tag) => rollup(`month~${tag}`), existing: () => build.monthRollup() },
    allow: { get: ADMIN, list: ADMIN, create: NOBODY, update: NOBODY, delete: NOBODY },
  },
];
