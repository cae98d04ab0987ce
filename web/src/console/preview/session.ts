/**
 * "View as": startPreview returns a custom token for a synthetic client of the company
 * (`preview:<staffUid>:<companyId>`, claims {role:'client', companyId, preview:true}); it is
 * signed into a second Firebase app instance, so the staff session in the default app stays
 * signed in and the portal pages read through the preview app with the client's rules.
 * Sign-ins and sign-outs of the preview app run one after another (React may mount twice).
 * A preview session lasts PREVIEW_MAX_AGE_SECONDS from its sign-in: the rules refuse it after
 * that, and setUserAccess ends it at once when the staff member's access changes.
 */
import type { FirebaseApp } from 'firebase/app';
import { onAuthStateChanged, signInWithCustomToken, signOut, type Unsubscribe } from 'firebase/auth';
import { PREVIEW_MAX_AGE_SECONDS, type PortalScope, type StartPreviewResult } from '@model';
import { scopesFromClaims } from '../../lib/claims';
import { appInstance, authFor, PREVIEW_APP } from '../../lib/firebase';
import { startPreview } from '../lib/callables';

export interface PreviewSession extends StartPreviewResult {
  app: FirebaseApp;
  /** When the rules stop accepting this session (its sign-in time + PREVIEW_MAX_AGE_SECONDS), ms. */
  endsAt: number;
  /** the portal areas the preview token carries (a contact's, or both) */
  scopes: PortalScope[];
}

let queue: Promise<unknown> = Promise.resolve();

function serial<T>(op: () => Promise<T>): Promise<T> {
  const next = queue.then(op, op);
  queue = next.catch(() => undefined);
  return next;
}

/** With `contactId`, the preview sees what that contact may see (their scopes). */
export function openPreview(staffApp: FirebaseApp, companyId: string, contactId?: string): Promise<PreviewSession> {
  return serial(async () => {
    const result = await startPreview(staffApp, contactId ? { companyId, contactId } : { companyId });
    const app = appInstance(PREVIEW_APP);
    const auth = authFor(app);
    const credential = await signInWithCustomToken(auth, result.token);
    // The token's claims are in the ID token; make sure they are there before any read.
    const token = await credential.user.getIdTokenResult();
    const signedInAt = Date.parse(token.authTime) || Date.now();
    return { ...result, app, endsAt: signedInAt + PREVIEW_MAX_AGE_SECONDS * 1000, scopes: scopesFromClaims(token.claims) };
  });
}

export function closePreview(): Promise<void> {
  return serial(async () => {
    const auth = authFor(appInstance(PREVIEW_APP));
    if (auth.currentUser) await signOut(auth);
  });
}

/** How often an open preview asks the server whether its account still exists. */
export const PREVIEW_CHECK_MS = 15_000;

/**
 * Calls `onEnd` when the preview app loses its user. setUserAccess deletes a staff member's
 * preview accounts when their access changes; the open preview learns it from the server within
 * PREVIEW_CHECK_MS (user.reload() fails, and the SDK signs the deleted user out).
 */
export function watchPreviewEnd(session: PreviewSession, onEnd: () => void): Unsubscribe {
  const auth = authFor(session.app);
  let ended = false;
  const end = () => {
    if (!ended) {
      ended = true;
      onEnd();
    }
  };
  const stopWatching = onAuthStateChanged(auth, (user) => {
    if (!user) end();
  });
  const timer = setInterval(() => {
    const user = auth.currentUser;
    if (!user) return end();
    user.reload().catch((error: unknown) => {
      const code = String((error as { code?: unknown }).code ?? '');
      if (code === 'auth/user-not-found' || code === 'auth/user-token-expired' || code === 'auth/user-disabled') end();
    });
  }, PREVIEW_CHECK_MS);
  return () => {
    clearInterval(timer);
    stopWatching();
  };
}
