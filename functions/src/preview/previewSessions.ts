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

/**
 * Ends every preview session `staffUid` opened: the preview accounts are deleted (a deleted
 * account's refresh token no longer works, and its ID token fails every check with the server)
 * and their records removed. Returns the preview uids it ended.
 */
export async function endPreviewSessions(deps: Pick<Deps, 'db' | 'auth'>, staffUid: string): Promise<string[]> {
  const sessions = await deps.db.collection(paths.previewSessions()).where('previewBy', '==', staffUid).get();
  const ended: string[] = [];
  for (const doc of sessions.docs) {
    try {
      await deps.auth.revokeRefreshTokens(doc.id);
      await deps.auth.deleteUser(doc.id);
    } catch (error) {
      // never signed in (the token was minted but not used), or already gone
      if ((error as { code?: unknown }).code !== 'auth/user-not-found') throw error;
    }
    await doc.ref.delete();
    ended.push(doc.id);
  }
  return ended;
}
