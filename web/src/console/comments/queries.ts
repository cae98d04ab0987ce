/**
 * A thread: the Replies (client-visible) and Notes (internal) of a project or task, merged. It
 * shows the latest `shown` comments: each side listens to its latest `shown + 1` (the latest
 * N of the two together are among them, and one more says there are earlier ones); "Earlier
 * comments" widens the window. The header's counts are the loaded ones when nothing is earlier,
 * else two count()s.
 */
import { hashKey, useQuery, type QueryKey } from '@tanstack/react-query';
import { limit, query, type Firestore } from 'firebase/firestore';
import { useState } from 'react';
import type { Note, Reply, ThreadParent, TimestampLike, WithId } from '@model';
import { countOf } from '../../lib/pages';
import { latestNotesQuery, latestRepliesQuery, notesQuery, repliesQuery } from '../../lib/refs';
import { liveList } from '../lib/options';
import { useConsole } from '../lib/env';

export const THREAD_PAGE = 50;

export function threadKey(parent: ThreadParent) {
  return parent.kind === 'project'
    ? (['companies', parent.companyId, 'projects', parent.projectId] as const)
    : (['companies', parent.companyId, 'tasks', parent.taskId] as const);
}

export const latestRepliesOptions = (db: Firestore, parent: ThreadParent, size: number) =>
  liveList([...threadKey(parent), 'replies', 'latest', size], () => query(latestRepliesQuery(db, parent), limit(size)));
export const latestNotesOptions = (db: Firestore, parent: ThreadParent, size: number) =>
  liveList([...threadKey(parent), 'notes', 'latest', size], () => query(latestNotesQuery(db, parent), limit(size)));

export type Comment =
  | { kind: 'reply'; id: string; doc: WithId<Reply> }
  | { kind: 'note'; id: string; doc: WithId<Note> };

function millis(t: TimestampLike | undefined | null): number {
  return t ? t.toMillis() : Number.MAX_SAFE_INTEGER;
}

/** Replies and Notes in one list, oldest first (a comment not yet stamped by the server last). */
export function mergeThread(replies: readonly WithId<Reply>[], notes: readonly WithId<Note>[]): Comment[] {
  const all: Comment[] = [
    ...replies.map((doc) => ({ kind: 'reply' as const, id: doc.id, doc })),
    ...notes.map((doc) => ({ kind: 'note' as const, id: doc.id, doc })),
  ];
  return all.sort((a, b) => millis(a.doc.createdAt) - millis(b.doc.createdAt) || a.id.localeCompare(b.id));
}

/** While a wider window loads, the narrower one stays on screen (never another thread's). */
const keepWithin =
  (parent: ThreadParent) =>
  <T,>(previous: T | undefined, previousQuery?: { queryKey: QueryKey }): T | undefined =>
    previousQuery && hashKey(previousQuery.queryKey.slice(0, 4)) === hashKey(threadKey(parent)) ? previous : undefined;

export function useThread(parent: ThreadParent) {
  const { db } = useConsole();
  const id = hashKey(threadKey(parent));
  const [shownFor, setShownFor] = useState({ of: id, shown: THREAD_PAGE });
  const shown = shownFor.of === id ? shownFor.shown : THREAD_PAGE;
  const replies = useQuery({ ...latestRepliesOptions(db, parent, shown + 1), placeholderData: keepWithin(parent) });
  const notes = useQuery({ ...latestNotesOptions(db, parent, shown + 1), placeholderData: keepWithin(parent) });
  const merged = replies.data && notes.data ? mergeThread(replies.data, notes.data) : undefined;
  const hasEarlier = merged !== undefined && merged.length > shown;
  const comments = merged?.slice(-shown);
  const counted = useQuery({
    queryKey: [...threadKey(parent), 'counts', replies.dataUpdatedAt, notes.dataUpdatedAt],
    queryFn: async () => ({ replies: await countOf(repliesQuery(db, parent)), notes: await countOf(notesQuery(db, parent)) }),
    enabled: hasEarlier,
    placeholderData: keepWithin(parent),
  });
  const loaded = comments && { replies: comments.filter((c) => c.kind === 'reply').length, notes: comments.filter((c) => c.kind === 'note').length };
  return {
    comments,
    counts: hasEarlier ? counted.data : loaded,
    hasEarlier,
    loadEarlier: () => setShownFor({ of: id, shown: shown + THREAD_PAGE }),
    isLoadingEarlier: replies.isPlaceholderData || notes.isPlaceholderData,
    isPending: replies.isPending || notes.isPending,
    error: replies.error ?? notes.error,
    refetch: () => {
      void replies.refetch();
      void notes.refetch();
    },
  };
}
