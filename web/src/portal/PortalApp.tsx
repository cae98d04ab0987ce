/**
 * The client portal (a lazy chunk): its query client, the Firestore instance of the session's
 * app, the shell and the four pages (each its own chunk). Everything it reads is scoped to
 * `identity.companyId` through the builders in lib/refs.ts.
 */
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { FirebaseApp } from 'firebase/app';
import { firestoreFor } from '../lib/db';
import { PortalContext, type PortalIdentity, type PortalScope } from './context';
import { NotFound } from './NotFound';
import { PageSkeleton } from './PageSkeleton';
import { pageLoaders } from './pages';
import { PortalShell } from './PortalShell';

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
}

export default function PortalApp({ app, identity, notFound = false, onSignOut, base = '/portal', banner }: PortalAppProps) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false } } }),
  );
  const db = useMemo(() => firestoreFor(app), [app]);
  const { uid, displayName, email, companyId, preview } = identity;
  const scope = useMemo<PortalScope>(
    () => ({ app, db, base, uid, displayName, email, companyId, preview }),
    [app, db, base, uid, displayName, email, companyId, preview],
  );

  return (
    <QueryClientProvider client={queryClient}>
      <PortalContext.Provider value={scope}>
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
      </PortalContext.Provider>
    </QueryClientProvider>
  );
}
