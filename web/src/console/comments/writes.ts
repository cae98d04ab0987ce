/**
 * Comment writes by staff (isValidStaffReply, isValidNote and their edits). A Reply is written
 * as the staff member, stamped with the server time; switching a comment between Reply and Note
 * moves it in one batch (delete here, create there with the same id), keeping its author and
 * its original createdAt, which the rules allow because that time is in the past.
 */
import { addDoc, deleteDoc, serverTimestamp, updateDoc, writeBatch, type Firestore } from 'firebase/firestore';
import { LIMITS, notesPath, repliesPath, type Note, type Reply, type ThreadParent } from '@model';
import { writeCollection, writeDoc } from '../../lib/writeRefs';
import type { Me } from '../lib/env';

export type CommentKind = 'reply' | 'note';

function pathOf(parent: ThreadParent, kind: CommentKind): string {
  return kind === 'reply' ? repliesPath(parent) : notesPath(parent);
}

export function validateComment(kind: CommentKind, body: string): string | null {
  const text = body.trim();
  if (!text) return 'Write something first.';
  const max = kind === 'reply' ? LIMITS.replyBody : LIMITS.noteBody;
  if (text.length > max) return `${kind === 'reply' ? 'Replies' : 'Notes'} are limited to ${max.toLocaleString('en')} characters.`;
  return null;
}

export async function addNote(db: Firestore, parent: ThreadParent, me: Pick<Me, 'uid' | 'displayName'>, body: string): Promise<string> {
  const ref = await addDoc(writeCollection<Note>(db, notesPath(parent)), {
    body: body.trim(),
    authorUid: me.uid,
    authorName: me.displayName,
    createdAt: serverTimestamp(),
  });
  return ref.id;
}

export async function addStaffReply(db: Firestore, parent: ThreadParent, me: Pick<Me, 'uid' | 'displayName'>, body: string): Promise<string> {
  const ref = await addDoc(writeCollection<Reply>(db, repliesPath(parent)), {
    body: body.trim(),
    authorUid: me.uid,
    authorName: me.displayName,
    authorRole: 'staff',
    createdAt: serverTimestamp(),
  });
  return ref.id;
}

export async function editComment(db: Firestore, parent: ThreadParent, kind: CommentKind, id: string, body: string): Promise<void> {
  await updateDoc(writeDoc<Reply | Note>(db, `${pathOf(parent, kind)}/${id}`), { body: body.trim(), editedAt: serverTimestamp() });
}

export async function deleteComment(db: Firestore, parent: ThreadParent, kind: CommentKind, id: string): Promise<void> {
  await deleteDoc(writeDoc<Reply | Note>(db, `${pathOf(parent, kind)}/${id}`));
}

/** Reply → Note: the client no longer sees it. */
export async function replyToNote(db: Firestore, parent: ThreadParent, reply: Reply & { id: string }): Promise<void> {
  if (reply.body.trim().length > LIMITS.noteBody) throw new Error('This reply is too long to become a note.');
  const batch = writeBatch(db);
  batch.delete(writeDoc<Reply>(db, `${repliesPath(parent)}/${reply.id}`));
  const note: Omit<Note, 'editedAt'> & { editedAt?: Note['editedAt'] } = {
    body: reply.body,
    authorUid: reply.authorUid,
    authorName: reply.authorName,
    createdAt: reply.createdAt,
  };
  if (reply.editedAt) note.editedAt = reply.editedAt;
  batch.set(writeDoc<Note>(db, `${notesPath(parent)}/${reply.id}`), note);
  await batch.commit();
}

/** Note → Reply: the client sees it, with its original author and time. */
export async function noteToReply(db: Firestore, parent: ThreadParent, note: Note & { id: string }): Promise<void> {
  if (note.body.trim().length > LIMITS.replyBody) {
    throw new Error(`This note is longer than a reply may be (${LIMITS.replyBody.toLocaleString('en')} characters). Shorten it first.`);
  }
  const batch = writeBatch(db);
  batch.delete(writeDoc<Note>(db, `${notesPath(parent)}/${note.id}`));
  const reply: Omit<Reply, 'editedAt'> & { editedAt?: Reply['editedAt'] } = {
    body: note.body,
    authorUid: note.authorUid,
    authorName: note.authorName,
    authorRole: 'staff',
    createdAt: note.createdAt,
  };
  if (note.editedAt) reply.editedAt = note.editedAt;
  batch.set(writeDoc<Reply>(db, `${repliesPath(parent)}/${note.id}`), reply);
  await batch.commit();
}
