/**
 * acceptInvitation, called directly with real ID tokens from the Auth emulator: invitations are
 * sent with inviteUser and signed in to through the real email link where it matters.
 */
import { describe, expect, it } from 'vitest';
import { auth, db } from '../../src/admin';
import { acceptInvitationHandler } from '../../src/access/acceptInvitation';
import { inviteUserHandler } from '../../src/access/inviteUser';
import { setUserAccessHandler } from '../../src/access/setUserAccess';
import { paths, type Contact, type Invitation, type MailMessage, type UserProfile } from '../../src/model';
import { signInWithEmailLink } from '../support/emulators';
import {
  account,
  admin,
  anonymousRequest,
  claimsOf,
  company,
  contact,
  deps,
  googleAccount,
  linkIn,
  parseSignInLink,
  readDoc,
  refusal,
  staff,
  withSession,
  type Account,
} from '../support/world';

const DAY = 86_400_000;

/** A client company, a contact, and a pending invitation for the contact sent by staff. */
async function invited(options: { email?: string; at?: Date } = {}) {
  const sam = await staff();
  const acme = await company('client', 'Acme Corp');
  const dave = await contact(acme.companyId, 'none', { name: 'Dave Wilson', ...(options.email ? { email: options.email } : {}) });
  const invitation = await inviteUserHandler(sam.request({ role: 'client', companyId: acme.companyId, contactId: dave.contactId }), deps(options.at));
  return { sam, acme, dave, invitation };
}

/** Signs in through the email link of the invitation mail, as the invitee would. */
async function openInvitationLink(mailId: string, email: string): Promise<Account> {
  const mail = await readDoc<MailMessage>(`${paths.mail()}/${mailId}`);
  const { oobCode } = parseSignInLink(linkIn(mail?.message.text ?? ''));
  const session = await signInWithEmailLink(email, oobCode);
  const user = await auth.getUserByEmail(email);
  return withSession(user.uid, email, session);
}

const invitationDoc = (id: string) => readDoc<Invitation>(`${paths.invitations()}/${id}`);

describe('acceptInvitation', () => {
  it('binds the invitation from the link: merged claims, users/{uid}, contact active, invitation used', async () => {
    const { acme, dave, invitation } = await invited();
    const person = await openInvitationLink(invitation.mailId, dave.email);
    await auth.setCustomUserClaims(person.uid, { beta: true }); // unrelated claim kept
    const fresh = await withSession(person.uid, person.email, person.session);

    const result = await acceptInvitationHandler(fresh.request({ invitationId: invitation.invitationId }), deps());

    expect(result).toEqual({ invitationId: invitation.invitationId, role: 'client', companyId: acme.companyId });
    expect(await claimsOf(person.uid)).toEqual({ beta: true, role: 'client', companyId: acme.companyId });
    const profile = await readDoc<UserProfile>(paths.user(person.uid));
    expect(profile).toMatchObject({ email: dave.email, role: 'client', companyId: acme.companyId, status: 'active', displayName: 'Dave Wilson' });
    expect(profile?.createdAt).toBeDefined();
    expect(await readDoc<Contact>(`${paths.contacts(acme.companyId)}/${dave.contactId}`)).toMatchObject({ portal: 'active', uid: person.uid });
    expect(await invitationDoc(invitation.invitationId)).toMatchObject({ status: 'accepted', acceptedBy: person.uid });
  });

  it('without an invitation id (e.g. after Continue with Google) binds the pending invitation for the verified email', async () => {
    const { acme, dave, invitation } = await invited();
    const google = await account('google', { email: dave.email, emailVerified: true });

    const result = await acceptInvitationHandler(google.request(null), deps());

    expect(result.invitationId).toBe(invitation.invitationId);
    expect(await claimsOf(google.uid)).toEqual({ role: 'client', companyId: acme.companyId });
  });

  it('refuses an expired invitation and sets no claims', async () => {
    const eightDaysAgo = new Date(Date.now() - 8 * DAY);
    const { dave, invitation } = await invited({ at: eightDaysAgo });
    const person = await account('late', { email: dave.email });

    const byId = await refusal(acceptInvitationHandler(person.request({ invitationId: invitation.invitationId }), deps()));
    expect(byId).toMatchObject({ code: 'failed-precondition', reason: 'expired' });
    expect(byId.message).toContain('expired');
    const byEmail = await refusal(acceptInvitationHandler(person.request({}), deps()));
    expect(byEmail).toMatchObject({ code: 'failed-precondition', reason: 'expired' });

    expect(await claimsOf(person.uid)).toEqual({});
    expect((await invitationDoc(invitation.invitationId))?.status).toBe('pending');
    expect(await readDoc(paths.user(person.uid))).toBeUndefined();
    // One day before expiry the same invitation is accepted: the expiry decides, nothing else.
    await expect(acceptInvitationHandler(person.request({}), deps(new Date(eightDaysAgo.getTime() + 6 * DAY)))).resolves.toMatchObject({ role: 'client' });
  });

  it('is single-use: replaying the link after access was revoked gives nothing back', async () => {
    const { acme, dave, invitation } = await invited();
    const person = await account('dave', { email: dave.email });
    await acceptInvitationHandler(person.request({ invitationId: invitation.invitationId }), deps());
    expect((await claimsOf(person.uid)).role).toBe('client');

    const again = await refusal(acceptInvitationHandler(person.request({ invitationId: invitation.invitationId }), deps()));
    expect(again).toMatchObject({ code: 'failed-precondition', reason: 'used' });

    const ada = await admin();
    await setUserAccessHandler(ada.request({ action: 'revoke', uid: person.uid }), deps());
    const replay = await refusal(acceptInvitationHandler(person.request({ invitationId: invitation.invitationId }), deps()));
    expect(replay).toMatchObject({ code: 'failed-precondition', reason: 'used' });
    const withoutId = await refusal(acceptInvitationHandler(person.request({}), deps()));
    expect(withoutId).toMatchObject({ code: 'not-found', reason: 'not-invited' });
    expect(await claimsOf(person.uid)).toEqual({});
    expect((await readDoc<Contact>(`${paths.contacts(acme.companyId)}/${dave.contactId}`))?.portal).toBe('revoked');
  });

  it('refuses an invitation sent to another email address', async () => {
    const { invitation } = await invited();
    const mallory = await account('mallory', { email: 'mallory@elsewhere.test' });

    const error = await refusal(acceptInvitationHandler(mallory.request({ invitationId: invitation.invitationId }), deps()));

    expect(error).toMatchObject({ code: 'permission-denied', reason: 'wrong-email' });
    expect(error.message).not.toContain('@client.test'); // does not reveal who was invited
    expect(await claimsOf(mallory.uid)).toEqual({});
    expect((await invitationDoc(invitation.invitationId))?.status).toBe('pending');
  });

  it('lets exactly one of several concurrent accepts win', async () => {
    const { dave, invitation } = await invited();
    const person = await account('dave', { email: dave.email });
    const request = person.request({ invitationId: invitation.invitationId });

    const outcomes = await Promise.allSettled([1, 2, 3, 4].map(() => acceptInvitationHandler(request, deps())));

    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(3);
    for (const o of lost) expect(o.reason).toMatchObject({ code: 'failed-precondition', details: { reason: 'used' } });
    expect(await invitationDoc(invitation.invitationId)).toMatchObject({ status: 'accepted', acceptedBy: person.uid });
  });

  it('refuses a role injected into the payload (strict schema) and changes nothing', async () => {
    const { dave, invitation } = await invited();
    const person = await account('dave', { email: dave.email });

    for (const data of [
      { invitationId: invitation.invitationId, role: 'admin' },
      { role: 'admin' },
      { invitationId: invitation.invitationId, companyId: 'globex' },
      { invitationId: invitation.invitationId, claims: { role: 'admin' } },
    ]) {
      const error = await refusal(acceptInvitationHandler(person.request(data), deps()));
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toContain('Unrecognized key');
    }
    expect(await claimsOf(person.uid)).toEqual({});
    expect((await invitationDoc(invitation.invitationId))?.status).toBe('pending');
  });

  it('gives an uninvited sign-in not-found and no claims, no profile', async () => {
    const stranger = await account('stranger', { email: 'stranger@nowhere.test' });

    const error = await refusal(acceptInvitationHandler(stranger.request({}), deps()));

    expect(error).toMatchObject({ code: 'not-found', reason: 'not-invited' });
    expect(error.message).toContain('stranger@nowhere.test');
    expect(await claimsOf(stranger.uid)).toEqual({});
    expect(await readDoc(paths.user(stranger.uid))).toBeUndefined();
  });

  it('requires a signed-in caller with a verified email, not a preview', async () => {
    const { dave, invitation } = await invited();
    const unverified = await account('unverified', { email: dave.email, emailVerified: false });
    const preview = await account('preview', { claims: { role: 'client', companyId: 'acme', preview: true, previewBy: 'x' } });

    expect(await refusal(acceptInvitationHandler(unverified.request({}), deps()))).toMatchObject({ code: 'failed-precondition', reason: 'unverified-email' });
    expect((await refusal(acceptInvitationHandler(preview.request({}), deps()))).code).toBe('permission-denied');
    expect((await refusal(acceptInvitationHandler(anonymousRequest({}), deps()))).code).toBe('unauthenticated');
    expect(await claimsOf(unverified.uid)).toEqual({});
    expect((await invitationDoc(invitation.invitationId))?.status).toBe('pending');
  });

  it('refuses a superseded invitation and accepts the newest one', async () => {
    const { sam, acme, dave, invitation: first } = await invited();
    const second = await inviteUserHandler(sam.request({ role: 'client', companyId: acme.companyId, contactId: dave.contactId }), deps());
    const person = await account('dave', { email: dave.email });

    expect(await refusal(acceptInvitationHandler(person.request({ invitationId: first.invitationId }), deps()))).toMatchObject({
      code: 'failed-precondition',
      reason: 'superseded',
    });
    await expect(acceptInvitationHandler(person.request({ invitationId: second.invitationId }), deps())).resolves.toMatchObject({
      invitationId: second.invitationId,
    });
  });

  it("refuses once the agency deleted the invited contact, gave it another address or took its access back (control: the contact as invited)", async () => {
    const changes: [string, (ref: FirebaseFirestore.DocumentReference) => Promise<unknown>][] = [
      ['deleted', (ref) => ref.delete()],
      ['another address', (ref) => ref.update({ email: 'erin@acme.test' })],
      ['access taken back', (ref) => ref.update({ portal: 'revoked' })],
    ];
    for (const [label, change] of changes) {
      const { acme, dave, invitation } = await invited();
      await change(db.doc(`${paths.contacts(acme.companyId)}/${dave.contactId}`));
      const person = await account('dave', { email: dave.email });
      expect(await refusal(acceptInvitationHandler(person.request({ invitationId: invitation.invitationId }), deps())), label).toMatchObject({
        code: 'failed-precondition',
        reason: 'revoked',
      });
      expect(await claimsOf(person.uid), label).toEqual({});
      expect((await invitationDoc(invitation.invitationId))?.status, label).toBe('pending');
    }
    const { acme, dave, invitation } = await invited();
    await db.doc(`${paths.contacts(acme.companyId)}/${dave.contactId}`).update({ phone: '+1 555 0100' }); // an edit that keeps the address
    const person = await account('dave', { email: dave.email });
    expect(await acceptInvitationHandler(person.request({ invitationId: invitation.invitationId }), deps())).toMatchObject({ role: 'client', companyId: acme.companyId });
  });

  it('refuses when the company stopped being a client after the invitation', async () => {
    const { acme, dave, invitation } = await invited();
    await db.doc(paths.company(acme.companyId)).update({ status: 'former' });
    const person = await account('dave', { email: dave.email });

    expect(await refusal(acceptInvitationHandler(person.request({ invitationId: invitation.invitationId }), deps()))).toMatchObject({
      code: 'failed-precondition',
      reason: 'no-access',
    });
    expect(await claimsOf(person.uid)).toEqual({});
  });

  it('a staff invitation accepted with Google gives the staff role, keeping unrelated claims', async () => {
    const ada = await admin();
    const email = `nia-${ada.uid}@northwind.test`;
    const sent = await inviteUserHandler(ada.request({ role: 'staff', email }), deps());
    const nia = await googleAccount(email, { locale: 'fr' });

    await acceptInvitationHandler(nia.request({ invitationId: sent.invitationId }), deps());

    expect(await claimsOf(nia.uid)).toEqual({ role: 'staff', locale: 'fr' });
    expect(await readDoc<UserProfile>(paths.user(nia.uid))).toMatchObject({ role: 'staff', companyId: null, status: 'active' });
  });
});
