/** Reads the custom claims of DESIGN §3 the way the rules do (lib/claims.test.ts). */
import type { PortalScope, Role } from '@model';
import { PORTAL_SCOPES, ROLES } from '@model';

export interface Access {
  /** null: signed in, but no valid role (an uninvited account) */
  role: Role | null;
  companyId: string | null;
  preview: boolean;
  /** clients: the portal areas they may see (claim `scopes`; absent or unreadable = both) */
  scopes: PortalScope[];
}

/** The `scopes` claim as the rules read it: absent (or not a list) means every area. */
export function scopesFromClaims(claims: Record<string, unknown>): PortalScope[] {
  const raw = claims.scopes;
  if (!Array.isArray(raw)) return [...PORTAL_SCOPES];
  return PORTAL_SCOPES.filter((scope) => raw.includes(scope));
}

/** May this client open that portal area? */
export function hasScope(scopes: readonly PortalScope[], scope: PortalScope): boolean {
  return scopes.includes(scope);
}

export function accessFromClaims(claims: Record<string, unknown>): Access {
  const preview = claims.preview === true;
  const rawRole = claims.role;
  const companyId = typeof claims.companyId === 'string' && claims.companyId.length > 0 ? claims.companyId : null;
  const role = (ROLES as readonly unknown[]).includes(rawRole) ? (rawRole as Role) : null;
  if (role === 'client') return { role: companyId ? 'client' : null, companyId, preview, scopes: scopesFromClaims(claims) };
  // A preview token reads as its client and never as staff.
  if (preview) return { role: null, companyId: null, preview, scopes: [] };
  return { role, companyId: null, preview: false, scopes: [] };
}

/** Where each role lands after sign-in. */
export function homeFor(role: Role | null): string {
  if (role === 'client') return '/portal';
  if (role === 'staff' || role === 'admin') return '/console';
  return '/';
}

/** Is this in-app path one the role may open after sign-in (the `next` of the login page)? */
export function mayOpen(role: Role | null, path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//')) return false;
  if (role === 'client') return path === '/portal' || path.startsWith('/portal/');
  if (role === 'staff' || role === 'admin') return path === '/console' || path.startsWith('/console/');
  return false;
}
