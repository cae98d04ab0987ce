/**
 * inviteUser (callable, DESIGN §5): staff invite a contact of a client company to the portal;
 * admins also invite new staff and admins. Writes `invitations/{id}` (pending, 7 days), sets the
 * contact's portal to `invited`, and queues the invitation email (`mail/invite-{id}`, with its
 * redacted `outbox/invite-{id}` entry). A client's email carries an email sign-in link that lands
 * on `/login?invite={id}`; a team member's carries no sign-in link at all — staff and admin
 * invitations are accepted with Google only (acceptInvitation), so a copied link is worth
 * nothing. Inviting the same email again supersedes its pending invitations, so only the newest
 * can be accepted. A contact, or an email address, whose access an admin revoked is invited again
 * by an admin only.
 * A client invitation may name the portal areas the contact gets (`scopes`: work, billing); they
 * are stored on the invitation and the contact, and acceptInvitation turns them into the `scopes`
 * claim. Without `scopes` the contact's own (set earlier) apply, else both areas.
 */
import { Timestamp, type DocumentReference } from 'firebase-admin/firestore';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { paths, type Company, type Contact, type Invitation, type InviteUserResult, type PortalScope, type Role } from '../model';
import { inviteUserInput } from '../model/schemas';
import { normalizeEmail, parseInput, requireActiveStaff, type CallRequest, type Caller } from '../shared/callable';
import { canonicalScopes } from '../shared/claims';
import { runtimeDeps, type Deps } from '../shared/deps';
import { agencyName, queueMail, renderMail } from '../shared/mail';
import { runTransaction } from '../shared/transaction';

export const INVITATION_TTL_DAYS = 7;
const DAY_MS = 86_400_000;

/** Who is being invited, resolved and checked. */
interface Invitee {
  email: string;
  name: string;
  role: Role;
  companyId: string | null;
  contactId: string | null;
  companyName: string | null;
  /** clients: the portal areas they get (null = both) */
  scopes: PortalScope[] | null;
}

export function invitationMailId(invitationId: string): string {
  return `invite-${invitationId}`;
}

export async function inviteUserHandler(request: CallRequest, deps: Deps): Promise<InviteUserResult> {
  const caller = await requireActiveStaff(request, deps.auth, 'invite people to the portal');
  const input = parseInput(
    inviteUserInput,
    request.data,
    'Send { role: "client", companyId, contactId, scopes? } to invite a contact, or { role: "staff" | "admin", email } to invite a team member.',
  );
  return sendInvitation(deps, caller, input);
}

/** Creates the invitation and queues its email: inviteUser and resendInvitation share it. */
export async function sendInvitation(
  deps: Deps,
  caller: Caller & { role: 'staff' | 'admin' },
  input: z.output<typeof inviteUserInput>,
): Promise<InviteUserResult> {
  const { db, auth } = deps;

  let invitee: Invitee;
  let contactRef: DocumentReference | null = null;
  if (input.role === 'client') {
    const companyRef = db.doc(paths.company(input.companyId));
    contactRef = db.doc(`${paths.contacts(input.companyId)}/${input.contactId}`);
    const [companySnap, contactSnap] = await Promise.all([companyRef.get(), contactRef.get()]);
    if (!companySnap.exists) throw new HttpsError('not-found', `There is no company with id "${input.companyId}".`);
    const company = companySnap.data() as Company;
    if (company.status !== 'client') {
      throw new HttpsError('failed-precondition', `Set ${company.name}'s status to Client before inviting its contacts.`);
    }
    if (!contactSnap.exists) {
      throw new HttpsError('not-found', `${company.name} has no contact with id "${input.contactId}". Add the contact first.`);
    }
    const contact = contactSnap.data() as Contact;
    const email = normalizeEmail(contact.email ?? '');
    if (!z.email().safeParse(email).success) {
      throw new HttpsError('failed-precondition', `Add a valid email address to ${contact.name}'s contact card before inviting them.`);
    }
    if (contact.portal === 'active') {
      throw new HttpsError(
        'already-exists',
        `${contact.name} already has portal access. To move or remove it, an admin uses "Change role…" or "Revoke" on the contact in Companies → ${company.name} → Contacts.`,
      );
    }
    if (contact.portal === 'revoked' && caller.role !== 'admin') {
      throw new HttpsError(
        'permission-denied',
        `An admin revoked ${contact.name}'s portal access, so only an admin can invite them again. Ask an admin of your agency.`,
      );
    }
    invitee = {
      email,
      name: contact.name,
      role: 'client',
      companyId: input.companyId,
      contactId: input.contactId,
      companyName: company.name,
      scopes: input.scopes ?? canonicalScopes(contact.scopes),
    };
  } else {
    if (caller.role !== 'admin') {
      throw new HttpsError('permission-denied', `Only an admin can invite ${input.role === 'admin' ? 'admins' : 'staff'}. Ask an admin to send this invitation.`);
    }
    const email = normalizeEmail(input.email);
    invitee = { email, name: input.displayName ?? email.split('@')[0] ?? email, role: input.role, companyId: null, contactId: null, companyName: null, scopes: null };
  }

  const now = deps.now();
  const expiresAt = Timestamp.fromMillis(now.getTime() + INVITATION_TTL_DAYS * DAY_MS);
  const invitationRef = db.collection(paths.invitations()).doc();
  const landing = `${deps.appUrl}/login?invite=${invitationRef.id}&email=${encodeURIComponent(invitee.email)}`;
  const agency = await agencyName(db);
  const inviter = caller.name ?? caller.email ?? agency;
  const expiry = expiresAt.toDate().toUTCString().replace(/ \d\d:\d\d:\d\d GMT$/, '');
  const mail =
    invitee.role === 'client'
      ? renderMail({
          to: invitee.email,
          subject: `${agency} invited you to your client portal`,
          greeting: `Hi ${invitee.name},`,
          paragraphs: [
            `${inviter} invited you to ${agency}'s client portal for ${invitee.companyName}: follow your projects and tasks, reply to the team and pay invoices in one place.`,
            `The button below signs you in as ${invitee.email}; no password needed. The invitation can be used once, until ${expiry}.`,
            `If the link no longer works, open ${deps.appUrl}/login and continue with Google or this email address.`,
          ],
          action: {
            label: 'Open your portal',
            url: await auth.generateSignInWithEmailLink(invitee.email, { url: landing, handleCodeInApp: true }),
          },
          footer: `You received this because ${inviter} entered your email address at ${agency}. If you were not expecting it, ignore this email.`,
        })
      : renderMail({
          to: invitee.email,
          subject: `${agency} invited you to join the team in Agency OS`,
          greeting: `Hi ${invitee.name},`,
          paragraphs: [
            `${inviter} invited you to ${agency}'s workspace as ${invitee.role === 'admin' ? 'an admin' : 'a staff member'}.`,
            `Open the page below and choose "Continue with Google" with the Google account of ${invitee.email}. For your agency's safety, team invitations are accepted with Google sign-in only. The invitation can be used once, until ${expiry}.`,
          ],
          action: { label: 'Join the team', url: landing },
          footer: `You received this because ${inviter} entered your email address at ${agency}. If you were not expecting it, ignore this email.`,
        });
  const mailId = invitationMailId(invitationRef.id);

  await runTransaction(db, async (tx) => {
    const pending = await tx.get(
      db.collection(paths.invitations()).where('email', '==', invitee.email).where('status', '==', 'pending'),
    );
    // Contacts of replaced invitations that are still merely "invited" go back to "none".
    const replacedContacts = new Map<string, DocumentReference>();
    for (const doc of pending.docs) {
      const old = doc.data() as Invitation;
      if (old.companyId && old.contactId && !(old.companyId === invitee.companyId && old.contactId === invitee.contactId)) {
        const ref = db.doc(`${paths.contacts(old.companyId)}/${old.contactId}`);
        replacedContacts.set(ref.path, ref);
      }
    }
    const replacedSnaps = await Promise.all([...replacedContacts.values()].map((ref) => tx.get(ref)));
    if (contactRef) {
      const contactSnap = await tx.get(contactRef);
      if (!contactSnap.exists) throw new HttpsError('not-found', 'The contact was deleted while inviting them.');
      const portal = (contactSnap.data() as Contact).portal;
      if (portal === 'active') throw new HttpsError('already-exists', `${invitee.name} already has portal access.`);
      if (portal === 'revoked' && caller.role !== 'admin') {
        throw new HttpsError('permission-denied', `An admin revoked ${invitee.name}'s portal access, so only an admin can invite them again.`);
      }
      // The revocation belongs to the account, not to one contact card: a new card with the
      // same address (or the card deleted and added again) is no way around it.
      if (caller.role !== 'admin') {
        const disabled = await tx.get(db.collection(paths.users()).where('email', '==', invitee.email).where('status', '==', 'disabled').limit(1));
        if (!disabled.empty) {
          throw new HttpsError(
            'permission-denied',
            `An admin revoked the portal access of ${invitee.email}, so only an admin can invite that address again. Ask an admin of your agency.`,
          );
        }
      }
    }

    for (const doc of pending.docs) {
      tx.update(doc.ref, { status: 'superseded', supersededBy: invitationRef.id, closedAt: Timestamp.fromDate(now) });
    }
    for (const snap of replacedSnaps) {
      if (snap.exists && (snap.data() as Contact).portal === 'invited') tx.update(snap.ref, { portal: 'none' });
    }
    const invitation: Invitation = {
      email: invitee.email,
      role: invitee.role,
      companyId: invitee.companyId,
      contactId: invitee.contactId,
      status: 'pending',
      expiresAt,
      invitedBy: caller.uid,
      name: invitee.name,
      createdAt: Timestamp.fromDate(now),
      ...(invitee.scopes ? { scopes: invitee.scopes } : {}),
    };
    tx.create(invitationRef, invitation);
    if (contactRef) tx.update(contactRef, { portal: 'invited', ...(invitee.scopes ? { scopes: invitee.scopes } : {}) } satisfies Partial<Contact>);
    queueMail(tx, db, mailId, mail, { kind: 'invitation', refs: { invitationId: invitationRef.id, ...(invitee.companyId ? { companyId: invitee.companyId } : {}) } }, Timestamp.fromDate(now));
  });

  return { invitationId: invitationRef.id, email: invitee.email, role: invitee.role, expiresAt: expiresAt.toDate().toISOString(), mailId };
}

export const inviteUser = onCall((request) => inviteUserHandler(request, runtimeDeps()));
