/**
 * The record of "View as" accounts (`previewSessions/{previewUid}`, Functions only): written by
 * startPreview, read by setUserAccess to end a staff member's previews with their access.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { paths, type PreviewSession } from '../model';
import type { Deps } from '../shared/deps';
import { runTransaction } from '../shared/transaction';

export async function recordPreviewSession(
  deps: Pick<Deps, 'db'>,
  uid: string,
  session: Pick<PreviewSession, 'previewBy' | 'companyId'>,
  now: Timestamp,
): Promise<void> {
  const ref = deps.db.doc(`${paths.previewSessions()}/${uid}`);
  await runTransaction(deps.db, async (tx) => {
    const existing = (await tx.get(ref)).data() as PreviewSession | undefined;
    tx.set(ref, { ...session, createdAt: existing?.createdAt ?? now, lastStartedAt: now } satisfies PreviewSession);
  });
}

const code = (error: unknown) => (error as { code?: unknown } | null)?.code;

/**
 * Ends every preview session `staffUid` opened: the preview accounts are disabled (a disabled
 * account's refresh token no longer works, its ID token fails every check with the server, and a
 * custom token minted for it but not used yet signs nobody in: deleting the account instead would
 * let that token create it again) and their records removed. Returns the preview uids it ended.
 */
export async function endPreviewSessions(deps: Pick<Deps, 'db' | 'auth'>, staffUid: string): Promise<string[]> {
  const sessions = await deps.db.collection(paths.previewSessions()).where('previewBy', '==', staffUid).get();
  const ended: string[] = [];
  for (const doc of sessions.docs) {
    await disablePreviewAccount(deps.auth, doc.id);
    await doc.ref.delete();
    ended.push(doc.id);
  }
  return ended;
}

async function disablePreviewAccount(auth: Deps['auth'], uid: string): Promise<void> {
  try {
    await auth.updateUser(uid, { disabled: true });
    await auth.revokeRefreshTokens(uid);
  } catch (error) {
    if (code(error) !== 'auth/user-not-found') throw error;
    // Minted but never used: a disabled account holds the uid, so the token cannot create it.
    await auth.createUser({ uid, disabled: true }).catch(async (again: unknown) => {
      if (code(again) !== 'auth/uid-already-exists') throw again;
      await auth.updateUser(uid, { disabled: true }); // it signed in meanwhile
    });
  }
}

/** Before a new preview token is minted: an account an earlier revocation disabled works again. */
export async function enablePreviewAccount(auth: Deps['auth'], uid: string): Promise<void> {
  try {
    const account = await auth.getUser(uid);
    if (account.disabled) await auth.updateUser(uid, { disabled: false });
  } catch (error) {
    if (code(error) !== 'auth/user-not-found') throw error; // the token's first sign-in creates it
  }
}
