/** Comment writes as mutations, for one thread (a project or a task). */
import { useCallback } from 'react';
import type { ThreadParent } from '@model';
import { useConsole } from '../lib/env';
import { useConsoleMutation } from '../lib/mutation';
import { queueReply } from './outgoing';
import type { Comment } from './queries';
import { addNote, deleteComment, editComment, noteToReply, replyToNote, type CommentKind } from './writes';

export function useAddNote(parent: ThreadParent) {
  return useConsoleMutation(({ db, me }, body: string) => addNote(db, parent, me, body));
}

export function useEditComment(parent: ThreadParent) {
  return useConsoleMutation(({ db }, { kind, id, body }: { kind: CommentKind; id: string; body: string }) => editComment(db, parent, kind, id, body));
}

export function useDeleteComment(parent: ThreadParent) {
  return useConsoleMutation(({ db }, { kind, id }: Pick<Comment, 'kind' | 'id'>) => deleteComment(db, parent, kind, id));
}

/** Reply → internal Note, or Note → Reply (keeping author and time). */
export function useSwitchComment(parent: ThreadParent) {
  return useConsoleMutation(({ db }, comment: Comment) => (comment.kind === 'reply' ? replyToNote(db, parent, comment.doc) : noteToReply(db, parent, comment.doc)));
}

/**
 * A Reply waits out its undo window in the outgoing store (./outgoing) before it is written: the
 * store outlives the page, so the write is not a mutation of this component; it is sent with
 * the staff member's Firestore and name, taken here.
 */
export function useQueueReply(parent: ThreadParent) {
  const { db, me } = useConsole();
  return useCallback(
    (body: string, labels: { parentLabel: string; companyName: string }) => queueReply(db, me, parent, body, labels),
    [db, me, parent],
  );
}
