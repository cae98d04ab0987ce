/**
 * The outside review's findings (issue 9), each as the attack it describes, over the emulators:
 * Auth (real sessions: Google, email link, custom tokens), Firestore with the security rules, and
 * the handlers the exports wrap. Each attack must fail; each has a legitimate control that works.
 */
import { describe, expect, it } from 'vitest';
import { auth, db } from '../../src/admin';
import { acceptInvitationHandler } from '../../src/access/acceptInvitation';
import { inviteUserHandler } from '../../src/access/inviteUser';
import { resendInvitationHandler } from '../../src/access/resendInvitation';
import { setContactScopesHandler } from '../../src/access/setContactScopes';
import { setUserAccessHandler } from '../../src/access/setUserAccess';
import type { Deps } from '../../src/shared/deps';
import { getStripeStatusHandler } from '../../src/billing/getStripeStatus';
import { startPreviewHandler } from '../../src/preview/startPreview';
import { paths, type Contact, type Invitation, type MailMessage, type OutboxEntry } from '../../src/model';
import { lookupAccount, readAs, refreshIdToken, signInWithCustomToken, signInWithEmailLink } from '../support/emulators';
import {
  account,
  admin,
  signedIn,
  claimsOf,
  company,
  contact,
  deps,
  googleAccount,
  linkIn,
  linkedClient,
  parseSignInLink,
  project,
  readDoc,
  refusal,
  staff,
  withSession,
} from '../support/world';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const outboxOf = (mailId: string) => readDoc<OutboxEntry>(`${paths.outbox()}/${mailId}`);

describe('finding 1: staff cannot become admin (or a client) through an invitation link', () => {
  it('the full chain fails: staff cannot read the mail, the Outbox has no link, and even the link cannot accept an admin invitation', async () => {
    const ada = await admin();
    const sam = await staff();
    const email = `new-admin-${ada.uid}@northwind.test`;
    const sent = await inviteUserHandler(ada.request({ role: 'admin', email, displayName: 'Nia New' }), deps());

    // 1. Staff read mail/{id} with their own session, rules enforced: refused (it was 200).
    expect(await readAs(sam.session.idToken, `${paths.mail()}/${sent.mailId}`)).toBe(403);
    // …and read the redacted Outbox entry instead (control: staff do read the outbox).
    expect(await readAs(sam.session.idToken, `${paths.outbox()}/${sent.mailId}`)).toBe(200);
    const entry = await outboxOf(sent.mailId);
    expect(entry).toMatchObject({ to: [email], kind: 'invitation', refs: { invitationId: sent.invitationId }, state: 'queued' });
    expect(JSON.stringify(entry)).not.toMatch(/oobCode|https?:\/\//);

    // 2. A team invitation's email carries no sign-in link at all, only the login page.
    const mail = await readDoc<MailMessage>(`${paths.mail()}/${sent.mailId}`);
    expect(mail?.message.text).not.toContain('oobCode');
    expect(mail?.message.text).toContain('Continue with Google');

    // 3. Even with a bearer link for that address (minted here with the Admin SDK, as a leaked
    //    link would be), an email-link session cannot accept a team invitation.
    const leaked = await auth.generateSignInWithEmailLink(email, { url: 'http://portal.test/login', handleCodeInApp: true });
    const session = await signInWithEmailLink(email, parseSignInLink(leaked).oobCode);
    const holder = await withSession((await auth.getUserByEmail(email)).uid, email, session);
    const refused = await refusal(acceptInvitationHandler(holder.request({ invitationId: sent.invitationId }), deps()));
    expect(refused).toMatchObject({ code: 'permission-denied', reason: 'google-required' });
    expect(await claimsOf(holder.uid)).toEqual({});
    expect((await readDoc<Invitation>(`${paths.invitations()}/${sent.invitationId}`))?.status).toBe('pending');

    // Control: the invitee's own Google account accepts it.
    const google = await googleAccount(email);
    expect(google.uid).toBe(holder.uid); // same email, same account (linked providers)
    await acceptInvitationHandler(google.request({ invitationId: sent.invitationId }), deps());
    expect(await claimsOf(google.uid)).toEqual({ role: 'admin' });
  });

  it("a client invitation's mail is unreadable by staff and its Outbox entry has no link; the invitee's link still works", async () => {
    const sam = await staff();
    const acme = await company('client', 'Acme Corp');
    const dave = await contact(acme.companyId, 'none', { name: 'Dave Wilson' });
    const sent = await inviteUserHandler(sam.request({ role: 'client', companyId: acme.companyId, contactId: dave.contactId }), deps());

    expect(await readAs(sam.session.idToken, `${paths.mail()}/${sent.mailId}`)).toBe(403);
    const entry = await outboxOf(sent.mailId);
    expect(entry).toMatchObject({ to: [dave.email], kind: 'invitation', refs: { invitationId: sent.invitationId, companyId: acme.companyId } });
    expect(entry?.summary).toContain('[link removed]');
    expect(JSON.stringify(entry)).not.toMatch(/oobCode|https?:\/\//);

    // Control: the email itself (delivered by the extension) signs the invitee in, who accepts.
    const mail = await readDoc<MailMessage>(`${paths.mail()}/${sent.mailId}`);
    const session = await signInWithEmailLink(dave.email, parseSignInLink(linkIn(mail?.message.text ?? '')).oobCode);
    const person = await withSession((await auth.getUserByEmail(dave.email)).uid, dave.email, session);
    await acceptInvitationHandler(person.request({ invitationId: sent.invitationId }), deps());
    expect(await claimsOf(person.uid)).toEqual({ role: 'client', companyId: acme.companyId });
  });

  it('acceptInvitation never changes an existing role or company: an admin opening a client invitation stays admin', async () => {
    const sam = await staff();
    const acme = await company('client', 'Acme Corp');
    const adminEmail = `boss-${sam.uid}@northwind.test`;
    const boss = await googleAccount(adminEmail, { role: 'admin' });
    const asContact = await contact(acme.companyId, 'none', { email: adminEmail });
    const sent = await inviteUserHandler(sam.request({ role: 'client', companyId: acme.companyId, contactId: asContact.contactId }), deps());

    const refused = await refusal(acceptInvitationHandler(boss.request({ invitationId: sent.invitationId }), deps()));
    expect(refused).toMatchObject({ code: 'failed-precondition', reason: 'has-access' });
    expect(await claimsOf(boss.uid)).toEqual({ role: 'admin' });
    expect((await readDoc<Invitation>(`${paths.invitations()}/${sent.invitationId}`))?.status).toBe('pending');

    // A client of another company cannot be moved by an invitation either.
    const globex = await company('client', 'Globex');
    const ginaEmail = `gina-${sam.uid}@globex.test`;
    const gina = await googleAccount(ginaEmail, { role: 'client', companyId: globex.companyId });
    const ginaAtAcme = await contact(acme.companyId, 'none', { email: ginaEmail });
    const toAcme = await inviteUserHandler(sam.request({ role: 'client', companyId: acme.companyId, contactId: ginaAtAcme.contactId }), deps());
    expect(await refusal(acceptInvitationHandler(gina.request({ invitationId: toAcme.invitationId }), deps()))).toMatchObject({ reason: 'has-access' });
    expect(await claimsOf(gina.uid)).toEqual({ role: 'client', companyId: globex.companyId });

    // Control: the same role and company is accepted (e.g. a second contact card, same person).
    const ginaAtGlobex = await contact(globex.companyId, 'none', { email: ginaEmail });
    const toGlobex = await inviteUserHandler(sam.request({ role: 'client', companyId: globex.companyId, contactId: ginaAtGlobex.contactId }), deps());
    await acceptInvitationHandler(gina.request({ invitationId: toGlobex.invitationId }), deps());
    expect(await claimsOf(gina.uid)).toEqual({ role: 'client', companyId: globex.companyId });
  });

  it('staff cannot re-invite a contact whose access an admin revoked; an admin can', async () => {
    const sam = await staff();
    const ada = await admin();
    const acme = await company('client', 'Acme Corp');
    const revoked = await contact(acme.companyId, 'revoked', { name: 'Rex Revoked' });
    const input = { role: 'client', companyId: acme.companyId, contactId: revoked.contactId } as const;

    const refused = await refusal(inviteUserHandler(sam.request(input), deps()));
    expect(refused.code).toBe('permission-denied');
    expect(refused.message).toContain('only an admin can invite them again');
    expect(await db.collection(paths.invitations()).where('email', '==', revoked.email).get()).toHaveProperty('size', 0);

    const sent = await inviteUserHandler(ada.request(input), deps());
    expect((await readDoc<Invitation>(`${paths.invitations()}/${sent.invitationId}`))?.status).toBe('pending');
  });

  it('staff cannot get round a revocation with a new contact card for the same address; an admin can', async () => {
    const sam = await staff();
    const ada = await admin();
    const acme = await company('client', 'Acme Corp');
    const { person } = await linkedClient(acme.companyId);
    await setUserAccessHandler(ada.request({ action: 'revoke', uid: person.uid }), deps());
    const again = await contact(acme.companyId, 'none', { name: 'Rex Again', email: person.email });
    const input = { role: 'client', companyId: acme.companyId, contactId: again.contactId } as const;

    const refused = await refusal(inviteUserHandler(sam.request(input), deps()));
    expect(refused.code).toBe('permission-denied');
    expect(refused.message).toContain('only an admin can invite that address again');
    expect((await readDoc<Contact>(`${paths.contacts(acme.companyId)}/${again.contactId}`))?.portal).toBe('none');

    // control: the same invitation from staff for an address nobody revoked, and from an admin
    const fresh = await contact(acme.companyId, 'none', { name: 'Fay Fresh' });
    await expect(inviteUserHandler(sam.request({ ...input, contactId: fresh.contactId }), deps())).resolves.toMatchObject({ role: 'client' });
    const sent = await inviteUserHandler(ada.request(input), deps());
    expect((await readDoc<Invitation>(`${paths.invitations()}/${sent.invitationId}`))?.status).toBe('pending');
  });

  it('resendInvitation sends a new invitation that supersedes the old one; team invitations are resent by admins only', async () => {
    const sam = await staff();
    const ada = await admin();
    const acme = await company('client', 'Acme Corp');
    const dave = await contact(acme.companyId);
    const first = await inviteUserHandler(sam.request({ role: 'client', companyId: acme.companyId, contactId: dave.contactId }), deps());

    const again = await resendInvitationHandler(sam.request({ invitationId: first.invitationId }), deps());

    expect(again.invitationId).not.toBe(first.invitationId);
    expect((await readDoc<Invitation>(`${paths.invitations()}/${first.invitationId}`))?.status).toBe('superseded');
    expect(await outboxOf(again.mailId)).toMatchObject({ kind: 'invitation', refs: { invitationId: again.invitationId } });

    const team = await inviteUserHandler(ada.request({ role: 'staff', email: `lee-${ada.uid}@northwind.test` }), deps());
    expect((await refusal(resendInvitationHandler(sam.request({ invitationId: team.invitationId }), deps()))).code).toBe('permission-denied');
    const resent = await resendInvitationHandler(ada.request({ invitationId: team.invitationId }), deps());
    expect(resent.role).toBe('staff');
    expect((await refusal(resendInvitationHandler(sam.request({ invitationId: 'nope' }), deps()))).code).toBe('not-found');
  });
});

describe('a revocation that lands between a claims read and its write is not undone', () => {
  /** deps whose next setCustomUserClaims first lets `meanwhile` run: the interleaving of two callables. */
  function interleaved(meanwhile: () => Promise<unknown>): Deps {
    let pending: (() => Promise<unknown>) | null = meanwhile;
    const base = deps();
    const setCustomUserClaims = async (uid: string, claims: object | null) => {
      const run = pending;
      pending = null;
      if (run) await run();
      return auth.setCustomUserClaims(uid, claims);
    };
    return { ...base, auth: new Proxy(auth, { get: (target, key) => (key === 'setCustomUserClaims' ? setCustomUserClaims : Reflect.get(target, key, target)) }) };
  }

  it("setContactScopes running as an admin revokes the client: the client's access stays revoked (control: without the revocation the scopes apply)", async () => {
    const ada = await admin();
    const sam = await staff();
    const acme = await company('client', 'Acme Corp');
    const { person, contactId } = await linkedClient(acme.companyId);
    const control = await linkedClient(acme.companyId);

    const revoke = () => setUserAccessHandler(ada.request({ action: 'revoke', uid: person.uid }), deps());
    expect(await setContactScopesHandler(sam.request({ companyId: acme.companyId, contactId, scopes: ['billing'] }), interleaved(revoke))).toMatchObject({ accountUpdated: false });
    expect(await claimsOf(person.uid)).not.toHaveProperty('role');
    expect(await claimsOf(person.uid)).not.toHaveProperty('companyId');

    expect(await setContactScopesHandler(sam.request({ companyId: acme.companyId, contactId: control.contactId, scopes: ['billing'] }), interleaved(async () => {}))).toMatchObject({ accountUpdated: true });
    expect(await claimsOf(control.person.uid)).toMatchObject({ role: 'client', companyId: acme.companyId, scopes: ['billing'] });
  });

  it("setContactScopes running as an admin moves the client to another company: the client ends in the new company (control: the scopes change alone)", async () => {
    const ada = await admin();
    const sam = await staff();
    const acme = await company('client', 'Acme Corp');
    const globex = await company('client', 'Globex');
    const acmeProject = await project(acme.companyId);
    const globexProject = await project(globex.companyId);
    const { person, contactId } = await linkedClient(acme.companyId);
    const control = await linkedClient(acme.companyId);

    const move = () => setUserAccessHandler(ada.request({ action: 'change', uid: person.uid, role: 'client', companyId: globex.companyId }), deps());
    expect(await setContactScopesHandler(sam.request({ companyId: acme.companyId, contactId, scopes: ['work'] }), interleaved(move))).toMatchObject({ accountUpdated: false });
    expect(await claimsOf(person.uid)).toMatchObject({ role: 'client', companyId: globex.companyId });
    expect(await claimsOf(person.uid)).not.toHaveProperty('scopes'); // the Acme contact's areas stay behind
    const again = await signedIn(person.uid, person.email);
    expect(await readAs(again.session.idToken, paths.project(globex.companyId, globexProject))).toBe(200);
    expect(await readAs(again.session.idToken, paths.project(acme.companyId, acmeProject))).toBe(403);

    expect(await setContactScopesHandler(sam.request({ companyId: acme.companyId, contactId: control.contactId, scopes: ['work'] }), interleaved(async () => {}))).toMatchObject({ accountUpdated: true });
    expect(await claimsOf(control.person.uid)).toMatchObject({ role: 'client', companyId: acme.companyId, scopes: ['work'] });
  });

  it('acceptInvitation while an admin revokes the new account: it ends without access (control: the same acceptance alone gives it)', async () => {
    const ada = await admin();
    const sam = await staff();
    const acme = await company('client', 'Acme Corp');
    for (const revoked of [true, false]) {
      const dave = await contact(acme.companyId, 'none');
      const invitation = await inviteUserHandler(sam.request({ role: 'client', companyId: acme.companyId, contactId: dave.contactId }), deps());
      const person = await account('dave', { email: dave.email });
      const meanwhile = revoked ? () => setUserAccessHandler(ada.request({ action: 'revoke', uid: person.uid }), deps()) : async () => {};
      const accepting = acceptInvitationHandler(person.request({ invitationId: invitation.invitationId }), interleaved(meanwhile));
      if (revoked) {
        expect(await refusal(accepting)).toMatchObject({ code: 'failed-precondition', reason: 'revoked' });
        expect(await claimsOf(person.uid)).not.toHaveProperty('role');
      } else {
        expect(await accepting).toMatchObject({ role: 'client', companyId: acme.companyId });
        expect(await claimsOf(person.uid)).toMatchObject({ role: 'client', companyId: acme.companyId });
      }
    }
  });
});

describe('finding 2: "View as" sessions end with the staff member\'s access', () => {
  it('revoking a staff member ends their open preview (no refresh, the account disabled) and their old token cannot start another', async () => {
    const ada = await admin();
    const sam = await staff();
    const acme = await company('client', 'Acme Corp');
    const globex = await company('client', 'Globex');
    const projectId = await project(acme.companyId);

    const started = await startPreviewHandler(sam.request({ companyId: acme.companyId }), deps());
    const preview = await signInWithCustomToken(started.token);
    expect(await readAs(preview.idToken, paths.project(acme.companyId, projectId))).toBe(200);
    expect(await readDoc(`${paths.previewSessions()}/${started.uid}`)).toMatchObject({ previewBy: sam.uid, companyId: acme.companyId });
    expect((await refreshIdToken(preview.refreshToken)).status).toBe(200); // control: it refreshes while Sam has access
    await sleep(1100); // token revocation has one-second resolution

    await setUserAccessHandler(ada.request({ action: 'revoke', uid: sam.uid }), deps());

    // The preview account is disabled: no new token, and the SDK's check with the server fails.
    const refreshed = await refreshIdToken(preview.refreshToken);
    expect(refreshed.idToken).toBeNull();
    expect(await lookupAccount(preview.idToken)).not.toBeNull();
    expect((await auth.getUser(started.uid)).disabled).toBe(true);
    expect(await readDoc(`${paths.previewSessions()}/${started.uid}`)).toBeUndefined();

    // Sam's ID token still carries role: staff for up to an hour; privileged callables check it with the server.
    for (const call of [
      startPreviewHandler(sam.request({ companyId: globex.companyId }), deps()),
      inviteUserHandler(sam.request({ role: 'client', companyId: acme.companyId, contactId: 'x' }), deps()),
    ]) {
      expect((await refusal(call)).code).toBe('unauthenticated');
    }
  });

  it('a preview token minted but not used yet signs nobody in once its staff member is revoked; a new preview after access returns works', async () => {
    const ada = await admin();
    const sam = await staff();
    const acme = await company('client', 'Acme Corp');
    const projectId = await project(acme.companyId);

    const unused = await startPreviewHandler(sam.request({ companyId: acme.companyId }), deps());
    const control = await startPreviewHandler(sam.request({ companyId: acme.companyId }), deps());
    const working = await signInWithCustomToken(control.token); // control: a token works while Sam has access
    expect(await readAs(working.idToken, paths.project(acme.companyId, projectId))).toBe(200);
    await sleep(1100);

    await setUserAccessHandler(ada.request({ action: 'revoke', uid: sam.uid }), deps());
    await expect(signInWithCustomToken(unused.token)).rejects.toThrow(/USER_DISABLED/);
    expect((await auth.getUser(unused.uid)).disabled).toBe(true);

    // The same person's access given back (a new session): their next preview signs in again.
    await setUserAccessHandler(ada.request({ action: 'change', uid: sam.uid, role: 'staff' }), deps());
    const back = await signedIn(sam.uid, sam.email);
    const again = await startPreviewHandler(back.request({ companyId: acme.companyId }), deps());
    const session = await signInWithCustomToken(again.token);
    expect(await readAs(session.idToken, paths.project(acme.companyId, projectId))).toBe(200);
  });

  it('a role change ends the previews too, and the demoted admin can no longer call admin callables on the old token', async () => {
    const ada = await admin();
    const other = await admin();
    const acme = await company('client', 'Acme Corp');
    const started = await startPreviewHandler(other.request({ companyId: acme.companyId }), deps());
    await signInWithCustomToken(started.token);
    await sleep(1100);

    await setUserAccessHandler(ada.request({ action: 'change', uid: other.uid, role: 'staff' }), deps());

    expect((await auth.getUser(started.uid)).disabled).toBe(true);
    const secrets = { secretKey: 'sk_test_x', webhookSecret: 'whsec_x' };
    expect((await refusal(getStripeStatusHandler(other.request({}), secrets, { auth }))).code).toBe('unauthenticated');
    expect((await refusal(setUserAccessHandler(other.request({ action: 'revoke', uid: ada.uid }), deps()))).code).toBe('unauthenticated');
    // control: a fresh admin session works
    expect(await getStripeStatusHandler(ada.request({}), secrets, { auth })).toEqual({ secretKey: 'test', webhookSecret: 'set' });
  });

  it('a disabled account cannot call privileged callables on a token it still holds', async () => {
    const sam = await staff();
    const acme = await company('client', 'Acme Corp');
    await auth.updateUser(sam.uid, { disabled: true });
    expect((await refusal(startPreviewHandler(sam.request({ companyId: acme.companyId }), deps()))).code).toBe('unauthenticated');
    await auth.updateUser(sam.uid, { disabled: false });
    const fresh = await account('staff-again', { claims: { role: 'staff' } });
    expect((await startPreviewHandler(fresh.request({ companyId: acme.companyId }), deps())).companyId).toBe(acme.companyId);
  });
});
