/**
 * Invitations on the web side. A team invitation's email links to `/login?invite=<id>` (no
 * sign-in link: team invitations are accepted with Google only), so the id is remembered for
 * this tab until the person has signed in, and then accepted. acceptInvitation's refusals carry
 * a reason (HttpsError details) that these sentences turn into what the person can do.
 */
import type { InvitationRefusal } from '@model';
import { describeError, errorCode } from '../../lib/errors';

const KEY = 'agencyos.invite';

/** Keeps `?invite=<id>` of the current URL for after sign-in. */
export function rememberInvite(search: string): void {
  const id = new URLSearchParams(search).get('invite');
  if (!id) return;
  try {
    sessionStorage.setItem(KEY, id);
  } catch {
    // storage disabled: the person can still press "I have an invitation"
  }
}

/** The remembered invitation id, forgotten as it is read. */
export function takeRememberedInvite(): string | null {
  try {
    const id = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return id;
  } catch {
    return null;
  }
}

function refusalReason(error: unknown): InvitationRefusal | null {
  const details = (error as { details?: { reason?: unknown } } | null)?.details;
  return typeof details?.reason === 'string' ? (details.reason as InvitationRefusal) : null;
}

/** What to tell a person whose invitation could not be accepted. */
export function invitationErrorMessage(error: unknown, email: string | null): string {
  const reason = refusalReason(error);
  const message = error instanceof Error ? error.message.replace(/\s*\[\d{3}\]$/, '').trim() : '';
  // The function's own sentence says exactly what to do for these.
  if (reason === 'google-required' || reason === 'has-access' || reason === 'wrong-email' || reason === 'no-access') return message;
  if (reason === 'not-invited') {
    return `We couldn't find an open invitation for ${email ?? 'this address'}. Ask your agency to invite this address.`;
  }
  if (reason === 'expired' || reason === 'used' || reason === 'superseded' || reason === 'revoked') {
    return message || 'This invitation has expired or was already used. Ask your agency to send a new one.';
  }
  if (reason === 'unverified-email') return message;
  return errorCode(error) === 'not-found'
    ? `We couldn't find an open invitation for ${email ?? 'this address'}. Ask your agency to invite this address.`
    : describeError(error);
}
