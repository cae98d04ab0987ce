/** Custom claims (DESIGN §3) are always merged with whatever else the account carries. */
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import { PORTAL_SCOPES, paths, type PortalScope, type Role, type UserProfile } from '../model';

export type Claims = Record<string, unknown>;

const ACCESS_CLAIMS = ['role', 'companyId', 'preview', 'previewBy', 'scopes'];

/** The existing claims without any access claim. */
export function withoutAccess(existing: Claims | undefined): Claims {
  return Object.fromEntries(Object.entries(existing ?? {}).filter(([key]) => !ACCESS_CLAIMS.includes(key)));
}

/**
 * The existing claims with the access claims of `role` (companyId only for clients). A client's
 * `scopes` claim is set when `scopes` names them; absent (null) means both portal areas, so no
 * claim. A former `scopes` claim never survives a change: it belonged to the old access.
 */
export function withAccess(existing: Claims | undefined, role: Role, companyId: string | null, scopes: readonly PortalScope[] | null = null): Claims {
  const claims: Claims = { ...withoutAccess(existing), role };
  if (role === 'client') {
    if (!companyId) throw new Error('A client needs a companyId claim.');
    claims.companyId = companyId;
    const canonical = canonicalScopes(scopes);
    if (canonical) claims.scopes = canonical;
  }
  return claims;
}

/**
 * A stored or claimed `scopes` value as a list in PORTAL_SCOPES order, or null when it is absent
 * or names no known area (absent = both, for accounts from before scopes existed).
 */
export function canonicalScopes(value: unknown): PortalScope[] | null {
  if (!Array.isArray(value)) return null;
  const known = PORTAL_SCOPES.filter((scope) => value.includes(scope));
  return known.length > 0 ? known : null;
}

/** The areas a `scopes` value grants: absent = both. */
export function effectiveScopes(value: unknown): PortalScope[] {
  return canonicalScopes(value) ?? [...PORTAL_SCOPES];
}

/** Whether an account or contact with this `scopes` value sees `scope` (absent = both). */
export function hasScope(value: unknown, scope: PortalScope): boolean {
  return effectiveScopes(value).includes(scope);
}

/**
 * After writing claims read a moment before: if the account was revoked meanwhile (setUserAccess
 * marks `users/{uid}` disabled before it clears the claims), the write may have put back what the
 * revocation took away, so the access claims are cleared again. True when it did so.
 */
export async function keepRevoked(deps: { db: Firestore; auth: Auth }, uid: string): Promise<boolean> {
  const profile = (await deps.db.doc(paths.user(uid)).get()).data() as Partial<UserProfile> | undefined;
  if (profile?.status !== 'disabled') return false;
  const user = await deps.auth.getUser(uid);
  await deps.auth.setCustomUserClaims(uid, withoutAccess(user.customClaims));
  return true;
}
