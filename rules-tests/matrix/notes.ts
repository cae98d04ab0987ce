/** Internal Notes on projects and tasks (DESIGN §4): staff only, never readable by a client. */
import { collection, serverTimestamp } from 'firebase/firestore';
import { notesPath, type ThreadParent } from '@model';
import { ACTORS } from '../support/actors';
import { acmeProject, acmeTask, build, ids, storedNoteBy } from '../support/fixtures';
import { STAFF, type MatrixRow } from '../support/matrix-rows';

function row(name: string, parent: ThreadParent): MatrixRow {
  const note = (id: string) => `${notesPath(parent)}/${id}`;
  return {
    name,
    get: { path: () => note(ids.note) },
    list: { query: (db) => collection(db, notesPath(parent)) },
    create: { path: (_a, tag) => note(tag), data: (actor) => build.note(actor) },
    update: {
      path: (_a, tag) => note(tag),
      existing: () => storedNoteBy(ACTORS.staff),
      data: () => ({ body: 'Client now prefers green.', editedAt: serverTimestamp() }),
    },
    delete: { path: (_a, tag) => note(tag), existing: () => storedNoteBy(ACTORS.staff) },
    allow: { get: STAFF, list: STAFF, create: STAFF, update: STAFF, delete: STAFF },
  };
}

export const rows: MatrixRow[] = [row('companies/{c}/projects/{p}/notes/{id}', acmeProject), row('companies/{c}/tasks/{t}/notes/{id}', acmeTask)];
