/**
 * The deployed wiring, through the Functions emulator: callables over HTTP with ID tokens from
 * the Auth emulator (the protocol the web SDK speaks), and the Firestore triggers firing from
 * real writes. The invitation is followed end to end: invite → mail → email link → sign-in →
 * accept → refreshed token reads the portal under the security rules.
 */
import { describe, expect, it } from 'vitest';
import { db } from '../../src/admin';
import { paths, type AcceptInvitationResult, type InviteUserResult, type MailMessage, type StartPreviewResult } from '../../src/model';
import {
  callFunction,
  eventually,
  jwtClaims,
  lookupAccount,
  readAs,
  refreshIdToken,
  signInWithCustomToken,
  signInWithEmailLink,
} from '../support/emulators';
import { admin, company, contact, linkIn, parseSignInLink, project, staff, uid } from '../support/world';

async function mailTo(email: string): Promise<Array<MailMessage & { id: string }> | undefined> {
  const snap = await db.collection(paths.mail()).where('to', '==', email).get();
  return snap.empty ? undefined : snap.docs.map((d) => ({ id: d.id, ...(d.data() as MailMessage) }));
}

// Each function's first call starts an emulator worker (seconds on a busy machine).
const SLOW = { timeout: 120_000 };

describe('deployed callables (HTTP through the Functions emulator)', SLOW, () => {
  it('invitation end to end: the refreshed token reads the portal, the token from before accepting could not', async () => {
    const ada = await admin();
    const acme = await company('client', 'Acme Corp');
    const globex = await company();
    const [acmeProject, globexProject] = await Promise.all([project(acme.companyId), project(globex.companyId)]);
    const dave = await contact(acme.companyId, 'none', { name: 'Dave Wilson' });

    const invited = await callFunction('inviteUser', { role: 'client', companyId: acme.companyId, contactId: dave.contactId }, ada.session.idToken);
    expect(invited.error).toBeUndefined();
    expect(invited.status).toBe(200);
    const { invitationId, mailId } = invited.result as InviteUserResult;

    // The mail's link goes through the Auth emulator's action handler to the web app's /login.
    const mail = (await db.doc(`${paths.mail()}/${mailId}`).get()).data() as MailMessage;
    const link = linkIn(mail.message.text);
    const hop = await fetch(link, { redirect: 'manual' });
    expect(hop.status).toBe(303);
    const landing = new URL(hop.headers.get('location') ?? '');
    expect(landing.pathname).toBe('/login');
    expect(landing.searchParams.get('invite')).toBe(invitationId);
    expect(landing.searchParams.get('mode')).toBe('signIn');
    const { oobCode } = parseSignInLink(link);
    expect(landing.searchParams.get('oobCode')).toBe(oobCode);

    // Signed in by the link: verified email, no role yet — the rules deny the portal.
    const session = await signInWithEmailLink(dave.email, oobCode);
    expect(await readAs(session.idToken, paths.project(acme.companyId, acmeProject))).toBe(403);

    const accepted = await callFunction('acceptInvitation', { invitationId }, session.idToken);
    expect(accepted.error).toBeUndefined();
    expect(accepted.result as AcceptInvitationResult).toEqual({ invitationId, role: 'client', companyId: acme.companyId });

    // The old token still carries no claims; the refreshed one (getIdToken(true)) does.
    expect(await readAs(session.idToken, paths.project(acme.companyId, acmeProject))).toBe(403);
    const refreshed = await refreshIdToken(session.refreshToken);
    expect(refreshed.idToken).not.toBeNull();
    const token = refreshed.idToken ?? '';
    expect(jwtClaims(token)).toMatchObject({ role: 'client', companyId: acme.companyId, email: dave.email });
    expect(await readAs(token, paths.project(acme.companyId, acmeProject))).toBe(200);
    expect(await readAs(token, paths.company(acme.companyId))).toBe(200);
    expect(await readAs(token, paths.project(globex.companyId, globexProject))).toBe(403);
    expect(await readAs(token, `${paths.contacts(acme.companyId)}/${dave.contactId}`)).toBe(403);

    // Single use over HTTP too.
    const replay = await callFunction('acceptInvitation', { invitationId }, token);
    expect(replay.status).toBe(400);
    expect(replay.error).toMatchObject({ status: 'FAILED_PRECONDITION', details: { reason: 'used' } });

    // The admin revokes: the session is over and a new token carries no role.
    await new Promise((r) => setTimeout(r, 1100)); // revocation has one-second resolution
    const revoked = await callFunction('setUserAccess', { action: 'revoke', uid: jwtClaims(token).user_id }, ada.session.idToken);
    expect(revoked.error).toBeUndefined();
    expect(await lookupAccount(token)).toBe('TOKEN_EXPIRED');
    const afterRevoke = await refreshIdToken(session.refreshToken); // refused in production; the emulator refreshes without claims
    if (afterRevoke.idToken) expect(await readAs(afterRevoke.idToken, paths.project(acme.companyId, acmeProject))).toBe(403);
  });

  it('maps refusals to HTTP: staff inviting staff 403, signed out 401, injected role 400, uninvited 404', async () => {
    const sam = await staff();
    const staffInvite = await callFunction('inviteUser', { role: 'staff', email: `x-${sam.uid}@northwind.test` }, sam.session.idToken);
    expect(staffInvite.status).toBe(403);
    expect(staffInvite.error?.status).toBe('PERMISSION_DENIED');
    expect(staffInvite.error?.message).toContain('Only an admin can invite staff');

    const signedOut = await callFunction('inviteUser', { role: 'staff', email: 'x@northwind.test' });
    expect(signedOut.status).toBe(401);
    expect(signedOut.error?.status).toBe('UNAUTHENTICATED');

    const injected = await callFunction('acceptInvitation', { role: 'admin' }, sam.session.idToken);
    expect(injected.status).toBe(400);
    expect(injected.error?.status).toBe('INVALID_ARGUMENT');

    const uninvited = await callFunction('acceptInvitation', null, sam.session.idToken);
    expect(uninvited.status).toBe(404);
    expect(uninvited.error).toMatchObject({ status: 'NOT_FOUND', details: { reason: 'not-invited' } });
  });

  it('startPreview returns a custom token the Auth emulator accepts, with the preview claims', async () => {
    const sam = await staff();
    const acme = await company();
    const acmeProject = await project(acme.companyId);

    const preview = await callFunction('startPreview', { companyId: acme.companyId }, sam.session.idToken);
    expect(preview.error).toBeUndefined();
    const { token } = preview.result as StartPreviewResult;
    const { idToken } = await signInWithCustomToken(token);
    expect(jwtClaims(idToken)).toMatchObject({ role: 'client', companyId: acme.companyId, preview: true, previewBy: sam.uid });
    expect(await readAs(idToken, paths.project(acme.companyId, acmeProject))).toBe(200);
  });
});

describe('deployed triggers (Firestore writes through the Functions emulator)', SLOW, () => {
  it('a task moved to done mails the active portal contact', async () => {
    const acme = await company();
    const carol = await contact(acme.companyId, 'active');
    const taskId = uid('task');
    const ref = db.doc(paths.task(acme.companyId, taskId));
    await ref.set({ projectId: 'p', title: 'Launch checklist', status: 'in_review' });
    await ref.update({ status: 'done' });

    const mails = await eventually(() => mailTo(carol.email), 'the task-done mail', 60_000);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.id).toMatch(/^task-done-/);
    expect(mails[0]?.message.text).toContain(`/portal/tasks/${taskId}`);
  });

  it('an issued invoice mails the active portal contact', async () => {
    const acme = await company();
    const carol = await contact(acme.companyId, 'active');
    const invoiceId = uid('inv');
    const ref = db.doc(paths.invoice(acme.companyId, invoiceId));
    await ref.set({ number: 'INV-9', status: 'draft', total: 5000, amountPaid: 0, currency: 'GBP', dueDate: '2026-12-31' });
    await ref.update({ status: 'pending' });

    const mails = await eventually(() => mailTo(carol.email), 'the new-invoice mail', 60_000);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.message.text).toContain('£50.00');
    expect(mails[0]?.message.text).toContain(`/portal/invoices/${invoiceId}`);
  });
});
