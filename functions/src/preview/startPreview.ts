/**
 * startPreview (callable, staff and admin, DESIGN §5): "View as <client>". Returns a custom token
 * for the synthetic account `preview:<staffUid>:<companyId>` carrying
 * `{role: 'client', companyId, preview: true, previewBy}`. The web app signs it into a second
 * Firebase app instance, so the staff session stays; the rules then show exactly what that
 * company's client sees and refuse every write of a preview token. With `contactId` the token
 * also carries that contact's `scopes` (absent = both), so staff see exactly what this contact
 * sees — a billing-only contact's portal without projects and tasks, say.
 *
 * Each preview account is recorded in `previewSessions/{uid}` (Functions only) so that
 * setUserAccess can end it with its staff member's access, and the rules end any preview session
 * PREVIEW_MAX_AGE_SECONDS after its sign-in (`auth_time`), however its token refreshes. The
 * caller's own session is checked with the server (requireActiveStaff), not only its claims.
 *
 * Signing custom tokens needs a service account that may sign blobs (in production the runtime
 * service account needs "Service Account Token Creator" on itself); the Auth emulator accepts
 * the unsigned tokens the Admin SDK makes when FIREBASE_AUTH_EMULATOR_HOST is set.
 */
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { logger } from 'firebase-functions/v2';
import { paths, previewUid, type AgencyClaims, type Company, type Contact, type StartPreviewResult } from '../model';
import { startPreviewInput } from '../model/schemas';
import { Timestamp } from 'firebase-admin/firestore';
import { parseInput, requireActive, requireActiveStaff, type CallRequest } from '../shared/callable';
import { canonicalScopes } from '../shared/claims';
import { enablePreviewAccount, endPreviewSessions, recordPreviewSession } from './previewSessions';
import { runtimeDeps, type Deps } from '../shared/deps';

export async function startPreviewHandler(request: CallRequest, deps: Deps): Promise<StartPreviewResult> {
  const caller = await requireActiveStaff(request, deps.auth, 'view the portal as a client');
  const { companyId, contactId } = parseInput(
    startPreviewInput,
    request.data,
    'Send { companyId } of the company to view as, and optionally { contactId } of the contact whose view to see.',
  );
  const [snap, contactSnap] = await Promise.all([
    deps.db.doc(paths.company(companyId)).get(),
    contactId ? deps.db.doc(`${paths.contacts(companyId)}/${contactId}`).get() : Promise.resolve(null),
  ]);
  if (!snap.exists) throw new HttpsError('not-found', `There is no company with id "${companyId}".`);
  const company = snap.data() as Company;
  if (contactSnap && !contactSnap.exists) {
    throw new HttpsError('not-found', `${company.name} has no contact with id "${contactId}". Choose a contact from the company's list.`);
  }
  const contact = contactSnap?.data() as Contact | undefined;
  const scopes = canonicalScopes(contact?.scopes);
  const uid = previewUid(caller.uid, companyId);
  if (uid.length > 128) throw new HttpsError('invalid-argument', 'This company id is too long to preview.');
  const claims: Required<Omit<AgencyClaims, 'scopes'>> = { role: 'client', companyId, preview: true, previewBy: caller.uid };
  await recordPreviewSession(deps, uid, { previewBy: caller.uid, companyId }, Timestamp.fromDate(deps.now()));
  await enablePreviewAccount(deps.auth, uid);
  // A revocation that ran since the check above ended the sessions it found, perhaps before this
  // one was recorded: checked again now that it is, so no preview outlives its staff member's access.
  try {
    await requireActive(request, deps.auth, caller);
  } catch (error) {
    // Refused (revoked, demoted): end what it recorded. Anything else (Auth unreachable) changes nothing.
    if (error instanceof HttpsError) await endPreviewSessions(deps, caller.uid);
    throw error;
  }
  const token = await deps.auth.createCustomToken(uid, { ...claims, ...(scopes ? { scopes } : {}) });
  logger.info('startPreview', { previewBy: caller.uid, companyId, contactId: contactId ?? null });
  return {
    token,
    uid,
    companyId,
    companyName: company.name,
    ...(contactId && contact ? { contactId, contactName: contact.name } : {}),
    ...(scopes ? { scopes } : {}),
  };
}

export const startPreview = onCall((request) => startPreviewHandler(request, runtimeDeps()));
