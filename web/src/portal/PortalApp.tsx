/**
 * The client portal (a lazy chunk): its query client, the Firestore instance of the session's
 * app, the shell and the four pages (each its own chunk). Everything it reads is scoped to
 * `identity.companyId` through the builders in lib/refs.ts.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import type { FirebaseApp } from 'firebase/app';
import { errorCode } from '../lib/errors';
import { PortalContext, type PortalIdentity, type PortalScope } from './context';
import { forgetPortalData, usePortalFirestore } from './cache';
import { NotFound } from './NotFound';
import { PageSkeleton } from './PageSkeleton';
import { pageLoaders } from './pages';
import { PortalShell } from './PortalShell';
import { ownProfileQuery } from './queries';

const HomePage = lazy(() => pageLoaders.home().then((m) => ({ default: m.HomePage })));
const ProjectsPage = lazy(() => pageLoaders.projects().then((m) => ({ default: m.ProjectsPage })));
const ProjectPage = lazy(() => pageLoaders.project().then((m) => ({ default: m.ProjectPage })));
const TasksPage = lazy(() => pageLoaders.tasks().then((m) => ({ default: m.TasksPage })));
const TaskPage = lazy(() => pageLoaders.task().then((m) => ({ default: m.TaskPage })));
const InvoicesPage = lazy(() => pageLoaders.invoices().then((m) => ({ default: m.InvoicesPage })));
const InvoicePage = lazy(() => pageLoaders.invoice().then((m) => ({ default: m.InvoicePage })));

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
}

export default function PortalApp({ app, identity, notFound = false, onSignOut, base = '/portal', banner, onAccessDenied }: PortalAppProps) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false } } }),
  );
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
}: Required<Pick<PortalAppProps, 'app' | 'identity' | 'notFound' | 'onSignOut' | 'base'>> & {
  db: PortalScope['db'];
  banner: ReactNode;
  queryClient: QueryClient;
}) {
  const { uid, displayName, email, companyId, preview, nameFromProfile } = identity;
  const scope = useMemo<PortalScope>(
    () => ({ app, db, base, uid, displayName, email, companyId, preview, nameFromProfile }),
    [app, db, base, uid, displayName, email, companyId, preview, nameFromProfile],
  );

  return (
    <QueryClientProvider client={queryClient}>
      <ScopeProvider scope={scope}>
        <PortalShell onSignOut={onSignOut} banner={banner}>
          <Suspense fallback={<PageSkeleton />}>
            {notFound ? (
              <NotFound />
            ) : (
              <Routes>
                <Route index element={<HomePage />} />
                <Route path="projects" element={<ProjectsPage />} />
                <Route path="projects/:projectId" element={<ProjectPage />} />
                <Route path="tasks" element={<TasksPage />} />
                <Route path="tasks/:taskId" element={<TaskPage />} />
                <Route path="invoices" element={<InvoicesPage />} />
                <Route path="invoices/:invoiceId" element={<InvoicePage />} />
                <Route path="*" element={<NotFound />} />
              </Routes>
            )}
          </Suspense>
        </PortalShell>
      </ScopeProvider>
    </QueryClientProvider>
  );
}

/** Provides the scope; for a session without a name, the name from users/{uid}. */
function ScopeProvider({ scope, children }: { scope: PortalScope; children: ReactNode }) {
  const profile = useQuery({ ...ownProfileQuery(scope), enabled: Boolean(scope.nameFromProfile) });
  const name = profile.data?.displayName?.trim();
  const value = useMemo(() => (name && name !== scope.displayName ? { ...scope, displayName: name } : scope), [scope, name]);
  return <PortalContext.Provider value={value}>{children}</PortalContext.Provider>;
}
