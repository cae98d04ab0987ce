/**
 * Replies waiting out their undo window. A Reply is client-visible the moment it is written, so
 * the console holds it here for UNDO_WINDOW_MS ("Sending to client… Undo") and writes it only
 * then. The store lives outside React so leaving the page does not lose (or silently drop) a
 * reply in flight; the shell shows every pending one, the thread shows its own.
 */
import { useSyncExternalStore } from 'react';
import type { Firestore } from 'firebase/firestore';
import type { ThreadParent } from '@model';
import { addStaffReply } from './writes';
import { type Me } from '../lib/env';

export const UNDO_WINDOW_MS = 10_000;

export interface OutgoingReply {
  id: string;
  parent: ThreadParent;
  parentLabel: string;
  companyName: string;
  body: string;
  sendAt: number;
  state: 'waiting' | 'sending' | 'failed';
  error: string | null;
}

interface Entry extends OutgoingReply {
  timer: ReturnType<typeof setTimeout> | null;
  db: Firestore;
  me: Me;
}

let entries: Entry[] = [];
let snapshot: readonly OutgoingReply[] = [];
const listeners = new Set<() => void>();
/** Bodies taken back with Undo, for the composer of that thread to restore. */
const restored = new Map<string, string>();
let sequence = 0;

function emit() {
  snapshot = entries.map(({ timer: _t, db: _d, me: _m, ...rest }) => rest);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function parentId(parent: ThreadParent): string {
  return parent.kind === 'project' ? `${parent.companyId}/projects/${parent.projectId}` : `${parent.companyId}/tasks/${parent.taskId}`;
}

async function send(id: string) {
  const entry = entries.find((e) => e.id === id);
  if (!entry || entry.state === 'sending') return;
  if (entry.timer) clearTimeout(entry.timer);
  entry.timer = null;
  entry.state = 'sending';
  entry.error = null;
  emit();
  try {
    await addStaffReply(entry.db, entry.parent, entry.me, entry.body);
    entries = entries.filter((e) => e.id !== id);
  } catch (error) {
    entry.state = 'failed';
    entry.error = error instanceof Error ? error.message : String(error);
  }
  emit();
}

export function queueReply(
  db: Firestore,
  me: Me,
  parent: ThreadParent,
  body: string,
  labels: { parentLabel: string; companyName: string },
  delayMs = UNDO_WINDOW_MS,
): string {
  const id = `out-${Date.now()}-${++sequence}`;
  const entry: Entry = {
    id,
    parent,
    body: body.trim(),
    parentLabel: labels.parentLabel,
    companyName: labels.companyName,
    sendAt: Date.now() + delayMs,
    state: 'waiting',
    error: null,
    timer: null,
    db,
    me,
  };
  entry.timer = setTimeout(() => void send(id), delayMs);
  entries = [...entries, entry];
  emit();
  return id;
}

/** Cancels a waiting reply; its text goes back to the thread's composer. */
export function undoReply(id: string): OutgoingReply | null {
  const entry = entries.find((e) => e.id === id);
  if (!entry || entry.state === 'sending') return null;
  if (entry.timer) clearTimeout(entry.timer);
  entries = entries.filter((e) => e.id !== id);
  restored.set(parentId(entry.parent), entry.body);
  emit();
  return entry;
}

export function sendReplyNow(id: string): void {
  void send(id);
}

export function retryReply(id: string): void {
  void send(id);
}

/** The composer of `parent` takes back an undone reply (once). */
export function takeRestored(parent: ThreadParent): string | null {
  const key = parentId(parent);
  const body = restored.get(key) ?? null;
  restored.delete(key);
  return body;
}

/** Sends every waiting reply now (before signing out: afterwards the write would be refused). */
export async function flushOutgoing(): Promise<void> {
  await Promise.all(entries.filter((e) => e.state === 'waiting').map((e) => send(e.id)));
}

export function hasOutgoing(): boolean {
  return entries.length > 0;
}

export function useOutgoingReplies(): readonly OutgoingReply[] {
  return useSyncExternalStore(subscribe, () => snapshot);
}

// Leaving the app with a reply in its undo window would drop it: ask first.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (event) => {
    if (entries.some((e) => e.state !== 'failed')) {
      event.preventDefault();
    }
  });
}
