/**
 * What every callable needs before it does anything: who is calling, with which role, and
 * whether the input has the right shape. Refusals are HttpsErrors a person can act on.
 */
import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import { z } from 'zod';
import type { Auth } from 'firebase-admin/auth';
import { ROLES, type PortalScope, type Role } from '../model';
import { canonicalScopes, hasScope } from './claims';

/** What a handler reads from a callable request (tests pass exactly this). */
export type CallRequest = Pick<CallableRequest<unknown>, 'auth' | 'data'>;

export interface Caller {
  uid: string;
  /** The role claim, or null when it is missing or malformed. */
  role: Role | null;
  companyId: string | null;
  preview: boolean;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  /** How this session signed in: `google.com`, `emailLink`, `custom` (previews), … */
  signInProvider: string | null;
  /** Clients: the portal areas of the `scopes` claim; null when absent (= both). */
  scopes: PortalScope[] | null;
}

function asString(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export function requireSignedIn(request: CallRequest, action: string): Caller {
  const auth = request.auth;
  if (!auth) throw new HttpsError('unauthenticated', `Sign in to ${action}.`);
  const token: Record<string, unknown> = auth.token;
  const role = (ROLES as readonly unknown[]).includes(token.role) ? (token.role as Role) : null;
  return {
    uid: auth.uid,
    role,
    companyId: asString(token.companyId),
    preview: token.preview === true,
    email: asString(token.email),
    emailVerified: token.email_verified === true,
    name: asString(token.name),
    signInProvider: asString((token.firebase as { sign_in_provider?: unknown } | undefined)?.sign_in_provider),
    scopes: canonicalScopes(token.scopes),
  };
}

/** Staff or admin, signed in as themselves (a "View as" preview token is a client token). */
export function requireStaff(request: CallRequest, action: string): Caller & { role: 'staff' | 'admin' } {
  const caller = requireSignedIn(request, action);
  if (caller.preview || (caller.role !== 'staff' && caller.role !== 'admin')) {
    throw new HttpsError('permission-denied', `Only agency staff can ${action}. Sign in with your agency account.`);
  }
  return { ...caller, role: caller.role };
}

export function requireAdmin(request: CallRequest, action: string): Caller & { role: 'admin' } {
  const caller = requireSignedIn(request, action);
  if (caller.preview || caller.role !== 'admin') {
    throw new HttpsError('permission-denied', `Only an admin can ${action}. Ask an admin of your agency to do it.`);
  }
  return { ...caller, role: caller.role };
}

/**
 * A privileged callable's second check: the ID token is not only well signed but still good —
 * its account is enabled and its sessions were not revoked since it was issued (setUserAccess
 * revokes them on every change). Claims alone would let a revoked or demoted member act for up
 * to an hour on the token they already hold.
 */
export async function requireActive<C extends Caller>(request: CallRequest, auth: Auth, caller: C): Promise<C> {
  const rawToken = request.auth?.rawToken;
  const again = 'Sign in again: your access changed since this session started.';
  if (!rawToken) throw new HttpsError('unauthenticated', again);
  try {
    await auth.verifyIdToken(rawToken, true);
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    if (code === 'auth/id-token-revoked' || code === 'auth/user-disabled' || code === 'auth/user-not-found') {
      throw new HttpsError('unauthenticated', again);
    }
    throw error;
  }
  return caller;
}

/** Staff or admin whose session is still valid (see requireActive). */
export async function requireActiveStaff(request: CallRequest, auth: Auth, action: string): Promise<Caller & { role: 'staff' | 'admin' }> {
  return requireActive(request, auth, requireStaff(request, action));
}

/** An admin whose session is still valid (see requireActive). */
export async function requireActiveAdmin(request: CallRequest, auth: Auth, action: string): Promise<Caller & { role: 'admin' }> {
  return requireActive(request, auth, requireAdmin(request, action));
}

/**
 * Whether a client session may use a portal area now: its token names the area and so do the
 * account's current claims. setContactScopes narrows the claims without ending the session (the
 * portal refreshes its token when users/{uid} changes), so a token from before the change still
 * names the area until it expires; every use of the area that passes through a function is
 * refused from the moment the claims change.
 */
export async function hasCurrentScope(auth: Auth, uid: string, tokenScopes: unknown, scope: PortalScope): Promise<boolean> {
  if (!hasScope(tokenScopes, scope)) return false;
  const user = await auth.getUser(uid);
  return hasScope(user.customClaims?.scopes, scope);
}

/** Validates the input; a callable sent without data (`null`) is read as `{}`. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown, hint: string): z.output<S> {
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    throw new HttpsError('invalid-argument', `${hint}\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** Emails are compared lower-cased and trimmed everywhere (invitations, contacts, tokens). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
