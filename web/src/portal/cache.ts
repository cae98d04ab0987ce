/**
 * The portal's Firestore and its persistent cache (issue 12). A client's own session keeps its
 * pages in IndexedDB, so a returning client sees them at once from the cache, then live. The
 * cache belongs to one user: whose it is is remembered beside it, and a different user (or an
 * unknown owner) starts from an emptied cache. Signing out ends the instance and deletes the
 * cache. A "View as" preview (another app instance) always uses the memory cache.
 */
import { useEffect, useState } from 'react';
import type { FirebaseApp } from 'firebase/app';
import { enableNetwork, type Firestore } from 'firebase/firestore';
import { firestoreFor, forgetFirestore, freshPersistentFirestore, isCurrentFirestore } from '../lib/db';
import { forgetDrafts } from './comments/drafts';
import { forgetSyncTimes } from './components/sync';

const OWNER_KEY = 'agencyOs.portal.cacheOwner';

function owner(): string | null {
  try {
    return window.localStorage.getItem(OWNER_KEY);
  } catch {
    return null;
  }
}

function setOwner(uid: string | null): void {
  try {
    if (uid) window.localStorage.setItem(OWNER_KEY, uid);
    else window.localStorage.removeItem(OWNER_KEY);
  } catch {
    // storage unavailable: the next session clears the cache again
  }
}

const opening = new Map<string, Promise<Firestore>>();

/** Emptied persistent caches opened while nobody was signed in (prepareFreshCache), by app. */
const preparing = new Map<FirebaseApp, Promise<Firestore | null>>();
const prepared = new Map<FirebaseApp, Firestore>();

/**
 * While a sign-in is under way (the account chooser, Google's popup, an email link): empties
 * the cache and opens it, so the portal's first queries go out as soon as the account is
 * known rather than after the cache is deleted and opened. Only when no one owns the cache
 * (signed out, or never used): a cache an earlier session left without signing out waits to
 * learn whether the same person is back. Nothing is read until a user claims it.
 */
export function prepareFreshCache(app: FirebaseApp): void {
  if (owner() !== null || preparing.has(app) || prepared.has(app)) return;
  const promise = freshPersistentFirestore(app)
    .then(async ({ db, cache }) => {
      if (cache !== 'persistent') return null;
      // Starts the client now: opens IndexedDB and takes the tabs' lease.
      await enableNetwork(db);
      prepared.set(app, db);
      return db;
    })
    // Not prepared (another tab holds the cache, or the console took the instance): the portal opens it as before.
    .catch(() => null);
  preparing.set(app, promise);
  void promise.finally(() => preparing.delete(app));
}

/** A prepared cache becomes this user's if it is still the app's instance and still unowned. */
function claimPrepared(app: FirebaseApp, uid: string): boolean {
  const db = prepared.get(app);
  if (!db) return false;
  prepared.delete(app);
  if (owner() !== null || !isCurrentFirestore(app, db, 'persistent')) return false;
  setOwner(uid);
  return true;
}

function openFresh(app: FirebaseApp, uid: string): Promise<Firestore> {
  const key = `${app.name}/${uid}`;
  let promise = opening.get(key);
  if (!promise) {
    promise = (async () => {
      // A preparation under way finishes first: deleting the cache under it would fail.
      const ready = await preparing.get(app);
      if (ready && claimPrepared(app, uid)) return ready;
      const { db, cache } = await freshPersistentFirestore(app);
      // Only an emptied persistent cache is this user's; a memory fallback stays unowned.
      if (cache === 'persistent') setOwner(uid);
      return db;
    })();
    opening.set(key, promise);
    void promise.finally(() => opening.delete(key));
  }
  return promise;
}

/** The Firestore instance for the portal; null while another user's cache is being deleted. */
export function usePortalFirestore(app: FirebaseApp, uid: string, persistent: boolean): Firestore | null {
  const ready = !persistent || owner() === uid || claimPrepared(app, uid);
  const [opened, setOpened] = useState<{ uid: string; db: Firestore } | null>(null);
  useEffect(() => {
    if (ready) return;
    let cancelled = false;
    void openFresh(app, uid).then((db) => {
      if (!cancelled) setOpened({ uid, db });
    });
    return () => {
      cancelled = true;
    };
  }, [app, uid, ready]);
  if (!persistent) return firestoreFor(app);
  if (ready) return firestoreFor(app, { cache: 'persistent' });
  return opened?.uid === uid ? opened.db : null;
}

/** Sign-out: end the instance, delete the cache and what the portal remembered for this user. */
export async function forgetPortalData(app: FirebaseApp): Promise<void> {
  forgetSyncTimes();
  forgetDrafts();
  try {
    await forgetFirestore(app);
  } finally {
    setOwner(null);
  }
}
