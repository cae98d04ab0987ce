/**
 * Portal scopes (what a client contact sees: work, billing): setContactScopes, and scopes through
 * inviteUser → acceptInvitation, setUserAccess and startPreview. Called directly with real ID
 * tokens from the Auth emulator; a narrowed session is tried against the functions that serve
 * billing (createInvoiceCheckout, with the real `stripe` library against the local fake, and invoicePdf).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth } from '../../src/admin';
import { acceptInvitationHandler } from '../../src/access/acceptInvitation';
import { inviteUserHandler } from '../../src/access/inviteUser';
import { setContactScopesHandler } from '../../src/access/setContactScopes';
import { setUserAccessHandler } from '../../src/access/setUserAccess';
import { createInvoiceCheckoutHandler } from '../../src/billing/createInvoiceCheckout';
import { invoicePdfHandler } from '../../src/billing/invoicePdf';
import { stripeClient } from '../../src/billing/stripe';
import { startPreviewHandler } from '../../src/preview/startPreview';
import { paths, type Contact, type Invitation, type UserProfile } from '../../src/model';
import type { CallRequest } from '../../src/shared/callable';
import { jwtClaims, signInWithCustomToken } from '../support/emulators';
import { startFakeStripe, type FakeStripe } from '../support/fakeStripe';
import { seedInvoice, setPortalSettings } from '../support/invoices';
import { account, admin, anonymousRequest, claimsOf, company, contact, deps, linkedClient, readDoc, refusal, signedIn, staff, type Account } from '../support/world';

let stripe: FakeStripe;
beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_BASE = stripe.base;
  await setPortalSettings(true);
});
afterAll(async () => {
  await stripe.close();
  delete process.env.STRIPE_API_BASE;
  await setPortalSettings(null);
});

const contactDoc = (companyId: string, contactId: string) => readDoc<Contact>(`${paths.contacts(companyId)}/${contactId}`);

/** Pay an invoice of the company: a client callable that checks the session with the server. */
function pay(request: CallRequest) {
  return createInvoiceCheckoutHandler(request, { ...deps(), stripeSecretKey: 'sk_test_fake_for_unit_tests', stripeClient });
}

describe('setContactScopes', () => {
  it('narrowing: claims merged, users doc and contact updated, no session ended — the old token is refused by the billing functions, its refresh carries the new scopes', async () => {
    const sam = await staff();
    const acme = await company();
    const { invoiceId } = await seedInvoice({ status: 'pending' }, acme.companyId);
    const { person, contactId } = await linkedClient(acme.companyId);
    const download = (idToken: string) =>
      invoicePdfHandler({ method: 'GET', authorization: `Bearer ${idToken}`, query: { companyId: acme.companyId, invoiceId } }, deps());
    // allowed controls: before the change, the session pays and downloads
    expect((await pay(person.request({ companyId: acme.companyId, invoiceId }))).url).toMatch(/^https:/);
    expect((await download(person.session.idToken)).status).toBe(200);

    const result = await setContactScopesHandler(sam.request({ companyId: acme.companyId, contactId, scopes: ['work'] }), deps());

    expect(result).toEqual({ scopes: ['work'], accountUpdated: true });
    expect(await claimsOf(person.uid)).toEqual({ role: 'client', companyId: acme.companyId, theme: 'dark', scopes: ['work'] });
    const profile = await readDoc<UserProfile>(paths.user(person.uid));
    expect(profile).toMatchObject({ scopes: ['work'], role: 'client', companyId: acme.companyId, displayName: 'Carol Chen' });
    expect(profile?.updatedAt?.toMillis()).toBeGreaterThan(Date.parse('2026-01-02'));
    expect((await contactDoc(acme.companyId, contactId))?.scopes).toEqual(['work']);

    // The session goes on (the portal refreshes its token instead of signing in again)…
    await expect(auth.verifyIdToken(person.session.idToken, true)).resolves.toMatchObject({ uid: person.uid });
    expect(jwtClaims(person.session.idToken).scopes).toBeUndefined();
    // …but the old token, which still grants billing, is refused where billing is served.
    const stale = await refusal(pay(person.request({ companyId: acme.companyId, invoiceId })));
    expect(stale).toMatchObject({ code: 'permission-denied', message: expect.stringMatching(/does not include invoices/) });
    expect(await download(person.session.idToken)).toMatchObject({ status: 404 });

    const refreshed = await signedIn(person.uid, person.email);
    expect(jwtClaims(refreshed.session.idToken).scopes).toEqual(['work']);
    const workOnly = await refusal(pay(refreshed.request({ companyId: acme.companyId, invoiceId })));
    expect(workOnly).toMatchObject({ code: 'permission-denied', message: expect.stringMatching(/does not include invoices/) });

    // Billing given back: the same refreshed session pays again once its claims say so.
    await setContactScopesHandler(sam.request({ companyId: acme.companyId, contactId, scopes: ['work', 'billing'] }), deps());
    const again = await signedIn(person.uid, person.email);
    expect((await pay(again.request({ companyId: acme.companyId, invoiceId }))).url).toMatch(/^https:/);
  });

  it('widening: claims and profile follow, no revocation — the session from before keeps working', async () => {
    const sam = await staff();
    const acme = await company();
    const { invoiceId } = await seedInvoice({}, acme.companyId);
    const { person, contactId } = await linkedClient(acme.companyId, ['work']);
    expect((await refusal(pay(person.request({ companyId: acme.companyId, invoiceId })))).code).toBe('permission-denied');

    const result = await setContactScopesHandler(sam.request({ companyId: acme.companyId, contactId, scopes: ['billing', 'work'] }), deps());

    expect(result).toEqual({ scopes: ['work', 'billing'], accountUpdated: true });
    expect(await claimsOf(person.uid)).toEqual({ role: 'client', companyId: acme.companyId, theme: 'dark', scopes: ['work', 'billing'] });
    expect((await readDoc<UserProfile>(paths.user(person.uid)))?.scopes).toEqual(['work', 'billing']);
    await expect(auth.verifyIdToken(person.session.idToken, true)).resolves.toMatchObject({ uid: person.uid });
    // The old token still says work only (the callable goes by the token); its refresh says both.
    expect((await refusal(pay(person.request({ companyId: acme.companyId, invoiceId })))).code).toBe('permission-denied');
    const refreshed = await signedIn(person.uid, person.email);
    expect((await pay(refreshed.request({ companyId: acme.companyId, invoiceId }))).url).toMatch(/^https:/);
  });

  it("a contact without an active account: the contact and its pending invitation change, no account is touched", async () => {
    const sam = await staff();
    const acme = await company();
    const dave = await contact(acme.companyId, 'none');
    const invitation = await inviteUserHandler(sam.request({ role: 'client', companyId: acme.companyId, contactId: dave.contactId }), deps());
    expect((await readDoc<Invitation>(`${paths.invitations()}/${invitation.invitationId}`))?.scopes).toBeUndefined();

    const result = await setContactScopesHandler(sam.request({ companyId: acme.companyId, contactId: dave.contactId, scopes: ['billing'] }), deps());

    expect(result).toEqual({ scopes: ['billing'], accountUpdated: false });
    expect(await contactDoc(acme.companyId, dave.contactId)).toMatchObject({ scopes: ['billing'], portal: 'invited' });
    expect((await readDoc<Invitation>(`${paths.invitations()}/${invitation.invitationId}`))?.scopes).toEqual(['billing']);
  });

  it('a contact whose account an admin moved elsewhere keeps that account as it is', async () => {
    const sam = await staff();
    const [acme, globex] = await Promise.all([company(), company()]);
    const { person, contactId } = await linkedClient(acme.companyId);
    await auth.setCustomUserClaims(person.uid, { role: 'client', companyId: globex.companyId });

    const result = await setContactScopesHandler(sam.request({ companyId: acme.companyId, contactId, scopes: ['work'] }), deps());

    expect(result).toEqual({ scopes: ['work'], accountUpdated: false });
    expect(await claimsOf(person.uid)).toEqual({ role: 'client', companyId: globex.companyId });
  });

  it('refuses clients, previews, anonymous callers, bad scopes and unknown contacts; staff only for client companies (admins any)', async () => {
    const sam = await staff();
    const ada = await admin();
    const acme = await company();
    const initech = await company('lead', 'Initech');
    const carol = await contact(acme.companyId, 'none');
    const peter = await contact(initech.companyId, 'none');
    const input = { companyId: acme.companyId, contactId: carol.contactId, scopes: ['work'] };
    const client = await account('client', { claims: { role: 'client', companyId: acme.companyId } });
    const preview = await account('preview', { claims: { role: 'client', companyId: acme.companyId, preview: true, previewBy: sam.uid } });

    expect((await refusal(setContactScopesHandler(client.request(input), deps()))).code).toBe('permission-denied');
    expect((await refusal(setContactScopesHandler(preview.request(input), deps()))).code).toBe('permission-denied');
    expect((await refusal(setContactScopesHandler(anonymousRequest(input), deps()))).code).toBe('unauthenticated');
    for (const scopes of [[], ['work', 'work'], ['invoices'], 'work', undefined]) {
      expect((await refusal(setContactScopesHandler(sam.request({ ...input, scopes }), deps()))).code).toBe('invalid-argument');
    }
    expect((await refusal(setContactScopesHandler(sam.request({ ...input, contactId: 'nobody' }), deps()))).code).toBe('not-found');
    const lead = await refusal(setContactScopesHandler(sam.request({ companyId: initech.companyId, contactId: peter.contactId, scopes: ['work'] }), deps()));
    expect(lead).toMatchObject({ code: 'permission-denied', message: expect.stringMatching(/only an admin/) });
    expect((await contactDoc(acme.companyId, carol.contactId))?.scopes).toBeUndefined();

    // allowed controls
    expect((await setContactScopesHandler(sam.request(input), deps())).scopes).toEqual(['work']);
    expect((await setContactScopesHandler(ada.request({ companyId: initech.companyId, contactId: peter.contactId, scopes: ['billing'] }), deps())).scopes).toEqual(['billing']);
  });
});

describe('scopes through invitations, access changes and previews', () => {
  async function accept(email: string, invitationId: string): Promise<Account> {
    const person = await account('invitee', { email });
    await acceptInvitationHandler(person.request({ invitationId }), deps());
    return person;
  }

  it('an invitation with scopes gives the scopes claim and users.scopes; one without gives neither (both areas)', async () => {
    const sam = await staff();
    const acme = await company();
    const [bill, dora] = await Promise.all([contact(acme.companyId, 'none', { name: 'Bill Chen' }), contact(acme.companyId, 'none')]);

    const billing = await inviteUserHandler(sam.request({ role: 'client', companyId: acme.companyId, contactId: bill.contactId, scopes: ['billing'] }), deps());
    const plain = await inviteUserHandler(sam.request({ role: 'client', companyId: acme.companyId, contactId: dora.contactId }), deps());
    expect((await readDoc<Invitation>(`${paths.invitations()}/${billing.invitationId}`))?.scopes).toEqual(['billing']);
    expect((await contactDoc(acme.companyId, bill.contactId))?.scopes).toEqual(['billing']);
    expect((await readDoc<Invitation>(`${paths.invitations()}/${plain.invitationId}`))?.scopes).toBeUndefined();

    const billUser = await accept(bill.email, billing.invitationId);
    const doraUser = await accept(dora.email, plain.invitationId);

    expect(await claimsOf(billUser.uid)).toEqual({ role: 'client', companyId: acme.companyId, scopes: ['billing'] });
    expect((await readDoc<UserProfile>(paths.user(billUser.uid)))?.scopes).toEqual(['billing']);
    expect(await claimsOf(doraUser.uid)).toEqual({ role: 'client', companyId: acme.companyId });
    expect((await readDoc<UserProfile>(paths.user(doraUser.uid)))?.scopes).toBeUndefined();
  });

  it("an invitation without scopes carries the contact's own (a resend keeps a billing-only contact billing-only)", async () => {
    const sam = await staff();
    const acme = await company();
    const bill = await contact(acme.companyId, 'none', { scopes: ['billing'] });
    const invitation = await inviteUserHandler(sam.request({ role: 'client', companyId: acme.companyId, contactId: bill.contactId }), deps());
    expect((await readDoc<Invitation>(`${paths.invitations()}/${invitation.invitationId}`))?.scopes).toEqual(['billing']);
    const bad = await refusal(inviteUserHandler(sam.request({ role: 'client', companyId: acme.companyId, contactId: bill.contactId, scopes: [] }), deps()));
    expect(bad.code).toBe('invalid-argument');
  });

  it("setUserAccess: a client gets the scopes of the contact it joins; a former company's scopes never carry over", async () => {
    const ada = await admin();
    const [acme, globex] = await Promise.all([company(), company()]);
    const { person } = await linkedClient(acme.companyId, ['billing']);
    await contact(globex.companyId, 'none', { email: person.email, scopes: ['work'] });

    await setUserAccessHandler(ada.request({ action: 'change', uid: person.uid, role: 'client', companyId: globex.companyId }), deps());
    expect(await claimsOf(person.uid)).toEqual({ role: 'client', companyId: globex.companyId, theme: 'dark', scopes: ['work'] });
    expect((await readDoc<UserProfile>(paths.user(person.uid)))?.scopes).toEqual(['work']);

    await setUserAccessHandler(ada.request({ action: 'change', uid: person.uid, role: 'staff', companyId: null }), deps());
    expect(await claimsOf(person.uid)).toEqual({ role: 'staff', theme: 'dark' });
    expect((await readDoc<UserProfile>(paths.user(person.uid)))?.scopes).toBeUndefined();
  });

  it("startPreview with a contact: the preview token carries that contact's scopes; without one, none (both areas)", async () => {
    const sam = await staff();
    const acme = await company('client', 'Acme Corp');
    const bill = await contact(acme.companyId, 'active', { name: 'Bill Chen', scopes: ['billing'] });
    const carol = await contact(acme.companyId, 'active', { name: 'Carol Chen' });

    const asBill = await startPreviewHandler(sam.request({ companyId: acme.companyId, contactId: bill.contactId }), deps());
    expect(asBill).toMatchObject({ companyId: acme.companyId, contactId: bill.contactId, contactName: 'Bill Chen', scopes: ['billing'] });
    expect(jwtClaims((await signInWithCustomToken(asBill.token)).idToken)).toMatchObject({ role: 'client', companyId: acme.companyId, preview: true, scopes: ['billing'] });

    const asCarol = await startPreviewHandler(sam.request({ companyId: acme.companyId, contactId: carol.contactId }), deps());
    expect(asCarol.scopes).toBeUndefined();
    expect(jwtClaims((await signInWithCustomToken(asCarol.token)).idToken).scopes).toBeUndefined();
    const company_ = await startPreviewHandler(sam.request({ companyId: acme.companyId }), deps());
    expect(jwtClaims((await signInWithCustomToken(company_.token)).idToken).scopes).toBeUndefined();

    const unknown = await refusal(startPreviewHandler(sam.request({ companyId: acme.companyId, contactId: 'nobody' }), deps()));
    expect(unknown).toMatchObject({ code: 'not-found', message: expect.stringMatching(/no contact/) });
  });
});
