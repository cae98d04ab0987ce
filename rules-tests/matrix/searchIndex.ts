/** searchIndex/{id} (DESIGN §4 via issue 10): the console's search entries — staff read, Functions write. */
import { collection, limit, query, where } from 'firebase/firestore';
import { paths } from '@model';
import { build, ids } from '../support/fixtures';
import { NOBODY, STAFF, type MatrixRow } from '../support/matrix-rows';

const entry = (id: string) => `${paths.searchIndex()}/${id}`;

export const rows: MatrixRow[] = [
  {
    name: 'searchIndex/{id}',
    get: { path: () => entry(ids.searchEntry) },
    // the console's query shape: one kind, one token, a limit
    list: { query: (db) => query(collection(db, paths.searchIndex()), where('kind', '==', 'task'), where('tokens', 'array-contains', 'hom'), limit(10)) },
    // e.g. staff planting a misleading entry
    create: { path: (_a, tag) => entry(tag), data: () => build.searchEntry() },
    update: { path: (_a, tag) => entry(tag), existing: () => build.searchEntry(), data: () => ({ title: 'Renamed' }) },
    delete: { path: (_a, tag) => entry(tag), existing: () => build.searchEntry() },
    allow: { get: STAFF, list: STAFF, create: NOBODY, update: NOBODY, delete: NOBODY },
  },
];
