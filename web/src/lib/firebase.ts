/**
 * Firebase app instances. The staff session uses the default app; "View as" signs a preview
 * token into a second, named app so both sessions live side by side. Firestore is loaded only
 * by the code that needs it (see ./db.ts), so the login page does not download it.
 */
import { getApp, getApps, initializeApp, type FirebaseApp } from 'firebase/app';
import {
  browserLocalPersistence,
  browserSessionPersistence,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  initializeAuth,
  type Auth,
} from 'firebase/auth';
import { config } from './config';

const auths = new WeakMap<FirebaseApp, Auth>();

export function appInstance(name = '[DEFAULT]'): FirebaseApp {
  return getApps().some((app) => app.name === name) ? getApp(name) : initializeApp(config.firebase, name);
}

/**
 * Auth as getAuth() sets it up, minus the popup resolver: with one, Auth loads Google's iframe
 * script before it restores the session on phones and Safari — a serial download on every page
 * load. The popup gets its resolver where it opens (app/login/googlePopup.ts).
 */
export function authFor(app: FirebaseApp): Auth {
  let auth = auths.get(app);
  if (!auth) {
    auth = initializeAuth(app, { persistence: [indexedDBLocalPersistence, browserLocalPersistence, browserSessionPersistence] });
    if (config.emulators) connectAuthEmulator(auth, config.emulators.auth, { disableWarnings: true });
    auths.set(app, auth);
  }
  return auth;
}

export const PREVIEW_APP = 'preview';
