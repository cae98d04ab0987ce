/** A thread: the Replies (client-visible) and Notes (internal) of a project or task, merged. */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import type { Note, Reply, ThreadParent, TimestampLike, WithId } from '@model';
import { notesQuery, repliesQuery } from '../../lib/refs';
import { liveList } from '../lib/options';
import { useConsole } from '../lib/env';

export function threadKey(parent: ThreadParent) {
  return parent.kind === 'project'
    ? (['companies', parent.companyId, 'projects', parent.projectId] as const)
    : (['companies', parent.companyId, 'tasks', parent.taskId] as const);
}

export const repliesOptions = (db: Firestore, parent: ThreadParent) => liveList([...threadKey(parent), 'replies'], () => repliesQuery(db, parent));
export const notesOptions = (db: Firestore, parent: ThreadParent) => liveList([...threadKey(parent), 'notes'], () => notesQuery(db, parent));

export type Comment =
  | { kind: 'reply'; id: string; doc: WithId<Reply> }
  | { kind: 'note'; id: string; doc: WithId<Note> };

function millis(t: TimestampLike | undefined | null): number {
  return t ? t.toMillis() : Number.MAX_SAFE_INTEGER;
}

export function mergeThread(replies: readonly WithId<Reply>[], notes: readonly WithId<Note>[]): Comment[] {
  const all: Comment[] = [
    ...replies.map((doc) => ({ kind: 'reply' as const, id: doc.id, doc })),
    ...notes.map((doc) => ({ kind: 'note' as const, id: doc.id, doc })),
  ];
  return all.sort((a, b) => millis(a.doc.createdAt) - millis(b.doc.createdAt));
}

export function useThread(parent: ThreadParent) {
  const { db } = useConsole();
  const replies = useQuery(repliesOptions(db, parent));
  const notes = useQuery(notesOptions(db, parent));
  return {
    comments: replies.data && notes.data ? mergeThread(replies.data, notes.data) : undefined,
    isPending: replies.isPending || notes.isPending,
    error: replies.error ?? notes.error,
    refetch: () => {
      void replies.refetch();
      void notes.refetch();
    },
  };
}
