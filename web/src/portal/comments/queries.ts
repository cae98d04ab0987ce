/** Reply threads on projects and tasks: live replies, add a Reply, edit one's own. */
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { ThreadParent } from '@model';
import { addClientReply, editReplyBody } from '../../lib/comments';
import { live, querySubscription } from '../../lib/live';
import { repliesQuery } from '../../lib/refs';
import { scopeKey, usePortal, type PortalScope } from '../context';

export type ThreadRef = { kind: 'project'; projectId: string } | { kind: 'task'; taskId: string };

export function threadParent(scope: PortalScope, thread: ThreadRef): ThreadParent {
  return thread.kind === 'project'
    ? { kind: 'project', companyId: scope.companyId, projectId: thread.projectId }
    : { kind: 'task', companyId: scope.companyId, taskId: thread.taskId };
}

export const replyListQuery = (scope: PortalScope, thread: ThreadRef) =>
  queryOptions({
    queryKey: [...scopeKey(scope), 'replies', thread.kind, thread.kind === 'project' ? thread.projectId : thread.taskId] as const,
    ...live(querySubscription(() => repliesQuery(scope.db, threadParent(scope, thread)))),
  });

export function useReplies(thread: ThreadRef) {
  return useQuery(replyListQuery(usePortal(), thread));
}

/** The listener shows the new reply at once (a pending local write), so nothing to invalidate. */
export function useAddReply(thread: ThreadRef) {
  const scope = usePortal();
  return useMutation({
    mutationFn: (body: string) => addClientReply(scope.db, threadParent(scope, thread), { uid: scope.uid, name: scope.displayName }, body),
  });
}

export function useEditReply(thread: ThreadRef) {
  const scope = usePortal();
  return useMutation({
    mutationFn: ({ replyId, body }: { replyId: string; body: string }) => editReplyBody(scope.db, threadParent(scope, thread), replyId, body),
  });
}
