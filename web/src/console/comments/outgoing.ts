/**
 * Replies waiting out their undo window. A Reply is client-visible the moment it is written, so
 * the console holds it here for UNDO_WINDOW_MS ("Sending to client… Undo") and writes it only
 * then. The store lives outside React so leaving the page does not lose (or silently drop) a
 * reply in flight; a thread on screen shows its own, the shell shows every other one. A reply the
 * server refused stays here, with Retry, until it is sent, taken back or discarded.
 */
import { useSyncExternalStore } from 'react';
import type { Firestore } from 'firebase/firestore';
import type { ThreadParent } from '@model';
import { addStaffReply } from './writes';
import { type Me } from '../lib/env';
import { actionError } from '../lib/errors';

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
  /** its thread is on screen (and shows it): the shell's stack leaves it out */
  inThread: boolean;
}

interface Entry extends Omit<OutgoingReply, 'inThread'> {
  timer: ReturnType<typeof setTimeout> | null;
  /** the write under way (state 'sending'), for whoever waits for it */
  inFlight: Promise<void> | null;
  db: Firestore;
  me: Me;
}

let entries: Entry[] = [];
let snapshot: readonly OutgoingReply[] = [];
const listeners = new Set<() => void>();
/** Bodies taken back with Undo, for the composer of that thread to restore. */
const restored = new Map<string, string>();
/** The threads on screen (by parentId), counted: a thread shows its own replies. */
const threadsOnScreen = new Map<string, number>();
let sequence = 0;

function emit() {
  snapshot = entries.map(({ timer: _t, inFlight: _f, db: _d, me: _m, ...rest }) => ({ ...rest, inThread: (threadsOnScreen.get(parentId(rest.parent)) ?? 0) > 0 }));
  for (const listener of listeners) listener();
}

/** A thread of `parent` is on screen until the returned function is called. */
export function showThread(parent: ThreadParent): () => void {
  const key = parentId(parent);
  threadsOnScreen.set(key, (threadsOnScreen.get(key) ?? 0) + 1);
  emit();
  return () => {
    const left = (threadsOnScreen.get(key) ?? 1) - 1;
    if (left > 0) threadsOnScreen.set(key, left);
    else threadsOnScreen.delete(key);
    emit();
  };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function parentId(parent: ThreadParent): string {
  return parent.kind === 'project' ? `${parent.companyId}/projects/${parent.projectId}` : `${parent.companyId}/tasks/${parent.taskId}`;
}

/** Sends the reply now; while it is being sent, the same write is waited for, not made twice. */
function send(id: string): Promise<void> {
  const entry = entries.find((e) => e.id === id);
  if (!entry) return Promise.resolve();
  if (entry.inFlight) return entry.inFlight;
  if (entry.timer) clearTimeout(entry.timer);
  entry.timer = null;
  entry.state = 'sending';
  entry.error = null;
  emit();
  entry.inFlight = (async () => {
    try {
      await addStaffReply(entry.db, entry.parent, entry.me, entry.body);
      entries = entries.filter((e) => e.id !== id);
    } catch (error) {
      entry.state = 'failed';
      entry.error = actionError(error);
    }
    entry.inFlight = null;
    emit();
  })();
  return entry.inFlight;
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
    inFlight: null,
    db,
    me,
  };
  entry.timer = setTimeout(() => void send(id), delayMs);
  entries = [...entries, entry];
  emit();
  return id;
}

/** Cancels a waiting reply, or takes back a failed one; its text goes back to the thread's composer. */
export function undoReply(id: string): boolean {
  const entry = entries.find((e) => e.id === id);
  if (!entry || entry.state === 'sending') return false;
  if (entry.timer) clearTimeout(entry.timer);
  entries = entries.filter((e) => e.id !== id);
  const key = parentId(entry.parent);
  // Two replies taken back before the composer picked up the first: both texts come back.
  restored.set(key, joinDrafts(restored.get(key) ?? '', entry.body));
  emit();
  return true;
}

/** Drops a reply the server refused, text and all (the person chose to). */
export function discardReply(id: string): void {
  const entry = entries.find((e) => e.id === id);
  if (!entry || entry.state !== 'failed') return;
  entries = entries.filter((e) => e.id !== id);
  emit();
}

export function sendReplyNow(id: string): void {
  void send(id);
}

export function retryReply(id: string): void {
  void send(id);
}

/** A draft with more text after it, a blank line between (either may be empty). */
export function joinDrafts(draft: string, more: string): string {
  return draft.trim() === '' ? more : more.trim() === '' ? draft : `${draft.trimEnd()}\n\n${more}`;
}

/** The composer of `parent` takes back an undone reply (once). */
export function takeRestored(parent: ThreadParent): string | null {
  const key = parentId(parent);
  const body = restored.get(key) ?? null;
  restored.delete(key);
  return body;
}

/**
 * Sends every waiting reply now, waits for those being sent, and tries the refused ones once more
 * (before signing out: afterwards the write would be refused). True when nothing is left unsent;
 * false also when the server has not confirmed within `waitMs` (offline, say).
 */
export async function flushOutgoing(waitMs = 15_000): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
  await Promise.race([Promise.all(entries.map((e) => send(e.id))), timeout]);
  clearTimeout(timer);
  return entries.length === 0;
}

export function hasOutgoing(): boolean {
  return entries.length > 0;
}

export function useOutgoingReplies(): readonly OutgoingReply[] {
  return useSyncExternalStore(subscribe, () => snapshot);
}

// Leaving the app with a reply in its undo window, or one the server refused, would drop it: ask first.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (event) => {
    if (hasOutgoing()) event.preventDefault();
  });
}
