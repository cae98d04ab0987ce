/**
 * The staff console (DESIGN §6 `/console/*`): a lazy chunk clients never download. It owns its
 * query client (so its cache never mixes with the portal's or a preview's), the staff member's
 * Firestore, the toasts, the shell and the pages of the route table (./routes).
 */
import { useEffect, useMemo, useState } from 'react';
import { Route, Routes } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { FirebaseApp } from 'firebase/app';
import { firestoreFor } from '../lib/db';
import { warmFormats } from '../lib/format';
import { flushOutgoing, OutgoingReplies } from './comments';
import { PageSuspense } from './components/kit';
import { AdminOnlyPage, ConsoleNotFound } from './components/StatusPages';
import { ToastProvider } from './components/toast';
import { ConsoleContext, type ConsoleEnv, type Me } from './lib/env';
import './console.css';
import { consoleRoutes, mayOpen, navGroups, type ConsoleRoute } from './routes';
import { ViewAsDialog } from './preview';
import { Shell } from './shell/Shell';

export interface ConsoleAppProps {
  app: FirebaseApp;
  me: Me;
  onSignOut: () => Promise<void>;
}

export default function ConsoleApp({ app, me, onSignOut }: ConsoleAppProps) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false } } }),
  );
  const db = useMemo(() => firestoreFor(app), [app]);
  useEffect(() => warmFormats(), []);
  const { uid, displayName, email, role } = me;
  const env = useMemo<ConsoleEnv>(
    () => ({
      app,
      db,
      me: { uid, displayName, email, role },
      isAdmin: role === 'admin',
      // Replies still in their undo window (or refused before) are sent first: once signed out the
      // write would be refused. One the server still refuses is dropped only if the person says so.
      signOut: async () => {
        const allSent = await flushOutgoing();
        if (!allSent && !window.confirm('A reply to a client could not be sent, or the server has not confirmed it yet. Sign out anyway and risk losing it?')) return;
        await onSignOut();
      },
    }),
    [app, db, uid, displayName, email, role, onSignOut],
  );
  const nav = useMemo(() => navGroups(env.isAdmin), [env.isAdmin]);

  const route = (r: ConsoleRoute) => {
    const element = mayOpen(r, env.isAdmin) ? (
      <PageSuspense>
        <r.page />
      </PageSuspense>
    ) : (
      <AdminOnlyPage area={r.label} />
    );
    return r.path === '' ? <Route key="index" index element={element} /> : <Route key={r.path} path={r.path} element={element} />;
  };

  return (
    <QueryClientProvider client={queryClient}>
      <ConsoleContext.Provider value={env}>
        <ToastProvider>
          <Routes>
            {consoleRoutes.filter((r) => r.bare).map(route)}
            <Route element={<Shell nav={nav} viewAs={ViewAsDialog} overlay={<OutgoingReplies />} />}>
              {consoleRoutes.filter((r) => !r.bare).map(route)}
              <Route path="*" element={<ConsoleNotFound />} />
            </Route>
          </Routes>
        </ToastProvider>
      </ConsoleContext.Provider>
    </QueryClientProvider>
  );
}
