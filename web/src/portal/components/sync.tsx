/**
 * Honest states (issue 12): whether what the portal shows has been confirmed by the server.
 *
 * The live queries (lib/live.ts) record for each key whether its latest snapshot came from the
 * local cache and when the server last answered. From those the portal derives one status:
 *   online      every open listener has its server answer
 *   connecting  some listener has not heard from the server yet, for a few seconds at most
 *   offline     still no server answer after that (or the browser says it is offline)
 * The time of the last server answer is remembered per user (localStorage), so a returning
 * client offline sees "showing what you last saw at 14:05" even after a reload.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { liveMetas, liveMetaVersion, subscribeLiveMeta, type LiveMeta } from '../../lib/live';
import { dateFormat } from '../../lib/format';
import { SkeletonRows, Spinner } from '../../components/ui';
import { usePortal } from '../lib/context';

/** How long a listener may wait for its first server answer before the portal says "Offline". */
export const CONNECTING_GRACE_MS = 4000;

export type SyncState = 'online' | 'connecting' | 'offline';

export interface PortalSync {
  state: SyncState;
  /** when the server last answered (ms): this session, or an earlier visit by the same user */
  lastSyncedAt: number | null;
}

const STORAGE_PREFIX = 'agencyOs.portal.syncedAt.';

export function syncedAtKey(uid: string): string {
  return `${STORAGE_PREFIX}${uid}`;
}

function readStored(uid: string): number | null {
  try {
    const value = Number(window.localStorage.getItem(syncedAtKey(uid)));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/** Forgets the remembered sync times (sign-out). */
export function forgetSyncTimes(): void {
  try {
    for (let i = window.localStorage.length - 1; i >= 0; i -= 1) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) window.localStorage.removeItem(key);
    }
  } catch {
    // storage unavailable: nothing remembered
  }
}

function browserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/**
 * Over the listeners: whether an open one shows the cache, since when the oldest one without a
 * server answer has waited (null: none is waiting), and the latest server answer.
 */
export function listenersState(metas: Iterable<LiveMeta>): { fromCache: boolean; waitingSince: number | null; latest: number | null } {
  let waitingSince: number | null = null;
  let fromCache = false;
  let latest: number | null = null;
  for (const meta of metas) {
    if (meta.serverAt !== null) latest = Math.max(latest ?? 0, meta.serverAt);
    if (!meta.active || !meta.fromCache) continue;
    fromCache = true;
    // No server answer since it (re)started: connecting, even if an earlier listener of that key had one.
    if (meta.serverAt === null || meta.serverAt < meta.startedAt) waitingSince = Math.min(waitingSince ?? Infinity, meta.startedAt);
  }
  return { fromCache, waitingSince, latest };
}

/** The portal's sync status over every open live query. */
export function usePortalSync(): PortalSync {
  const client = useQueryClient();
  const { uid, preview } = usePortal();
  const subscribe = useCallback((listener: () => void) => subscribeLiveMeta(client, listener), [client]);
  const version = useSyncExternalStore(subscribe, () => liveMetaVersion(client));
  const online = useSyncExternalStore(subscribeOnline, browserOnline, () => true);
  const [now, setNow] = useState(() => Date.now());

  const derived = useMemo(() => {
    void version;
    return listenersState(liveMetas(client).values());
  }, [client, version]);

  // Re-evaluate when the grace period of a waiting listener ends.
  useEffect(() => {
    if (derived.waitingSince === null) return;
    const left = derived.waitingSince + CONNECTING_GRACE_MS - Date.now();
    if (left <= 0) return;
    const timer = window.setTimeout(() => setNow(Date.now()), left + 50);
    return () => window.clearTimeout(timer);
  }, [derived.waitingSince]);

  // Remember the latest server answer for the next visit (not for a "View as" preview).
  useEffect(() => {
    if (preview || derived.latest === null) return;
    try {
      window.localStorage.setItem(syncedAtKey(uid), String(derived.latest));
    } catch {
      // storage unavailable
    }
  }, [preview, uid, derived.latest]);

  let state: SyncState = 'online';
  // The browser knows it has no network: offline, whatever the listeners have heard yet.
  if (!online) state = 'offline';
  else if (derived.fromCache) {
    // Waiting for a first answer: "Connecting…" for a few seconds. A listener that had its
    // answer and went back to the cache: the connection was lost.
    const inGrace = derived.waitingSince !== null && now - derived.waitingSince < CONNECTING_GRACE_MS;
    state = inGrace ? 'connecting' : 'offline';
  }
  const lastSyncedAt = derived.latest ?? (preview ? null : readStored(uid));
  return { state, lastSyncedAt };
}

const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

export function formatClock(ms: number): string {
  return dateFormat('en-GB', CLOCK).format(new Date(ms));
}

/** The words for an offline portal. */
export function offlineText(lastSyncedAt: number | null): string {
  return lastSyncedAt ? `Offline — showing what you last saw at ${formatClock(lastSyncedAt)}` : 'Offline — waiting for the connection';
}

/** A pill at the bottom of the page: "Connecting…" or "Offline — showing what you last saw at 14:05". */
export function SyncBanner() {
  const { state, lastSyncedAt } = usePortalSync();
  return (
    <div className={`row wrap banner sync-banner ${state === 'offline' ? 'banner-info' : 'banner-neutral'}`} style={{ gap: '6px 8px' }} role="status" aria-live="polite" data-sync={state} hidden={state === 'online'}>
      {state === 'connecting' ? <Spinner label="Connecting…" /> : state === 'offline' ? <span>{offlineText(lastSyncedAt)}</span> : null}
    </div>
  );
}

/** In place of a list or page with no server answer yet: never the empty state. */
export function Connecting({ rows = 3 }: { rows?: number }) {
  const { state, lastSyncedAt } = usePortalSync();
  return (
    <div className="stack loading-block gap-18" role="status" aria-live="polite" data-connecting="">
      <p className="muted">{state === 'offline' ? `${offlineText(lastSyncedAt)}. This appears as soon as you're back online.` : 'Connecting…'}</p>
      <SkeletonRows rows={rows} />
    </div>
  );
}
