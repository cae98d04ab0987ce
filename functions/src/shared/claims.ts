/** Custom claims (DESIGN §3) are always merged with whatever else the account carries. */
import type { Role } from '../model';

export type Claims = Record<string, unknown>;

const ACCESS_CLAIMS = ['role', 'companyId', 'preview', 'previewBy'];

/** The existing claims without any access claim. */
export function withoutAccess(existing: Claims | undefined): Claims {
  return Object.fromEntries(Object.entries(existing ?? {}).filter(([key]) => !ACCESS_CLAIMS.includes(key)));
}

/** The existing claims with the access claims of `role` (companyId only for clients). */
export function withAccess(existing: Claims | undefined, role: Role, companyId: string | null): Claims {
  const claims: Claims = { ...withoutAccess(existing), role };
  if (role === 'client') {
    if (!companyId) throw new Error('A client needs a companyId claim.');
    claims.companyId = companyId;
  }
  return claims;
}
