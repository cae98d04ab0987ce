/** staffRates/{uid} (DESIGN §4): hourly and cost rates, admin only. */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { ACTORS } from '../support/actors';
import { build } from '../support/fixtures';
import { ADMIN, type MatrixRow } from '../support/matrix-rows';

const rate = (tag: string) => `${paths.staffRates()}/${tag}`;

export const rows: MatrixRow[] = [
  {
    name: 'staffRates/{uid}',
    get: { path: () => rate(ACTORS.staff.uid ?? '') },
    list: { query: (db) => collection(db, paths.staffRates()) },
    create: { path: (_a, tag) => rate(tag), data: () => build.staffRate() },
    update: { path: (_a, tag) => rate(tag), existing: () => build.staffRate(), data: () => ({ hourlyRate: 13000 }) },
    delete: { path: (_a, tag) => rate(tag), existing: () => build.staffRate() },
    allow: { get: ADMIN, list: ADMIN, create: ADMIN, update: ADMIN, delete: ADMIN },
  },
];

