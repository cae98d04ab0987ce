/**
 * Firestore for an app instance, connected to the emulator in emulator mode.
 *
 * The cache is memory unless asked otherwise: the console and the "View as" preview keep
 * nothing on disk (a preview must never persist a client's data in a staff member's browser).
 * The client portal asks for the persistent cache (IndexedDB, shared by the tabs) so a
 * returning client sees their pages at once (issue 12); `forgetFirestore` ends the instance
 * and deletes that cache (sign-out). One instance per app: asking for the other cache ends the
 * current instance first (its pages are gone by then: the portal and console never share a page).
 */
import type { FirebaseApp } from 'firebase/app';
import {
  clearIndexedDbPersistence,
  connectFirestoreEmulator,
  getFirestore,
  initializeFirestore,
  persistentLocalCache,
  persistentMultipleTabManager,
  terminate,
  type Firestore,
} from 'firebase/firestore';
import { config } from './config';

export type CacheMode = 'memory' | 'persistent';

const modes = new WeakMap<Firestore, CacheMode>();
const current = new WeakMap<FirebaseApp, Firestore>();
const connected = new WeakSet<Firestore>();

export function firestoreFor(app: FirebaseApp, { cache = 'memory' }: { cache?: CacheMode } = {}): Firestore {
  const existing = current.get(app);
  if (existing && modes.get(existing) === cache) return existing;
  if (existing) {
    current.delete(app);
    void terminate(existing);
  }
  const db =
    cache === 'persistent'
      ? initializeFirestore(app, { localCache: persistentLocalCache({ tabManager: persistentMultipleTabManager() }) })
      : getFirestore(app);
  if (config.emulators && !connected.has(db)) {
    connectFirestoreEmulator(db, config.emulators.firestore.host, config.emulators.firestore.port);
    connected.add(db);
  }
  modes.set(db, cache);
  current.set(app, db);
  return db;
}

/** Whether `db` is still the app's instance, with that cache. */
export function isCurrentFirestore(app: FirebaseApp, db: Firestore, cache: CacheMode): boolean {
  return current.get(app) === db && modes.get(db) === cache;
}

/**
 * A persistent-cache instance whose cache starts empty: deletes what an earlier session left
 * (another user's data must never show). If the cache cannot be deleted (another tab still
 * holds it open), the instance falls back to the memory cache.
 */
export async function freshPersistentFirestore(app: FirebaseApp): Promise<{ db: Firestore; cache: CacheMode }> {
  await forgetFirestore(app);
  const db = firestoreFor(app, { cache: 'persistent' });
  try {
    await clearIndexedDbPersistence(db);
    return { db, cache: 'persistent' };
  } catch {
    return { db: firestoreFor(app, { cache: 'memory' }), cache: 'memory' };
  }
}

/** Ends the app's Firestore instance and deletes its persistent cache, if it had one. */
export async function forgetFirestore(app: FirebaseApp): Promise<void> {
  const db = current.get(app);
  if (!db) return;
  current.delete(app);
  await terminate(db);
  if (modes.get(db) === 'persistent') await clearIndexedDbPersistence(db);
}
