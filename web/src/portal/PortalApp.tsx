/**
 * The client portal (a lazy chunk): its query client, the Firestore instance of the session's
 * app, the shell and the four pages (each its own chunk). Everything it reads is scoped to
 * `identity.companyId` through the builders in lib/refs.ts.
 */
import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import type { FirebaseApp } from 'firebase/app';
import { errorCode } from '../lib/errors';
import { warmFormats } from '../lib/format';
import { lazyComponent, loader } from '../lib/lazyComponent';
import { setListenerLinger, stopListeners } from '../lib/live';
import { PortalContext, useHasArea, type PortalArea, type PortalIdentity, type PortalScope } from './lib/context';
import { forgetPortalData, prepareFreshCache, usePortalFirestore } from './cache';
import { PageSkeleton } from './components/PageSkeleton';
import { PageErrorBoundary } from '../components/PageErrorBoundary';
import { pageLoaders, portalRoutes, preloadPageAt, type PortalPage } from './pages';
import { PortalShell } from './PortalShell';
import { ownProfileQuery } from './lib/queries';

// Few clients ever see it: not in the portal's first load.
const NotFound = lazyComponent(loader(() => import('./components/NotFound')), (m) => m.NotFound);

const pages: Record<PortalPage, ComponentType> = {
  home: lazyComponent(pageLoaders.home, (m) => m.HomePage),
  projects: lazyComponent(pageLoaders.projects, (m) => m.ProjectsPage),
  project: lazyComponent(pageLoaders.project, (m) => m.ProjectPage),
  tasks: lazyComponent(pageLoaders.tasks, (m) => m.TasksPage),
  task: lazyComponent(pageLoaders.task, (m) => m.TaskPage),
  invoices: lazyComponent(pageLoaders.invoices, (m) => m.InvoicesPage),
  invoice: lazyComponent(pageLoaders.invoice, (m) => m.InvoicePage),
  requests: lazyComponent(pageLoaders.requests, (m) => m.RequestsPage),
  newRequest: lazyComponent(pageLoaders.newRequest, (m) => m.NewRequestPage),
};

/**
 * What a sign-in under way starts (app/login/warmPortal.ts): Home's code and an emptied, opened
 * cache, so Portal Home renders and queries as soon as the account is known.
 */
export function prepareSignIn(app: FirebaseApp): void {
  preloadPageAt('/portal');
  prepareFreshCache(app);
}

/** For a portal URL opened directly: its page's chunk, while the session is restored (app/login/warmPortal.ts). */
export { preloadPageAt };

/** How long a page's listeners keep running after the client leaves it. */
const LISTENER_LINGER_MS = 30_000;

export interface PortalAppProps {
  app: FirebaseApp;
  identity: PortalIdentity;
  /** render the portal's not-found page whatever the URL (a client on a /console URL) */
  notFound?: boolean;
  onSignOut: () => void | Promise<void>;
  /** where the portal is mounted */
  base?: string;
  /** shown above the header, e.g. "Viewing as Acme Corp — exit" */
  banner?: ReactNode;
  /** a read was denied: the session's access may have changed */
  onAccessDenied?: () => void;
  /** the client's users/{uid}.updatedAt changed: their claims (role, company, scopes) changed on the server */
  onAccessChanged?: () => void;
}

export default function PortalApp({ app, identity, notFound = false, onSignOut, base = '/portal', banner, onAccessDenied, onAccessChanged }: PortalAppProps) {
  const [queryClient] = useState(() => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false } } });
    // A page left a moment ago is shown at once, live, when the client comes back to it.
    setListenerLinger(client, LISTENER_LINGER_MS);
    return client;
  });
  // Leaving the portal (signing out) stops every listener before the credentials go.
  useLayoutEffect(() => () => stopListeners(queryClient), [queryClient]);
  // Every portal page shows dates and amounts: their formatters are made while it waits for data.
  useEffect(() => warmFormats(), []);
  useEffect(() => {
    if (!onAccessDenied) return;
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.query.state.status === 'error' && errorCode(event.query.state.error) === 'permission-denied') onAccessDenied();
    });
  }, [queryClient, onAccessDenied]);
  const { uid, preview } = identity;
  // The client's own session keeps a persistent cache; a "View as" preview never does.
  const persistent = !preview && app.name === '[DEFAULT]';
  const db = usePortalFirestore(app, uid, persistent);
  const signOut = useCallback(async () => {
    await onSignOut();
    if (persistent) await forgetPortalData(app).catch(() => {});
  }, [onSignOut, persistent, app]);
  if (!db) return <PageSkeleton />;
  return (
    <PortalWithDb
      app={app}
      db={db}
      identity={identity}
      notFound={notFound}
      onSignOut={signOut}
      base={base}
      banner={banner}
      queryClient={queryClient}
      onAccessChanged={onAccessChanged}
    />
  );
}

function PortalWithDb({
  app,
  db,
  identity,
  notFound,
  onSignOut,
  base,
  banner,
  queryClient,
  onAccessChanged,
}: Required<Pick<PortalAppProps, 'app' | 'identity' | 'notFound' | 'onSignOut' | 'base'>> & {
  db: PortalScope['db'];
  banner: ReactNode;
  queryClient: QueryClient;
  onAccessChanged?: () => void;
}) {
  const { uid, displayName, email, companyId, preview, nameFromProfile } = identity;
  const { pathname } = useLocation();
  // The areas by value: a new claims object with the same scopes keeps the pages as they are.
  const areas = identity.scopes.join(',');
  const scope = useMemo<PortalScope>(
    () => ({ app, db, base, uid, displayName, email, companyId, preview, nameFromProfile, scopes: areas ? (areas.split(',') as PortalArea[]) : [] }),
    [app, db, base, uid, displayName, email, companyId, preview, nameFromProfile, areas],
  );

  return (
    <QueryClientProvider client={queryClient}>
      <ScopeProvider scope={scope} onAccessChanged={preview ? undefined : onAccessChanged} onRevoked={preview ? undefined : onSignOut}>
        <PortalShell onSignOut={onSignOut} banner={banner}>
          <PageErrorBoundary resetKey={pathname}>
          <Suspense fallback={<PageSkeleton />}>
            {notFound ? (
              <NotFound />
            ) : (
              <Routes>
                {portalRoutes.map(({ path, page, area }) => {
                  const Page = pages[page];
                  const element = area ? <InArea area={area}><Page /></InArea> : <Page />;
                  return path ? <Route key={path} path={path} element={element} /> : <Route key="index" index element={element} />;
                })}
                <Route path="*" element={<NotFound />} />
              </Routes>
            )}
          </Suspense>
          </PageErrorBoundary>
        </PortalShell>
      </ScopeProvider>
    </QueryClientProvider>
  );
}

/**
 * Provides the scope; for a session without a name, the name from users/{uid}. The client's own
 * session also listens to users/{uid}: a changed `updatedAt` means their access changed on the
 * server (onAccessChanged re-reads the claims), and its `scopes` narrow the areas shown at once.
 */
function ScopeProvider({
  scope,
  onAccessChanged,
  onRevoked,
  children,
}: {
  scope: PortalScope;
  onAccessChanged?: () => void;
  /** the server disabled this account (setUserAccess revoke): end the session now */
  onRevoked?: () => void;
  children: ReactNode;
}) {
  const profile = useQuery({ ...ownProfileQuery(scope), enabled: Boolean(scope.nameFromProfile || onAccessChanged) });
  // Revoked: the token may still read for up to an hour (rules do not check revocation), but
  // the person's access is over — sign out rather than wait for the token to expire.
  const revoked = profile.data?.status === 'disabled';
  useEffect(() => {
    if (revoked) onRevoked?.();
  }, [revoked, onRevoked]);
  const name = scope.nameFromProfile ? profile.data?.displayName?.trim() : undefined;
  const changedAt = profile.data?.updatedAt ? timestampKey(profile.data.updatedAt) : null;
  const seen = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (profile.data === undefined) return;
    const before = seen.current;
    seen.current = changedAt;
    // Any change (an area added or taken away, a new role or company) re-reads the claims.
    if (before !== undefined && before !== changedAt) onAccessChanged?.();
  }, [profile.data, changedAt, onAccessChanged]);
  // The profile mirrors the claim: a narrower list there applies before the new token arrives.
  const profileAreas = onAccessChanged ? profile.data?.scopes : undefined;
  const areas = (profileAreas ? scope.scopes.filter((area) => profileAreas.includes(area)) : scope.scopes).join(',');
  const value = useMemo(() => {
    const shown = areas === scope.scopes.join(',') ? scope : { ...scope, scopes: areas ? (areas.split(',') as PortalArea[]) : [] };
    return name && name !== shown.displayName ? { ...shown, displayName: name } : shown;
  }, [scope, name, areas]);
  return <PortalContext.Provider value={value}>{children}</PortalContext.Provider>;
}

function timestampKey(value: unknown): string {
  const t = value as { seconds?: number; nanoseconds?: number };
  return `${t.seconds ?? 0}.${t.nanoseconds ?? 0}`;
}

/** A page of an area this client may not see: the portal's not-found page, and none of its queries. */
function InArea({ area, children }: { area: PortalArea; children: ReactNode }) {
  return useHasArea(area) ? <>{children}</> : <NotFound what="page" outsideAccess />;
}
