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
 * After writing claims read a moment before: the profile (`users/{uid}`) is the record of the
 * account's access, and setUserAccess writes it before the claims. If the account was revoked
 * meanwhile, the write may have put back what the revocation took away, so the access claims are
 * cleared again ('revoked'). If an admin gave it another role or company meanwhile, the write may
 * have put back the old one, so the claims are made again from the profile ('changed'). Null when
 * the claims agree with the profile (or there is no profile to follow).
 */
export async function keepProfile(deps: { db: Firestore; auth: Auth }, uid: string): Promise<'revoked' | 'changed' | null> {
  const profile = (await deps.db.doc(paths.user(uid)).get()).data() as Partial<UserProfile> | undefined;
  if (!profile) return null;
  const claims = (await deps.auth.getUser(uid)).customClaims ?? {};
  if (profile.status === 'disabled') {
    await deps.auth.setCustomUserClaims(uid, withoutAccess(claims));
    return 'revoked';
  }
  const role = profile.role ?? null;
  const companyId = role === 'client' ? (profile.companyId ?? null) : null;
  const claimedCompany = typeof claims.companyId === 'string' ? claims.companyId : null;
  if (!role || (claims.role === role && claimedCompany === companyId)) return null;
  await deps.auth.setCustomUserClaims(uid, withAccess(claims, role, companyId, canonicalScopes(profile.scopes)));
  return 'changed';
}
