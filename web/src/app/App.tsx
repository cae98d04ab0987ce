/**
 * The router and the auth gate (DESIGN §6). Routes by role from the ID token's claims:
 * clients get the portal, staff and admins the console; a client asking for a /console URL gets
 * the portal's not-found page and the console chunk is never requested. Portal and console are
 * lazy chunks; this entry holds React, the router, Firebase Auth and the sign-in pages only.
 */
import { Suspense, useCallback, useRef, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { homeFor, mayOpen } from '../lib/claims';
import { lazyComponent, loader, useLoaded } from '../lib/lazyComponent';
import { loadConsole, loadLoginPage, loadPortal } from './login/chunks';
import { BrandingProvider } from '../lib/useBranding';
import { isEmailLink } from './login/signIn';
import { NotFoundPage } from './NotFoundPage';
import { SessionProvider, useSession, type SignedIn } from '../lib/session';
import { Splash } from './Splash';

const PortalApp = lazyComponent(loadPortal, (m) => m.default);
const ConsoleApp = lazyComponent(loadConsole, (m) => m.default);
// Pages few people see (completing an email link, an account without access): not in the first load.
const EmailLinkSignIn = lazyComponent(loader(() => import('./login/EmailLinkSignIn')), (m) => m.EmailLinkSignIn);
const NoAccess = lazyComponent(loader(() => import('./NoAccess')), (m) => m.NoAccess);

export function App() {
  return (
    <BrowserRouter>
      <BrandingProvider>
        <SessionProvider>
          <Gate />
        </SessionProvider>
      </BrandingProvider>
    </BrowserRouter>
  );
}

function Gate() {
  const session = useSession();
  const [emailLinkHref, setEmailLinkHref] = useState(() => (isEmailLink(session.auth, window.location.href) ? window.location.href : null));
  const { state } = session;

  if (emailLinkHref)
    return (
      <Suspense fallback={<Splash label="Signing you in…" />}>
        <EmailLinkSignIn href={emailLinkHref} onDone={() => setEmailLinkHref(null)} />
      </Suspense>
    );
  if (state.status === 'loading') return <Splash />;
  if (state.status === 'signing-out') return <Splash label="Signing out…" />;
  if (state.status === 'signed-out') return <SignedOutRoutes />;
  if (state.role === null)
    return (
      <Suspense fallback={<Splash />}>
        <NoAccess session={state} />
      </Suspense>
    );
  return <SignedInRoutes session={state} />;
}

function SignedOutRoutes() {
  const location = useLocation();
  // The login page's code is not in /portal's first load; /login fetches it while the session restores.
  const login = useLoaded(loadLoginPage);
  return (
    <Routes>
      <Route path="/login" element={login ? <login.LoginPage /> : <Splash />} />
      <Route path="/" element={<Navigate to="/login" replace />} />
      <Route
        path="/portal/*"
        element={<Navigate to="/login" replace state={{ from: location.pathname + location.search }} />}
      />
      <Route
        path="/console/*"
        element={<Navigate to="/login" replace state={{ from: location.pathname + location.search }} />}
      />
      <Route path="*" element={<NotFoundPage home="/login" />} />
    </Routes>
  );
}

function AfterSignIn({ session }: { session: SignedIn }) {
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  const target = typeof from === 'string' && mayOpen(session.role, from) ? from : homeFor(session.role);
  return <Navigate to={target} replace />;
}

function SignedInRoutes({ session }: { session: SignedIn }) {
  const { app, signOut, refreshClaims } = useSession();
  const isClient = session.role === 'client';
  // A denied read may mean the access changed (setUserAccess): re-read the claims, at most once
  // a minute. A revoked session signs out; a changed role or company re-renders from the claims.
  const lastCheck = useRef(0);
  const onAccessDenied = useCallback(() => {
    if (Date.now() - lastCheck.current < 60_000) return;
    lastCheck.current = Date.now();
    refreshClaims().catch(() => {});
  }, [refreshClaims]);
  // users/{uid}.updatedAt moved (setContactScopes, setUserAccess): the claims changed on the
  // server. Re-read them now, so a new set of portal areas shows without signing out.
  const onAccessChanged = useCallback(() => {
    lastCheck.current = Date.now();
    refreshClaims().catch(() => {});
  }, [refreshClaims]);

  const portal = (notFound: boolean) => (
    <Suspense fallback={<Splash />}>
      <PortalApp
        app={app}
        identity={{
          uid: session.uid,
          displayName: session.displayName,
          email: session.email,
          companyId: session.companyId ?? '',
          preview: session.preview,
          nameFromProfile: !session.hasName,
          scopes: session.scopes,
        }}
        notFound={notFound}
        onSignOut={signOut}
        onAccessDenied={onAccessDenied}
        onAccessChanged={onAccessChanged}
      />
    </Suspense>
  );

  return (
    <Routes>
      <Route path="/login" element={<AfterSignIn session={session} />} />
      <Route path="/" element={<Navigate to={homeFor(session.role)} replace />} />
      <Route path="/portal/*" element={isClient ? portal(false) : <Navigate to="/console" replace />} />
      <Route
        path="/console/*"
        element={
          isClient ? (
            portal(true)
          ) : (
            <Suspense fallback={<Splash />}>
              <ConsoleApp
                app={app}
                me={{ uid: session.uid, displayName: session.displayName, email: session.email, role: session.role === 'admin' ? 'admin' : 'staff' }}
                onSignOut={signOut}
              />
            </Suspense>
          )
        }
      />
      <Route path="*" element={isClient ? portal(true) : <NotFoundPage home="/console" />} />
    </Routes>
  );
}
