/**
 * acceptInvitation (callable, DESIGN §5): a signed-in person with a verified email binds the
 * pending, unexpired invitation for that email. In one transaction the invitation becomes
 * `accepted` (single use: of two concurrent accepts exactly one commits), `users/{uid}` is
 * written and the contact's portal becomes `active`; then the role claims are merged into the
 * account's claims. The web app calls it after sign-in and then refreshes the ID token
 * (`getIdToken(true)`) so the portal opens without signing in again.
 *
 * Two guards keep an invitation from becoming a way in for someone else: a staff or admin
 * invitation is accepted only by a Google session (an email link is a bearer token: whoever
 * holds it signs in as the invitee), and an account that already has a role or company keeps
 * it — only an admin changes access (setUserAccess), so opening a client's invitation can never
 * silently demote an admin or move a client.
 *
 * A client invitation that names portal areas (`scopes`) gives the account the `scopes` claim and
 * `users/{uid}.scopes`; one without gives neither (absent = both areas).
 */
import { Timestamp, type DocumentReference, type DocumentSnapshot } from 'firebase-admin/firestore';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { ROLES, paths, type AcceptInvitationResult, type Company, type Contact, type Invitation, type InvitationRefusal, type Role, type TimestampLike, type UserProfile } from '../model';
import { acceptInvitationInput } from '../model/schemas';
import { canonicalScopes, keepProfile, withAccess } from '../shared/claims';
import { normalizeEmail, parseInput, requireSignedIn, type CallRequest } from '../shared/callable';
import { runtimeDeps, type Deps } from '../shared/deps';
import { runTransaction } from '../shared/transaction';

function refuse(code: 'not-found' | 'permission-denied' | 'failed-precondition', reason: InvitationRefusal, message: string): HttpsError {
  return new HttpsError(code, message, { reason });
}

function day(timestamp: TimestampLike): string {
  return timestamp.toDate().toISOString().slice(0, 10);
}

export async function acceptInvitationHandler(request: CallRequest, deps: Deps): Promise<AcceptInvitationResult> {
  const caller = requireSignedIn(request, 'accept an invitation');
  const input = parseInput(acceptInvitationInput, request.data, 'Send {} or { invitationId } (the `invite` parameter of the invitation link); nothing else.');
  if (caller.preview) throw new HttpsError('permission-denied', 'A "View as" preview cannot accept invitations.');
  if (!caller.email || !caller.emailVerified) {
    throw refuse(
      'failed-precondition',
      'unverified-email',
      'Your email address is not verified. Sign in with the link in your invitation email, or with Google using the invited address.',
    );
  }
  const email = normalizeEmail(caller.email);
  const { db, auth } = deps;
  const now = Timestamp.fromDate(deps.now());
  const current = (await auth.getUser(caller.uid)).customClaims ?? {};

  const result = await runTransaction(db, async (tx) => {
    let invitationSnap: DocumentSnapshot;
    if (input.invitationId) {
      invitationSnap = await tx.get(db.doc(`${paths.invitations()}/${input.invitationId}`));
      if (!invitationSnap.exists) {
        throw refuse('not-found', 'not-invited', 'This invitation does not exist. Ask your contact at the agency to send a new one.');
      }
      if ((invitationSnap.data() as Invitation).email !== email) {
        throw refuse(
          'permission-denied',
          'wrong-email',
          `This invitation was sent to another email address, not ${email}. Sign out and open the link with the invited address.`,
        );
      }
    } else {
      const pending = await tx.get(db.collection(paths.invitations()).where('email', '==', email).where('status', '==', 'pending'));
      const newest = pending.docs
        .slice()
        .sort((a, b) => ((b.data() as Invitation).expiresAt.toMillis() - (a.data() as Invitation).expiresAt.toMillis()))[0];
      if (!newest) {
        throw refuse('not-found', 'not-invited', `There is no invitation for ${email}. Ask your contact at the agency to invite this address.`);
      }
      invitationSnap = newest;
    }

    const invitation = invitationSnap.data() as Invitation;
    switch (invitation.status) {
      case 'accepted':
        throw refuse(
          'failed-precondition',
          'used',
          invitation.acceptedBy === caller.uid
            ? 'You have already accepted this invitation. Reload the page to open the portal.'
            : 'This invitation has already been used. Ask your contact at the agency for a new one.',
        );
      case 'superseded':
        throw refuse('failed-precondition', 'superseded', `A newer invitation was sent to ${email}. Use the link in the latest email.`);
      case 'revoked':
        throw refuse('failed-precondition', 'revoked', 'This invitation was withdrawn. Ask your contact at the agency if you should have access.');
      case 'pending':
        break;
    }
    if (invitation.expiresAt.toMillis() <= now.toMillis()) {
      throw refuse(
        'failed-precondition',
        'expired',
        `This invitation expired on ${day(invitation.expiresAt)}. Ask your contact at the agency to send a new one.`,
      );
    }

    if (invitation.role !== 'client' && caller.signInProvider !== 'google.com') {
      throw refuse(
        'permission-denied',
        'google-required',
        `Team invitations are accepted with Google sign-in only. Sign out, then choose "Continue with Google" with the Google account of ${email}.`,
      );
    }
    const heldRole = (ROLES as readonly unknown[]).includes(current.role) ? (current.role as Role) : null;
    const heldCompany = typeof current.companyId === 'string' ? current.companyId : null;
    if (heldRole && (heldRole !== invitation.role || (heldRole === 'client' && heldCompany !== invitation.companyId))) {
      throw refuse(
        'failed-precondition',
        'has-access',
        `You already have access as ${heldRole === 'client' ? 'a client of another company' : heldRole === 'admin' ? 'an admin' : 'a staff member'}. An invitation cannot change that: ask an admin of the agency to change your access.`,
      );
    }

    let contactRef: DocumentReference | null = null;
    let contactSnap: DocumentSnapshot | null = null;
    if (invitation.role === 'client') {
      if (!invitation.companyId) throw new HttpsError('internal', 'This client invitation names no company.');
      const companySnap = await tx.get(db.doc(paths.company(invitation.companyId)));
      const company = companySnap.data() as Company | undefined;
      if (!company || company.status !== 'client') {
        throw refuse(
          'failed-precondition',
          'no-access',
          `${company?.name ?? 'This company'} no longer has portal access. Ask your contact at the agency.`,
        );
      }
      if (invitation.contactId) {
        contactRef = db.doc(`${paths.contacts(invitation.companyId)}/${invitation.contactId}`);
        contactSnap = await tx.get(contactRef);
        // The invitation was for this contact at this address: once the agency deleted the contact,
        // gave it another address (someone new in that role) or took its access back, it lets nobody in.
        const contact = contactSnap.data() as Contact | undefined;
        if (!contact || normalizeEmail(contact.email) !== invitation.email || contact.portal !== 'invited') {
          throw refuse('failed-precondition', 'revoked', 'This invitation was withdrawn. Ask your contact at the agency if you should have access.');
        }
      }
    }
    const userRef = db.doc(paths.user(caller.uid));
    const existing = (await tx.get(userRef)).data() as UserProfile | undefined;

    tx.update(invitationSnap.ref, { status: 'accepted', acceptedBy: caller.uid, acceptedAt: now });
    const companyId = invitation.role === 'client' ? invitation.companyId : null;
    const scopes = invitation.role === 'client' ? canonicalScopes(invitation.scopes) : null;
    const profile: UserProfile = {
      displayName: caller.name ?? invitation.name ?? existing?.displayName ?? email,
      email,
      role: invitation.role,
      companyId,
      status: 'active',
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      ...(scopes ? { scopes } : {}),
    };
    tx.set(userRef, profile);
    if (contactRef && contactSnap?.exists) tx.update(contactRef, { portal: 'active', uid: caller.uid } satisfies Partial<Contact>);
    return { invitationId: invitationSnap.id, role: invitation.role, companyId, scopes };
  });

  // Claims only after the invitation is bound: a transaction that lost the race sets nothing.
  await auth.setCustomUserClaims(caller.uid, withAccess(current, result.role, result.companyId, result.scopes));
  const kept = await keepProfile(deps, caller.uid);
  if (kept === 'revoked') throw refuse('failed-precondition', 'revoked', 'Your access was withdrawn while the invitation was being accepted. Ask your contact at the agency.');
  if (kept === 'changed') throw refuse('failed-precondition', 'has-access', 'An admin changed your access while the invitation was being accepted. Sign in again to see the portal you now have.');
  return { invitationId: result.invitationId, role: result.role, companyId: result.companyId };
}

export const acceptInvitation = onCall((request) => acceptInvitationHandler(request, runtimeDeps()));
