/**
 * The signed-in session of the default Firebase app: the user, their role and company from the
 * ID token's claims (DESIGN §3), sign-out and claim refresh. Firestore is not here: the portal
 * and console create it in their own chunks (see portal/PortalData.tsx).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { FirebaseApp } from 'firebase/app';
import { onIdTokenChanged, signOut as firebaseSignOut, type Auth, type User } from 'firebase/auth';
import { accessFromClaims, type Access } from './claims';
import { appInstance, authFor } from './firebase';
import { whenIdle } from './idle';

export interface SignedIn extends Access {
  status: 'signed-in';
  user: User;
  uid: string;
  displayName: string;
  /** false when the sign-in gave no name (email link): displayName is made from the email */
  hasName: boolean;
  email: string;
}

export type SessionState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signing-out' } | SignedIn;

export interface Session {
  state: SessionState;
  app: FirebaseApp;
  auth: Auth;
  signOut: () => Promise<void>;
  /** Forces a fresh ID token and re-reads the claims (after an invitation is accepted). */
  refreshClaims: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

function describeUser(user: User, claims: Record<string, unknown>): SignedIn {
  const email = user.email ?? '';
  return {
    status: 'signed-in',
    user,
    uid: user.uid,
    email,
    displayName: user.displayName?.trim() || email.split('@')[0] || 'there',
    hasName: Boolean(user.displayName?.trim()),
    ...accessFromClaims(claims),
  };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const app = useMemo(() => appInstance(), []);
  const auth = useMemo(() => authFor(app), [app]);
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const generation = useRef(0);

  const signOut = useCallback(async () => {
    // Unmount the pages (and their Firestore listeners) before the credentials go away, so no
    // listener errors out with "permission denied" on the way out.
    flushSync(() => setState({ status: 'signing-out' }));
    await firebaseSignOut(auth);
  }, [auth]);

  useEffect(() => {
    let first = true;
    let cancelCheck = () => {};
    const unsubscribe = onIdTokenChanged(auth, (user) => {
      const restored = first && user !== null;
      first = false;
      const mine = ++generation.current;
      if (!user) {
        setState({ status: 'signed-out' });
        return;
      }
      user.getIdTokenResult().then(
        (result) => {
          if (mine === generation.current) setState(describeUser(user, result.claims));
        },
        () => {
          // A revoked or disabled account: its session ends here.
          void signOut();
        },
      );
      if (restored) {
        // A session restored from an earlier visit: show it at once from the cached token, and
        // check it with the server once the page has settled — a new token restarts Firestore's
        // connection, which would otherwise compete with the first page. Revoked access
        // (setUserAccess) signs out; changed claims arrive through this listener with the new token.
        const check = () =>
          user.getIdToken(true).catch((error: unknown) => {
            const code = (error as { code?: string } | null)?.code ?? '';
            if (/user-token-expired|user-disabled|user-not-found|invalid-user-token|token-expired/.test(code)) void signOut();
          });
        cancelCheck = whenIdle(() => void check(), { afterMs: 4000, timeoutMs: 4000 });
      }
    });
    return () => {
      unsubscribe();
      cancelCheck();
    };
  }, [auth, signOut]);

  const refreshClaims = useCallback(async () => {
    const user = auth.currentUser;
    if (!user) return;
    let claims: Record<string, unknown>;
    try {
      claims = (await user.getIdTokenResult(true)).claims;
    } catch (error) {
      // Revoked or disabled (setUserAccess): the session ends. Other failures (offline) wait.
      const code = (error as { code?: string } | null)?.code ?? '';
      if (/user-token-expired|user-disabled|user-not-found|invalid-user-token/.test(code)) await signOut();
      throw error;
    }
    generation.current++;
    setState(describeUser(user, claims));
  }, [auth, signOut]);

  const value = useMemo(() => ({ state, app, auth, signOut, refreshClaims }), [state, app, auth, signOut, refreshClaims]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <SessionProvider>');
  return session;
}
