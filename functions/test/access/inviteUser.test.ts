/**
 * inviteUser, called directly with real ID tokens from the Auth emulator against the Firestore
 * emulator (the export wraps exactly this handler; test/access/wiring.test.ts calls the export).
 */
import { describe, expect, it } from 'vitest';
import { db } from '../../src/admin';
import { INVITATION_TTL_DAYS, inviteUserHandler } from '../../src/access/inviteUser';
import { paths, type Contact, type Invitation, type MailMessage } from '../../src/model';
import { jwtClaims, signInWithEmailLink } from '../support/emulators';
import {
  APP_URL,
  account,
  admin,
  anonymousRequest,
  company,
  contact,
  deps,
  linkIn,
  parseSignInLink,
  readDoc,
  refusal,
  staff,
} from '../support/world';

const invitationsFor = async (email: string) =>
  (await db.collection(paths.invitations()).where('email', '==', email).get()).docs.map((d) => ({ id: d.id, ...(d.data() as Invitation) }));

describe('inviteUser', () => {
  it('lets staff invite a contact of a client company: invitation, contact "invited", and a mail whose link signs them in', async () => {
    const sam = await staff();
    const acme = await company('client', 'Acme Corp');
    const dave = await contact(acme.companyId, 'none', { email: 'Dave.Wilson@Acme.test', name: 'Dave Wilson' });
    const now = new Date();

    const result = await inviteUserHandler(sam.request({ role: 'client', companyId: acme.companyId, contactId: dave.contactId }), deps(now));

    expect(result.email).toBe('dave.wilson@acme.test');
    expect(result.role).toBe('client');
    const invitation = await readDoc<Invitation>(`${paths.invitations()}/${result.invitationId}`);
    expect(invitation).toMatchObject({
      email: 'dave.wilson@acme.test',
      role: 'client',
      companyId: acme.companyId,
      contactId: dave.contactId,
      status: 'pending',
      invitedBy: sam.uid,
      name: 'Dave Wilson',
    });
    expect(invitation?.expiresAt.toMillis()).toBe(now.getTime() + INVITATION_TTL_DAYS * 86_400_000);
    expect((await readDoc<Contact>(`${paths.contacts(acme.companyId)}/${dave.contactId}`))?.portal).toBe('invited');

    const mail = await readDoc<MailMessage>(`${paths.mail()}/${result.mailId}`);
    expect(mail?.to).toBe('dave.wilson@acme.test');
    expect(mail?.message.subject).toContain('client portal');
    expect(mail?.message.text).toContain('Acme Corp');
    const link = linkIn(mail?.message.text ?? '');
    expect(mail?.message.html).toContain(link.replace(/&/g, '&#38;'));
    const { oobCode, continueUrl } = parseSignInLink(link);
    expect(continueUrl.origin + continueUrl.pathname).toBe(`${APP_URL}/login`);
    expect(continueUrl.searchParams.get('invite')).toBe(result.invitationId);
    expect(continueUrl.searchParams.get('email')).toBe('dave.wilson@acme.test');

    // The link is a real email sign-in link: it signs Dave in with a verified email and no role yet.
    const session = await signInWithEmailLink('dave.wilson@acme.test', oobCode);
    const claims = jwtClaims(session.idToken);
    expect(claims.email).toBe('dave.wilson@acme.test');
    expect(claims.email_verified).toBe(true);
    expect(claims.role).toBeUndefined();
  });

  it('refuses a contact of a company that is not a client, saying to set its status first', async () => {
    const sam = await staff();
    const initech = await company('lead', 'Initech');
    const peter = await contact(initech.companyId);

    const error = await refusal(inviteUserHandler(sam.request({ role: 'client', companyId: initech.companyId, contactId: peter.contactId }), deps()));

    expect(error.code).toBe('failed-precondition');
    expect(error.message).toBe("Set Initech's status to Client before inviting its contacts.");
    expect(await invitationsFor(peter.email)).toEqual([]);
    expect((await readDoc<Contact>(`${paths.contacts(initech.companyId)}/${peter.contactId}`))?.portal).toBe('none');
  });

  it('lets only admins invite staff and admins', async () => {
    const sam = await staff();
    const ada = await admin();
    const newcomer = `new-${sam.uid}@northwind.test`;

    for (const role of ['staff', 'admin'] as const) {
      const error = await refusal(inviteUserHandler(sam.request({ role, email: newcomer }), deps()));
      expect(error.code).toBe('permission-denied');
      expect(error.message).toContain('Only an admin can invite');
    }
    expect(await invitationsFor(newcomer)).toEqual([]);

    const result = await inviteUserHandler(ada.request({ role: 'staff', email: newcomer, displayName: 'Nia New' }), deps());
    const invitation = await readDoc<Invitation>(`${paths.invitations()}/${result.invitationId}`);
    expect(invitation).toMatchObject({ email: newcomer, role: 'staff', companyId: null, contactId: null, status: 'pending', invitedBy: ada.uid });
    const mail = await readDoc<MailMessage>(`${paths.mail()}/${result.mailId}`);
    expect(mail?.message.text).toContain('Hi Nia New,');
    expect(mail?.message.subject).toContain('join the team');
  });

  it('refuses clients, preview tokens and signed-out callers', async () => {
    const acme = await company();
    const dave = await contact(acme.companyId);
    const input = { role: 'client', companyId: acme.companyId, contactId: dave.contactId };
    const carol = await account('client', { claims: { role: 'client', companyId: acme.companyId } });
    const preview = await account('preview', { claims: { role: 'client', companyId: acme.companyId, preview: true, previewBy: 'x' } });
    const staffPreview = await account('preview', { claims: { role: 'staff', preview: true } });

    expect((await refusal(inviteUserHandler(carol.request(input), deps()))).code).toBe('permission-denied');
    expect((await refusal(inviteUserHandler(preview.request(input), deps()))).code).toBe('permission-denied');
    expect((await refusal(inviteUserHandler(staffPreview.request(input), deps()))).code).toBe('permission-denied');
    expect((await refusal(inviteUserHandler(anonymousRequest(input), deps()))).code).toBe('unauthenticated');
    expect(await invitationsFor(dave.email)).toEqual([]);
  });

  it('refuses malformed input and unknown companies or contacts', async () => {
    const ada = await admin();
    const acme = await company();
    const dave = await contact(acme.companyId);

    const extraKey = await refusal(inviteUserHandler(ada.request({ role: 'client', companyId: acme.companyId, contactId: dave.contactId, email: 'x@y.test' }), deps()));
    expect(extraKey.code).toBe('invalid-argument');
    expect(extraKey.message).toContain('Unrecognized key');
    expect((await refusal(inviteUserHandler(ada.request({ role: 'client', companyId: acme.companyId }), deps()))).code).toBe('invalid-argument');
    expect((await refusal(inviteUserHandler(ada.request({ role: 'owner', email: 'x@y.test' }), deps()))).code).toBe('invalid-argument');
    expect((await refusal(inviteUserHandler(ada.request({ role: 'staff', email: 'not-an-email' }), deps()))).code).toBe('invalid-argument');
    expect((await refusal(inviteUserHandler(ada.request(null), deps()))).code).toBe('invalid-argument');
    expect((await refusal(inviteUserHandler(ada.request({ role: 'client', companyId: 'nope-co', contactId: dave.contactId }), deps()))).code).toBe('not-found');
    expect((await refusal(inviteUserHandler(ada.request({ role: 'client', companyId: acme.companyId, contactId: 'nope' }), deps()))).code).toBe('not-found');
  });

  it('refuses a contact who already has portal access', async () => {
    const ada = await admin();
    const acme = await company();
    const carol = await contact(acme.companyId, 'active', { uid: 'u-somebody' });

    const error = await refusal(inviteUserHandler(ada.request({ role: 'client', companyId: acme.companyId, contactId: carol.contactId }), deps()));
    expect(error.code).toBe('already-exists');
    // It names the real place to change access: the company's Contacts tab (the Team page lists staff only).
    expect(error.message).toContain('on the contact in Companies → ');
    expect(error.message).toContain(' → Contacts');
    expect(await invitationsFor(carol.email)).toEqual([]);
  });

  it('re-inviting supersedes the pending invitation for that email', async () => {
    const sam = await staff();
    const acme = await company();
    const dave = await contact(acme.companyId);
    const input = { role: 'client', companyId: acme.companyId, contactId: dave.contactId };

    const first = await inviteUserHandler(sam.request(input), deps());
    const second = await inviteUserHandler(sam.request(input), deps());

    const byId = new Map((await invitationsFor(dave.email)).map((i) => [i.id, i]));
    expect(byId.size).toBe(2);
    expect(byId.get(first.invitationId)).toMatchObject({ status: 'superseded', supersededBy: second.invitationId });
    expect(byId.get(second.invitationId)?.status).toBe('pending');
    expect((await readDoc<Contact>(`${paths.contacts(acme.companyId)}/${dave.contactId}`))?.portal).toBe('invited');
    // Each invitation has its own mail and its own link.
    const [mail1, mail2] = await Promise.all([first, second].map((r) => readDoc<MailMessage>(`${paths.mail()}/${r.mailId}`)));
    expect(linkIn(mail1?.message.text ?? '')).not.toBe(linkIn(mail2?.message.text ?? ''));
  });
});
