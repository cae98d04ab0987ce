/**
 * setUserAccess, called directly with real ID tokens from the Auth emulator.
 */
import { describe, expect, it } from 'vitest';
import { auth } from '../../src/admin';
import { inviteUserHandler } from '../../src/access/inviteUser';
import { setUserAccessHandler } from '../../src/access/setUserAccess';
import { paths, type Contact, type Invitation, type UserProfile } from '../../src/model';
import { jwtClaims, lookupAccount, readAs, refreshIdToken } from '../support/emulators';
import { account, admin, anonymousRequest, claimsOf, company, contact, deps, linkedClient, project, readDoc, refusal, signedIn, staff } from '../support/world';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('setUserAccess', () => {
  it('revokes: claims removed (others kept), refresh tokens revoked, profile disabled, contact revoked, pending invitations withdrawn', async () => {
    const ada = await admin();
    const acme = await company();
    const projectId = await project(acme.companyId);
    const { person, contactId } = await linkedClient(acme.companyId);
    // A pending invitation for the same email (e.g. sent again by mistake) must not restore access.
    const sam = await staff();
    const second = await contact(acme.companyId, 'none', { email: person.email });
    const pending = await inviteUserHandler(sam.request({ role: 'client', companyId: acme.companyId, contactId: second.contactId }), deps());
    expect(await readAs(person.session.idToken, paths.project(acme.companyId, projectId))).toBe(200);
    await sleep(1100); // token revocation has one-second resolution

    const result = await setUserAccessHandler(ada.request({ action: 'revoke', uid: person.uid }), deps());

    expect(result).toEqual({ uid: person.uid, role: null, companyId: null, status: 'disabled', tokensRevoked: true });
    expect(await claimsOf(person.uid)).toEqual({ theme: 'dark' });
    const user = await auth.getUser(person.uid);
    expect(Date.parse(user.tokensValidAfterTime ?? '')).toBeGreaterThan(Date.now() - 5_000);
    await expect(auth.verifyIdToken(person.session.idToken, true)).rejects.toMatchObject({ code: 'auth/id-token-revoked' });
    expect(await lookupAccount(person.session.idToken)).toBe('TOKEN_EXPIRED');
    // Production refuses the refresh token outright; the Auth emulator still refreshes it (it does
    // not check revocation there), but even so the refreshed token carries no role.
    const refreshed = await refreshIdToken(person.session.refreshToken);
    if (refreshed.idToken) {
      expect(jwtClaims(refreshed.idToken).role).toBeUndefined();
      expect(await readAs(refreshed.idToken, paths.project(acme.companyId, projectId))).toBe(403);
    }
    expect(await readDoc<UserProfile>(paths.user(person.uid))).toMatchObject({ role: null, companyId: null, status: 'disabled', displayName: 'Carol Chen' });
    expect((await readDoc<Contact>(`${paths.contacts(acme.companyId)}/${contactId}`))?.portal).toBe('revoked');
    expect((await readDoc<Invitation>(`${paths.invitations()}/${pending.invitationId}`))?.status).toBe('revoked');
    // A new sign-in carries no role: the portal is closed to it.
    const again = await signedIn(person.uid, person.email);
    expect(jwtClaims(again.session.idToken).role).toBeUndefined();
    expect(await readAs(again.session.idToken, paths.project(acme.companyId, projectId))).toBe(403);
  });

  it('moves a client to another company: claims, profile and both contacts follow', async () => {
    const ada = await admin();
    const acme = await company();
    const globex = await company();
    const { person, contactId } = await linkedClient(acme.companyId);
    const atGlobex = await contact(globex.companyId, 'none', { email: person.email });
    await sleep(1100); // token revocation has one-second resolution

    const result = await setUserAccessHandler(ada.request({ action: 'change', uid: person.uid, role: 'client', companyId: globex.companyId }), deps());

    expect(result).toMatchObject({ role: 'client', companyId: globex.companyId, status: 'active', tokensRevoked: true });
    expect(await claimsOf(person.uid)).toEqual({ role: 'client', companyId: globex.companyId, theme: 'dark' });
    expect(await readDoc<UserProfile>(paths.user(person.uid))).toMatchObject({ role: 'client', companyId: globex.companyId, status: 'active' });
    expect((await readDoc<Contact>(`${paths.contacts(acme.companyId)}/${contactId}`))?.portal).toBe('revoked');
    expect(await readDoc<Contact>(`${paths.contacts(globex.companyId)}/${atGlobex.contactId}`)).toMatchObject({ portal: 'active', uid: person.uid });
    // The old session ends (the web SDK's reload() fails and it signs out); the next one has the new claims.
    await expect(auth.verifyIdToken(person.session.idToken, true)).rejects.toMatchObject({ code: 'auth/id-token-revoked' });
    expect(await lookupAccount(person.session.idToken)).toBe('TOKEN_EXPIRED');
    const next = await signedIn(person.uid, person.email);
    expect(jwtClaims(next.session.idToken)).toMatchObject({ role: 'client', companyId: globex.companyId });
  });

  it('makes a client staff: role claim without companyId, old contact revoked', async () => {
    const ada = await admin();
    const acme = await company();
    const { person, contactId } = await linkedClient(acme.companyId);

    await setUserAccessHandler(ada.request({ action: 'change', uid: person.uid, role: 'staff' }), deps());

    expect(await claimsOf(person.uid)).toEqual({ role: 'staff', theme: 'dark' });
    expect(await readDoc<UserProfile>(paths.user(person.uid))).toMatchObject({ role: 'staff', companyId: null });
    expect((await readDoc<Contact>(`${paths.contacts(acme.companyId)}/${contactId}`))?.portal).toBe('revoked');
  });

  it('is for admins only', async () => {
    const acme = await company();
    const { person } = await linkedClient(acme.companyId);
    const sam = await staff();
    const preview = await account('preview', { claims: { role: 'admin', preview: true } });
    const input = { action: 'change', uid: person.uid, role: 'admin' };

    expect((await refusal(setUserAccessHandler(sam.request(input), deps()))).code).toBe('permission-denied');
    expect((await refusal(setUserAccessHandler(person.request(input), deps()))).code).toBe('permission-denied');
    expect((await refusal(setUserAccessHandler(preview.request(input), deps()))).code).toBe('permission-denied');
    expect((await refusal(setUserAccessHandler(anonymousRequest(input), deps()))).code).toBe('unauthenticated');
    expect((await refusal(setUserAccessHandler(sam.request({ action: 'revoke', uid: person.uid }), deps()))).code).toBe('permission-denied');
    expect((await claimsOf(person.uid)).role).toBe('client');
  });

  it('refuses bad requests: own access, unknown account, client without company, non-client company', async () => {
    const ada = await admin();
    const lead = await company('lead', 'Initech');
    const acme = await company();
    const { person } = await linkedClient(acme.companyId);

    const own = await refusal(setUserAccessHandler(ada.request({ action: 'revoke', uid: ada.uid }), deps()));
    expect(own.code).toBe('failed-precondition');
    expect(own.message).toContain('another admin');
    expect((await refusal(setUserAccessHandler(ada.request({ action: 'revoke', uid: 'no-such-user' }), deps()))).code).toBe('not-found');
    const noCompany = await refusal(setUserAccessHandler(ada.request({ action: 'change', uid: person.uid, role: 'client' }), deps()));
    expect(noCompany.code).toBe('invalid-argument');
    expect(noCompany.message).toContain('companyId');
    expect((await refusal(setUserAccessHandler(ada.request({ action: 'change', uid: person.uid, role: 'staff', companyId: acme.companyId }), deps()))).code).toBe('invalid-argument');
    expect((await refusal(setUserAccessHandler(ada.request({ action: 'change', uid: person.uid, role: 'owner' }), deps()))).code).toBe('invalid-argument');
    const notClient = await refusal(setUserAccessHandler(ada.request({ action: 'change', uid: person.uid, role: 'client', companyId: lead.companyId }), deps()));
    expect(notClient.code).toBe('failed-precondition');
    expect(notClient.message).toContain("Set Initech's status to Client");
    expect(await claimsOf(person.uid)).toEqual({ role: 'client', companyId: acme.companyId, theme: 'dark' });
  });
});
