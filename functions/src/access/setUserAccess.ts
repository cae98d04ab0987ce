/**
 * setUserAccess (callable, admin, DESIGN §5): change someone's role or company, or revoke their
 * access. Claims are merged (or the access claims removed), refresh tokens are revoked so every
 * session has to sign in again, `users/{uid}` mirrors the result, and contacts follow: the ones
 * linked to the account in a company it leaves become `revoked`, the one it joins `active`.
 * Revoking also withdraws pending invitations for the account's email. Every "View as" session
 * the person opened ends too (endPreviewSessions): their preview accounts are disabled, so those
 * sessions can neither refresh nor call anything again, and a preview token minted but not used
 * yet signs nobody in.
 */
import { Timestamp, type DocumentReference, type DocumentSnapshot, type Transaction } from 'firebase-admin/firestore';
import type { UserRecord } from 'firebase-admin/auth';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { paths, type Company, type Contact, type PortalScope, type Role, type SetUserAccessResult, type UserProfile } from '../model';
import { setUserAccessInput } from '../model/schemas';
import { canonicalScopes, withAccess, withoutAccess } from '../shared/claims';
import { normalizeEmail, parseInput, requireActiveAdmin, type CallRequest } from '../shared/callable';
import { endPreviewSessions } from '../preview/previewSessions';
import { runtimeDeps, type Deps } from '../shared/deps';
import { runTransaction } from '../shared/transaction';

async function getUserOrThrow(deps: Deps, uid: string): Promise<UserRecord> {
  try {
    return await deps.auth.getUser(uid);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'auth/user-not-found') {
      throw new HttpsError('not-found', `There is no account with id "${uid}".`);
    }
    throw error;
  }
}

/** Contacts of `companyId` linked to `uid`, read inside the transaction. */
async function linkedContacts(tx: Transaction, deps: Pick<Deps, 'db'>, companyId: string | null, uid: string): Promise<DocumentSnapshot[]> {
  if (!companyId) return [];
  const snap = await tx.get(deps.db.collection(paths.contacts(companyId)).where('uid', '==', uid));
  return snap.docs;
}

export async function setUserAccessHandler(request: CallRequest, deps: Deps): Promise<SetUserAccessResult> {
  const caller = await requireActiveAdmin(request, deps.auth, "change people's access");
  const input = parseInput(
    setUserAccessInput,
    request.data,
    'Send { action: "change", uid, role, companyId } (companyId only for clients) or { action: "revoke", uid }.',
  );
  if (input.uid === caller.uid) {
    throw new HttpsError('failed-precondition', 'You cannot change your own access. Ask another admin to do it.');
  }
  const { db, auth } = deps;
  const user = await getUserOrThrow(deps, input.uid);
  const now = Timestamp.fromDate(deps.now());
  const userRef = db.doc(paths.user(input.uid));
  const claimedCompany = typeof user.customClaims?.companyId === 'string' ? user.customClaims.companyId : null;

  if (input.action === 'revoke') {
    await runTransaction(db, async (tx) => {
      const profile = (await tx.get(userRef)).data() as UserProfile | undefined;
      const companies = new Set([profile?.companyId ?? null, claimedCompany].filter((c): c is string => !!c));
      const contacts = (await Promise.all([...companies].map((c) => linkedContacts(tx, deps, c, input.uid)))).flat();
      const email = user.email ? normalizeEmail(user.email) : null;
      const pending = email
        ? (await tx.get(db.collection(paths.invitations()).where('email', '==', email).where('status', '==', 'pending'))).docs
        : [];

      tx.set(userRef, {
        displayName: profile?.displayName ?? user.displayName ?? user.email ?? input.uid,
        email: profile?.email ?? user.email ?? '',
        role: null,
        companyId: null,
        status: 'disabled',
        createdAt: profile?.createdAt ?? now,
        updatedAt: now,
      } satisfies UserProfile);
      for (const contact of contacts) tx.update(contact.ref, { portal: 'revoked' } satisfies Partial<Contact>);
      for (const invitation of pending) tx.update(invitation.ref, { status: 'revoked', closedAt: now });
    });
    await auth.setCustomUserClaims(input.uid, withoutAccess(user.customClaims));
    await auth.revokeRefreshTokens(input.uid);
    await endPreviewSessions(deps, input.uid);
    return { uid: input.uid, role: null, companyId: null, status: 'disabled', tokensRevoked: true };
  }

  const { role } = input;
  return applyAccessChange(deps, user, role, role === 'client' ? input.companyId : null);
}

/**
 * Gives `user` the access of `role` (companyId only for clients) — the change half of
 * setUserAccess, also what `npm run grant-admin` runs: `users/{uid}` mirrors the result, contacts
 * follow (the ones linked in a company the account leaves become `revoked`, the one it joins
 * `active`), the claims are merged (withAccess keeps unrelated claims), refresh tokens are revoked
 * so the new claim applies at the next sign-in, and the person's "View as" sessions end. A client
 * gets the portal areas of the contact it joins (its `scopes`; none = both): scopes belong to a
 * contact, so a former company's never carry over.
 */
export async function applyAccessChange(
  deps: Pick<Deps, 'db' | 'auth' | 'now'>,
  user: UserRecord,
  role: Role,
  companyId: string | null,
): Promise<SetUserAccessResult & { status: 'active' }> {
  const { db, auth } = deps;
  const { uid } = user;
  const now = Timestamp.fromDate(deps.now());
  const userRef = db.doc(paths.user(uid));
  const claimedCompany = typeof user.customClaims?.companyId === 'string' ? user.customClaims.companyId : null;
  const scopes = await runTransaction(db, async (tx): Promise<PortalScope[] | null> => {
    if (companyId) {
      const company = (await tx.get(db.doc(paths.company(companyId)))).data() as Company | undefined;
      if (!company) throw new HttpsError('not-found', `There is no company with id "${companyId}".`);
      if (company.status !== 'client') {
        throw new HttpsError('failed-precondition', `Set ${company.name}'s status to Client before giving its contacts portal access.`);
      }
    }
    const profile = (await tx.get(userRef)).data() as UserProfile | undefined;
    const previous = new Set([profile?.companyId ?? null, claimedCompany].filter((c): c is string => !!c && c !== companyId));
    const leaving = (await Promise.all([...previous].map((c) => linkedContacts(tx, deps, c, uid)))).flat();
    let joining: DocumentReference | null = null;
    let joiningScopes: PortalScope[] | null = null;
    if (companyId) {
      const linked = await linkedContacts(tx, deps, companyId, uid);
      const byEmail = linked.length === 0 && user.email
        ? (await tx.get(db.collection(paths.contacts(companyId)).where('email', '==', normalizeEmail(user.email)).limit(1))).docs
        : [];
      const found = linked[0] ?? byEmail[0];
      joining = found?.ref ?? null;
      joiningScopes = canonicalScopes((found?.data() as Contact | undefined)?.scopes);
    }

    tx.set(userRef, {
      displayName: profile?.displayName ?? user.displayName ?? user.email ?? uid,
      email: profile?.email ?? user.email ?? '',
      role,
      companyId,
      status: 'active',
      createdAt: profile?.createdAt ?? now,
      updatedAt: now,
      ...(role === 'client' && joiningScopes ? { scopes: joiningScopes } : {}),
    } satisfies UserProfile);
    for (const contact of leaving) tx.update(contact.ref, { portal: 'revoked' } satisfies Partial<Contact>);
    if (joining) tx.update(joining, { portal: 'active', uid } satisfies Partial<Contact>);
    return role === 'client' ? joiningScopes : null;
  });
  await auth.setCustomUserClaims(uid, withAccess(user.customClaims, role, companyId, scopes));
  await auth.revokeRefreshTokens(uid);
  await endPreviewSessions(deps, uid);
  return { uid, role, companyId, status: 'active', tokensRevoked: true };
}

export const setUserAccess = onCall((request) => setUserAccessHandler(request, runtimeDeps()));
