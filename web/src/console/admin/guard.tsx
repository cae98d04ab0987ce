/** Admin-only pages: staff get the "Not allowed" page and never download the page's chunk. */
import { Suspense, type ReactNode } from 'react';
import { LoadingBlock } from '../../components/ui';
import { useConsole } from '../env';
import { NotAllowed } from './ui';

export function AdminOnly({ what, children }: { what: string; children: ReactNode }) {
  const { isAdmin } = useConsole();
  if (!isAdmin) return <NotAllowed what={what} />;
  return <>{children}</>;
}

export function PageSuspense({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div className="adm-page">
          <LoadingBlock rows={4} />
        </div>
      }
    >
      {children}
    </Suspense>
  );
}
