/**
 * Reply comments on projects and tasks (DESIGN §4): the only thing a client writes. A client
 * creates exactly {body, authorUid: self, authorName, authorRole: 'client', createdAt: now} under
 * their own company and later edits only body + editedAt of their own reply. Previews write nothing.
 */
import { collection, serverTimestamp } from 'firebase/firestore';
import { repliesPath, type ThreadParent } from '@model';
import type { ActorKey } from '../support/actors';
import { acmeProject, acmeTask, ids, replyFor, storedReplyBy } from '../support/fixtures';
import { ACME_CLIENT_WRITERS, ACME_WORK_READERS, type MatrixRow } from '../support/matrix-rows';

const REPLY_WRITERS: readonly ActorKey[] = [...ACME_CLIENT_WRITERS, 'staff', 'admin'];

function row(name: string, parent: ThreadParent): MatrixRow {
  const reply = (id: string) => `${repliesPath(parent)}/${id}`;
  return {
    name,
    get: { path: () => reply(ids.clientReply) },
    list: { query: (db) => collection(db, repliesPath(parent)) },
    // each actor writes its own legitimate variant: client-shaped, or staff-shaped for staff/admin
    create: { path: (_a, tag) => reply(tag), data: (actor) => replyFor(actor) },
    // each actor edits a reply they wrote themselves
    update: {
      path: (_a, tag) => reply(tag),
      existing: (actor) => storedReplyBy(actor),
      data: () => ({ body: 'Edited: looks great.', editedAt: serverTimestamp() }),
    },
    delete: { path: (_a, tag) => reply(tag), existing: (actor) => storedReplyBy(actor) },
    allow: { get: ACME_WORK_READERS, list: ACME_WORK_READERS, create: REPLY_WRITERS, update: REPLY_WRITERS, delete: ['staff', 'admin'] },
  };
}

export const rows: MatrixRow[] = [row('companies/{c}/projects/{p}/replies/{id}', acmeProject), row('companies/{c}/tasks/{t}/replies/{id}', acmeTask)];
