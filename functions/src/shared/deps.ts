/** What handlers use from the outside world; the exports pass the real ones, tests may pass others. */
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import { auth, db } from '../admin';
import { appUrl } from '../config';

export interface Deps {
  db: Firestore;
  auth: Auth;
  /** Base URL of the web app, no trailing slash. */
  appUrl: string;
  now: () => Date;
}

export function runtimeDeps(): Deps {
  return { db, auth, appUrl: appUrl(), now: () => new Date() };
}
