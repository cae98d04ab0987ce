/**
 * The staff console (DESIGN §6 `/console/*`): a lazy chunk clients never download. It owns its
 * query client (so its cache never mixes with the portal's or a preview's), the staff member's
 * Firestore, the shell and the routes; the admin-area routes come from ./admin/routes.
 */
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useSession } from '../lib/session';
import { NotFoundPage } from '../app/NotFoundPage';
import { LoadingBlock } from '../components/ui';
import { firestoreFor } from '../lib/db';
import { adminRoutes } from './admin/routes';
import { ToastProvider } from './components/toast';
import { ConsoleContext, type ConsoleEnv } from './env';
import './console.css';
import { routeBase } from './shell/nav';
import { Shell } from './shell/Shell';
import { AdminOnlyPage, ConsoleNotFound } from './shell/StatusPages';

const HomePage = lazy(() => import('./home/HomePage'));
const CompaniesPage = lazy(() => import('./crm/CompaniesPage'));
const CompanyPage = lazy(() => import('./crm/CompanyPage'));
const ProjectsPage = lazy(() => import('./projects/ProjectsPage'));
const ProjectPage = lazy(() => import('./projects/ProjectPage'));
const TasksPage = lazy(() => import('./tasks/TasksPage'));
const TaskPage = lazy(() => import('./tasks/TaskPage'));
const OutboxPage = lazy(() => import('./outbox/OutboxPage'));
const PreviewPage = lazy(() => import('./preview/PreviewPage'));

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingBlock rows={4} />}>{children}</Suspense>;
}

export default function ConsoleApp() {
  const session = useSession();
  const { state, app } = session;
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false } } }),
  );
  const db = useMemo(() => firestoreFor(app), [app]);
  const signedIn = state.status === 'signed-in' ? state : null;
  const role = signedIn?.role === 'admin' || signedIn?.role === 'staff' ? signedIn.role : null;
  const env = useMemo<ConsoleEnv | null>(
    () =>
      signedIn && role
        ? { app, db, me: { uid: signedIn.uid, displayName: signedIn.displayName, email: signedIn.email, role }, isAdmin: role === 'admin' }
        : null,
    [app, db, signedIn, role],
  );

  if (!env) return <NotFoundPage home="/" />;

  return (
    <QueryClientProvider client={queryClient}>
      <ConsoleContext.Provider value={env}>
        <ToastProvider>
          <Routes>
            <Route
              path="view-as/:companyId/*"
              element={
                <Page>
                  <PreviewPage />
                </Page>
              }
            />
            <Route element={<Shell />}>
              <Route index element={<Page><HomePage /></Page>} />
              <Route path="companies" element={<Page><CompaniesPage /></Page>} />
              <Route path="companies/:companyId/*" element={<Page><CompanyPage /></Page>} />
              <Route path="projects" element={<Page><ProjectsPage /></Page>} />
              <Route path="projects/:companyId/:projectId" element={<Page><ProjectPage /></Page>} />
              <Route path="tasks" element={<Page><TasksPage /></Page>} />
              <Route path="tasks/:companyId/:taskId" element={<Page><TaskPage /></Page>} />
              <Route path="outbox" element={<Page><OutboxPage /></Page>} />
              {adminRoutes.map((route) => {
                const base = routeBase(route.path);
                const path = route.path.endsWith('/*') ? `${base}/*` : base;
                return (
                  <Route
                    key={route.path}
                    path={path}
                    element={route.adminOnly && !env.isAdmin ? <AdminOnlyPage area={route.label} /> : <Page>{route.element}</Page>}
                  />
                );
              })}
              <Route path="*" element={<ConsoleNotFound />} />
            </Route>
          </Routes>
        </ToastProvider>
      </ConsoleContext.Provider>
    </QueryClientProvider>
  );
}
