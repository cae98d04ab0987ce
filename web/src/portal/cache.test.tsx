/**
 * The portal's cache during a sign-in (issue 12): a cache nobody owns is emptied and opened
 * while the person signs in, and the signing-in client claims it — only while it is still the
 * app's instance and still unowned. A cache another session left, or one another tab has since
 * taken, is never handed to the new user.
 */
import type { FirebaseApp } from 'firebase/app';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const current = new Map<unknown, { db: object; cache: 'memory' | 'persistent' }>();
  let counter = 0;
  const instance = (app: unknown, cache: 'memory' | 'persistent') => {
    const existing = current.get(app);
    if (existing?.cache === cache) return existing.db;
    const db = { id: ++counter, cache };
    current.set(app, { db, cache });
    return db;
  };
  return { current, instance, fresh: { cache: 'persistent' as 'memory' | 'persistent' } };
});

vi.mock('../lib/db', () => ({
  firestoreFor: vi.fn((app: unknown, options?: { cache?: 'memory' | 'persistent' }) => fake.instance(app, options?.cache ?? 'memory')),
  isCurrentFirestore: vi.fn((app: unknown, db: unknown, cache: string) => fake.current.get(app)?.db === db && fake.current.get(app)?.cache === cache),
  freshPersistentFirestore: vi.fn(async (app: unknown) => {
    fake.current.delete(app);
    return { db: fake.instance(app, fake.fresh.cache), cache: fake.fresh.cache };
  }),
  forgetFirestore: vi.fn(async (app: unknown) => void fake.current.delete(app)),
}));

vi.mock('firebase/firestore', async (importOriginal) => ({
  ...(await importOriginal<typeof import('firebase/firestore')>()),
  enableNetwork: vi.fn(async () => undefined),
}));

const { enableNetwork } = await import('firebase/firestore');
const db = await import('../lib/db');
const { prepareFreshCache, usePortalFirestore } = await import('./cache');

const OWNER_KEY = 'agencyOs.portal.cacheOwner';
const storage = new Map<string, string>();
vi.stubGlobal('window', {
  localStorage: {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
    removeItem: (key: string) => void storage.delete(key),
  },
});

let appCount = 0;
const newApp = () => ({ name: `app-${++appCount}` }) as unknown as FirebaseApp;

/** What the portal renders with on its first render for `uid` (null: still opening a cache). */
function firstRender(app: FirebaseApp, uid: string): ReturnType<typeof usePortalFirestore> {
  let seen: ReturnType<typeof usePortalFirestore> = null;
  function Probe() {
    seen = usePortalFirestore(app, uid, true);
    return null;
  }
  renderToString(<Probe />);
  return seen;
}

/** Lets the preparation's promises settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  storage.clear();
  fake.fresh.cache = 'persistent';
  vi.clearAllMocks();
});

describe('prepareFreshCache and the first render after sign-in', () => {
  it('empties and opens an unowned cache during sign-in; the user who signs in gets it at once and owns it', async () => {
    const app = newApp();
    prepareFreshCache(app);
    await settle();
    expect(db.freshPersistentFirestore).toHaveBeenCalledTimes(1);
    expect(enableNetwork).toHaveBeenCalledTimes(1);
    const prepared = fake.current.get(app)?.db;

    expect(firstRender(app, 'carol')).toBe(prepared);
    expect(storage.get(OWNER_KEY)).toBe('carol');
  });

  it('control: without a preparation, the first render waits (null) while the cache is emptied', () => {
    expect(firstRender(newApp(), 'carol')).toBeNull();
    expect(storage.get(OWNER_KEY)).toBeUndefined();
  });

  it('leaves alone a cache an earlier session still owns: it is not emptied before knowing who signs in', async () => {
    storage.set(OWNER_KEY, 'carol');
    const app = newApp();
    prepareFreshCache(app);
    await settle();
    expect(db.freshPersistentFirestore).not.toHaveBeenCalled();
    // the same person is back: their cache, at once
    expect(firstRender(app, 'carol')).not.toBeNull();
    // someone else: nothing until carol's cache is gone
    expect(firstRender(newApp(), 'gina')).toBeNull();
  });

  it('does not hand over a prepared cache that another tab has since claimed for someone else', async () => {
    const app = newApp();
    prepareFreshCache(app);
    await settle();
    storage.set(OWNER_KEY, 'gina');
    expect(firstRender(app, 'carol')).toBeNull();
    expect(storage.get(OWNER_KEY)).toBe('gina');
  });

  it('does not hand over a prepared instance that is no longer the app’s (the console took it)', async () => {
    const app = newApp();
    prepareFreshCache(app);
    await settle();
    fake.instance(app, 'memory');
    expect(firstRender(app, 'carol')).toBeNull();
    expect(storage.get(OWNER_KEY)).toBeUndefined();
  });

  it('a memory-cache fallback (another tab holds the cache) is never claimed or owned', async () => {
    fake.fresh.cache = 'memory';
    const app = newApp();
    prepareFreshCache(app);
    await settle();
    expect(enableNetwork).not.toHaveBeenCalled();
    expect(firstRender(app, 'carol')).toBeNull();
    expect(storage.get(OWNER_KEY)).toBeUndefined();
  });
});
