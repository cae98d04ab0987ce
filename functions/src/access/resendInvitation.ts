/**
 * resendInvitation (callable, staff for client invitations, admin for any): the Outbox's
 * "Resend invitation". Staff never see an invitation's link (it is a bearer sign-in), so instead
 * of copying it they send the invitation again: a new invitation with a new email replaces the
 * old one (sendInvitation supersedes it), with the same checks as inviteUser — a contact whose
 * access an admin revoked is re-invited by an admin only.
 */
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { paths, type Invitation, type InviteUserResult } from '../model';
import { resendInvitationInput } from '../model/schemas';
import { parseInput, requireActiveStaff, type CallRequest } from '../shared/callable';
import { runtimeDeps, type Deps } from '../shared/deps';
import { sendInvitation } from './inviteUser';

export async function resendInvitationHandler(request: CallRequest, deps: Deps): Promise<InviteUserResult> {
  const caller = await requireActiveStaff(request, deps.auth, 'resend invitations');
  const { invitationId } = parseInput(resendInvitationInput, request.data, 'Send { invitationId } of the invitation to send again.');
  const snap = await deps.db.doc(`${paths.invitations()}/${invitationId}`).get();
  if (!snap.exists) throw new HttpsError('not-found', `There is no invitation with id "${invitationId}".`);
  const invitation = snap.data() as Invitation;
  if (invitation.status === 'accepted') {
    throw new HttpsError('failed-precondition', `${invitation.name ?? invitation.email} already accepted this invitation; there is nothing to resend.`);
  }
  if (invitation.role === 'client') {
    if (!invitation.companyId || !invitation.contactId) {
      throw new HttpsError('failed-precondition', 'This invitation names no contact. Invite the person again from their contact card.');
    }
    return sendInvitation(deps, caller, { role: 'client', companyId: invitation.companyId, contactId: invitation.contactId });
  }
  if (caller.role !== 'admin') {
    throw new HttpsError('permission-denied', 'Only an admin can resend a team invitation. Ask an admin of your agency.');
  }
  return sendInvitation(deps, caller, {
    role: invitation.role,
    email: invitation.email,
    ...(invitation.name ? { displayName: invitation.name } : {}),
  });
}

export const resendInvitation = onCall((request) => resendInvitationHandler(request, runtimeDeps()));
