/**
 * What every portal page reads from: the Firestore instance and the identity of the session
 * rendering it. The signed-in client's own session provides it (PortalApp); "View as" can
 * render the same pages with a preview app instance, so pages never reach for globals.
 */
import { createContext, useContext } from 'react';
import type { FirebaseApp } from 'firebase/app';
import type { Firestore } from 'firebase/firestore';
import type { PortalScope as PortalArea } from '@model';

export type { PortalArea };

export interface PortalIdentity {
  uid: string;
  displayName: string;
  email: string;
  companyId: string;
  /** a "View as" session: reads as the client, writes nothing */
  preview: boolean;
  /** the sign-in gave no name (email link): take it from users/{uid} */
  nameFromProfile?: boolean;
  /** the portal areas this client may see (claims `scopes`, lib/claims.ts; absent = both) */
  scopes: readonly PortalArea[];
}

export interface PortalScope extends PortalIdentity {
  app: FirebaseApp;
  db: Firestore;
  /** where the portal is mounted: "/portal" (a preview may mount it elsewhere) */
  base: string;
}

export const PortalContext = createContext<PortalScope | null>(null);

export function usePortal(): PortalScope {
  const scope = useContext(PortalContext);
  if (!scope) throw new Error('usePortal outside <PortalContext>');
  return scope;
}

/** The root of every portal query key: general (session, company) to specific (per feature). */
export function scopeKey(scope: PortalScope) {
  return ['portal', scope.app.name, scope.companyId] as const;
}

/** Builds in-portal links relative to where the portal is mounted. */
export function usePortalPath(): (path?: string) => string {
  const { base } = usePortal();
  return (path = '') => `${base}${path}`;
}

/** May this session see that portal area (work: projects, tasks, requests; billing: invoices)? */
export function useHasArea(area: PortalArea): boolean {
  return usePortal().scopes.includes(area);
}
