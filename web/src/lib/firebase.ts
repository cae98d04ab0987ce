/**
 * Firebase app instances. The staff session uses the default app; "View as" signs a preview
 * token into a second, named app so both sessions live side by side. Firestore is loaded only
 * by the code that needs it (see ./db.ts), so the login page does not download it.
 */
import { getApp, getApps, initializeApp, type FirebaseApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, type Auth } from 'firebase/auth';
import { config } from './config';

const connectedAuth = new WeakSet<Auth>();

export function appInstance(name = '[DEFAULT]'): FirebaseApp {
  return getApps().some((app) => app.name === name) ? getApp(name) : initializeApp(config.firebase, name);
}

export function authFor(app: FirebaseApp): Auth {
  const auth = getAuth(app);
  if (config.emulators && !connectedAuth.has(auth)) {
    connectAuthEmulator(auth, config.emulators.auth, { disableWarnings: true });
    connectedAuth.add(auth);
  }
  return auth;
}

export const PREVIEW_APP = 'preview';
