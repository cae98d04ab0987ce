/** Reply writes the portal makes; shaped exactly as the rules require (DESIGN §4). */
import { collection, doc, serverTimestamp, setDoc, updateDoc, type Firestore } from 'firebase/firestore';
import type { ThreadParent } from '@model';
import { LIMITS, repliesPath } from '@model';

export interface ReplyAuthor {
  uid: string;
  name: string;
}

export function validateReplyBody(body: string): string | null {
  const trimmed = body.trim();
  if (trimmed.length === 0) return 'Write something before sending.';
  if (trimmed.length > LIMITS.replyBody) return `Replies are limited to ${LIMITS.replyBody.toLocaleString('en')} characters.`;
  return null;
}

/**
 * A client's Reply: exactly body, authorUid, authorName, authorRole 'client', createdAt now.
 * Its id is known at once; `written` settles when the server has it (or refuses it).
 */
export function writeClientReply(db: Firestore, parent: ThreadParent, author: ReplyAuthor, body: string): { id: string; written: Promise<void> } {
  const ref = doc(collection(db, repliesPath(parent)));
  const written = setDoc(ref, {
    body: body.trim(),
    authorUid: author.uid,
    authorName: author.name,
    authorRole: 'client',
    createdAt: serverTimestamp(),
  });
  return { id: ref.id, written };
}

/** writeClientReply, done when the server has it. */
export async function addClientReply(db: Firestore, parent: ThreadParent, author: ReplyAuthor, body: string): Promise<string> {
  const { id, written } = writeClientReply(db, parent, author, body);
  await written;
  return id;
}

/** Edit the body of one's own reply; the rules allow body and editedAt only. */
export async function editReplyBody(db: Firestore, parent: ThreadParent, replyId: string, body: string): Promise<void> {
  await updateDoc(doc(db, repliesPath(parent), replyId), { body: body.trim(), editedAt: serverTimestamp() });
}
