/**
 * What every callable needs before it does anything: who is calling, with which role, and
 * whether the input has the right shape. Refusals are HttpsErrors a person can act on.
 */
import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { ROLES, type Role } from '../model';

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
