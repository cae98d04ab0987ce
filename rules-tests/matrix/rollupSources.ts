/** rollupSources/{id}: what each source document contributed to the rollups — Functions only. */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { build, ids } from '../support/fixtures';
import { NOBODY, type MatrixRow } from '../support/matrix-rows';

const source = (id: string) => `${paths.rollupSources()}/${id}`;

export const rows: MatrixRow[] = [
  {
    name: 'rollupSources/{id}',
    get: { path: () => source(ids.rollupSource) },
    list: { query: (db) => collection(db, paths.rollupSources()) },
    create: { path: (_a, tag) => source(tag), data: () => build.rollupSource() },
    update: { path: (_a, tag) => source(tag), existing: () => build.rollupSource(), data: () => ({ contribution: {} }) },
    delete: { path: (_a, tag) => source(tag), existing: () => build.rollupSource() },
    allow: { get: NOBODY, list: NOBODY, create: NOBODY, update: NOBODY, delete: NOBODY },
  },
];
