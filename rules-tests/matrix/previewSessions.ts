/**
 * previewSessions/{uid} (DESIGN §3, §5): every "View as" account startPreview minted, so that
 * setUserAccess can end them with their staff member's access. Functions only.
 */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { build, ids } from '../support/fixtures';
import { NOBODY, type MatrixRow } from '../support/matrix-rows';

const session = (id: string) => `${paths.previewSessions()}/${id}`;

export const rows: MatrixRow[] = [
  {
    name: 'previewSessions/{uid}',
    get: { path: () => session(ids.previewSession) },
    list: { query: (db) => collection(db, paths.previewSessions()) },
    // e.g. a preview account registering itself, or staff moving a session to another company
    create: { path: (_a, tag) => session(tag), data: () => build.previewSession() },
    update: { path: (_a, tag) => session(tag), existing: () => build.previewSession(), data: () => ({ companyId: 'globex' }) },
    delete: { path: (_a, tag) => session(tag), existing: () => build.previewSession() },
    allow: { get: NOBODY, list: NOBODY, create: NOBODY, update: NOBODY, delete: NOBODY },
  },
];

