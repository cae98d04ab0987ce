/** Reply threads on projects and tasks: the latest replies live (earlier ones on demand), add a Reply, edit one's own. */
import { useMutation } from '@tanstack/react-query';
import type { ThreadParent } from '@model';
import type { Firestore } from 'firebase/firestore';
import { editReplyBody, writeClientReply, type ReplyAuthor } from '../../lib/comments';
import { querySubscription } from '../../lib/live';
import { countOf, useAggregate, useLivePages } from '../../lib/pages';
import { latestRepliesQuery, pageQuery, replyCursor } from '../../lib/refs';
import { scopeKey, usePortal, type PortalScope } from '../lib/context';

export type ThreadRef = { kind: 'project'; projectId: string } | { kind: 'task'; taskId: string };

export function threadParent(scope: PortalScope, thread: ThreadRef): ThreadParent {
  return thread.kind === 'project'
    ? { kind: 'project', companyId: scope.companyId, projectId: thread.projectId }
    : { kind: 'task', companyId: scope.companyId, taskId: thread.taskId };
}

/** Replies a thread shows at first: the latest 50; "Earlier replies" loads the 50 before. */
export const REPLY_PAGE = 50;

export const replyKeys = {
  thread: (scope: PortalScope, thread: ThreadRef) => [...scopeKey(scope), 'replies', thread.kind, thread.kind === 'project' ? thread.projectId : thread.taskId] as const,
  list: (scope: PortalScope, thread: ThreadRef) => [...replyKeys.thread(scope, thread), 'list'] as const,
  count: (scope: PortalScope, thread: ThreadRef) => [...replyKeys.thread(scope, thread), 'count'] as const,
};

/** The thread newest first, a page at a time (the thread shows them oldest to newest). */
export function useReplyPages(thread: ThreadRef) {
  const scope = usePortal();
  return useLivePages({
    listKey: replyKeys.list(scope, thread),
    pageSize: REPLY_PAGE,
    page: (cursor, limit) => querySubscription(() => pageQuery(latestRepliesQuery(scope.db, threadParent(scope, thread)), cursor, limit)),
    cursorOf: replyCursor,
  });
}

/** How many replies a thread holds (count()), asked only when not all are shown. */
export function useReplyCount(thread: ThreadRef, version: number, enabled: boolean) {
  const scope = usePortal();
  return useAggregate(
    { queryKey: replyKeys.count(scope, thread), queryFn: () => countOf(latestRepliesQuery(scope.db, threadParent(scope, thread))), enabled },
    version,
  );
}

export interface QueuedReply {
  id: string;
  /** settles when the server has it (or refuses it); offline, it waits for the connection */
  written: Promise<void>;
}

/**
 * A client's Reply, queued (issue 12): lib/comments.ts's writeClientReply (shaped as the rules
 * require), done once the write is in the local cache — the listener shows it at once, flagged
 * as pending — not when the server confirms it. Offline, Firestore keeps it (in the persistent
 * cache, across reloads) and sends it when the connection returns. `written` tells the composer
 * if the server refuses it, so the text comes back.
 */
export function queueClientReply(db: Firestore, parent: ThreadParent, author: ReplyAuthor, body: string): QueuedReply {
  return writeClientReply(db, parent, author, body);
}

/** The listener shows the new reply at once (a pending local write), so nothing to invalidate. */
export function useAddReply(thread: ThreadRef) {
  const scope = usePortal();
  return useMutation({
    mutationFn: (body: string) => Promise.resolve(queueClientReply(scope.db, threadParent(scope, thread), { uid: scope.uid, name: scope.displayName }, body)),
    // Firestore queues the write offline; TanStack Query must not hold the mutation back.
    networkMode: 'always',
  });
}

/**
 * A queued edit of one's own reply, like queueClientReply: editReplyBody's write (what the rules
 * tests run), not awaited — it is in the local cache at once, and `written` settles with the server.
 */
export function queueReplyEdit(db: Firestore, parent: ThreadParent, replyId: string, body: string): QueuedReply {
  return { id: replyId, written: editReplyBody(db, parent, replyId, body) };
}

/** Done once the edit is in the local queue (the reply shows it, flagged as pending), offline too. */
export function useEditReply(thread: ThreadRef) {
  const scope = usePortal();
  return useMutation({
    mutationFn: ({ replyId, body }: { replyId: string; body: string }) => Promise.resolve(queueReplyEdit(scope.db, threadParent(scope, thread), replyId, body)),
    networkMode: 'always',
  });
}
