/** Reply writes the portal makes; shaped exactly as the rules require (DESIGN §4). */
import { addDoc, collection, doc, serverTimestamp, updateDoc, type Firestore } from 'firebase/firestore';
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

/** A client's Reply: exactly body, authorUid, authorName, authorRole 'client', createdAt now. */
export async function addClientReply(db: Firestore, parent: ThreadParent, author: ReplyAuthor, body: string): Promise<string> {
  const ref = await addDoc(collection(db, repliesPath(parent)), {
    body: body.trim(),
    authorUid: author.uid,
    authorName: author.name,
    authorRole: 'client',
    createdAt: serverTimestamp(),
  });
  return ref.id;
}

/** Edit the body of one's own reply; the rules allow body and editedAt only. */
export async function editReplyBody(db: Firestore, parent: ThreadParent, replyId: string, body: string): Promise<void> {
  await updateDoc(doc(db, repliesPath(parent), replyId), { body: body.trim(), editedAt: serverTimestamp() });
}
