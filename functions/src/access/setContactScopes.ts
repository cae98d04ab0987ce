/**
 * setContactScopes (callable; staff for the contacts of client companies, admins for any):
 * which portal areas a contact sees — `work` (projects, tasks, requests, approvals) and/or
 * `billing` (invoices, payments). Writes `contact.scopes` and the scopes of the contact's pending
 * invitations (so the invitation gives what the contact card says). When the contact has an
 * active portal account (contact.uid, a client of this company), the change applies at once:
 * - the `scopes` claim is merged into the account's claims (other claims kept),
 * - `users/{uid}.scopes` and `updatedAt` are written: the web app reloads the claims when its
 *   user document's `updatedAt` changes,
 * - no session is ended: the open portal refreshes its token and shows the new areas, also after
 *   a reload. Until that token arrives (or, for a copied token, until it expires within the
 *   hour) the old ID token still names a removed area in the rules; every function that serves
 *   an area (createInvoiceCheckout, invoicePdf) checks the account's current claims
 *   (hasCurrentScope), so the old token is refused there from this moment.
 */
import { Timestamp } from 'firebase-admin/firestore';
import type { UserRecord } from 'firebase-admin/auth';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { paths, type Company, type Contact, type Invitation, type SetContactScopesResult, type UserProfile } from '../model';
import { setContactScopesInput } from '../model/schemas';
import { parseInput, requireActiveStaff, type CallRequest } from '../shared/callable';
import { keepProfile } from '../shared/claims';
import { runtimeDeps, type Deps } from '../shared/deps';
import { runTransaction } from '../shared/transaction';

async function userOrNull(deps: Pick<Deps, 'auth'>, uid: string): Promise<UserRecord | null> {
  try {
    return await deps.auth.getUser(uid);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'auth/user-not-found') return null;
    throw error;
  }
}

export async function setContactScopesHandler(request: CallRequest, deps: Deps): Promise<SetContactScopesResult> {
  const caller = await requireActiveStaff(request, deps.auth, "change what a contact sees in the portal");
  const { companyId, contactId, scopes } = parseInput(
    setContactScopesInput,
    request.data,
    'Send { companyId, contactId, scopes } with scopes a non-empty list of "work" and "billing".',
  );
  const { db, auth } = deps;
  const companyRef = db.doc(paths.company(companyId));
  const contactRef = db.doc(`${paths.contacts(companyId)}/${contactId}`);
  const now = Timestamp.fromDate(deps.now());

  const contact = await runTransaction(db, async (tx) => {
    const [companySnap, contactSnap] = await Promise.all([tx.get(companyRef), tx.get(contactRef)]);
    const company = companySnap.data() as Company | undefined;
    if (!company) throw new HttpsError('not-found', `There is no company with id "${companyId}".`);
    if (company.status !== 'client' && caller.role !== 'admin') {
      throw new HttpsError('permission-denied', `${company.name} is not a client, so only an admin can change its contacts' portal access.`);
    }
    if (!contactSnap.exists) throw new HttpsError('not-found', `${company.name} has no contact with id "${contactId}". Reload the contact list.`);
    const pending = await tx.get(
      db.collection(paths.invitations()).where('companyId', '==', companyId).where('contactId', '==', contactId).where('status', '==', 'pending'),
    );
    tx.update(contactRef, { scopes } satisfies Partial<Contact>);
    for (const invitation of pending.docs) tx.update(invitation.ref, { scopes } satisfies Partial<Invitation>);
    return contactSnap.data() as Contact;
  });

  // The account follows only when it is this company's active client: a revoked contact, or an
  // account an admin moved elsewhere, keeps the claims it has.
  const user = contact.portal === 'active' && contact.uid ? await userOrNull(deps, contact.uid) : null;
  const claims = user?.customClaims ?? {};
  if (!user || claims.role !== 'client' || claims.companyId !== companyId) {
    return { scopes, accountUpdated: false };
  }
  await auth.setCustomUserClaims(user.uid, { ...claims, scopes });
  // A revocation or an admin's move between the read above and this write must not be undone by it.
  if (await keepProfile(deps, user.uid)) return { scopes, accountUpdated: false };
  // Last, so the web app that refreshes its token on this change finds the new claims.
  const userRef = db.doc(paths.user(user.uid));
  if ((await userRef.get()).exists) await userRef.update({ scopes, updatedAt: now } satisfies Partial<UserProfile>);
  return { scopes, accountUpdated: true };
}

export const setContactScopes = onCall((request) => setContactScopesHandler(request, runtimeDeps()));
