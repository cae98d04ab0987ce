/**
 * Portal access from the console: Ada adds a new Acme contact and invites them (inviteUser); the
 * Outbox shows the invitation without its link and resends it; the emailed link signs the invitee into Acme's
 * portal (email-link sign-in + acceptInvitation); Ada revokes (setUserAccess) and the access is
 * gone. A function's refusal (inviting a lead's contact) is shown as the function wrote it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminDb, Timestamp } from '../support/admin';
import { connect, openPage, type WatchedPage } from '../support/browser';
import { consoleReady, seriousProblems, signedIn } from '../support/console';
import { signIn } from '../support/portal';

const baseUrl = inject('baseUrl');
const stamp = Date.now();
const EMAIL = `erin.${stamp}@acme.test`;
const NAME = 'Erin Diaz';

let browser: Browser;
let ada: WatchedPage;
let invitee: WatchedPage;
let link = '';

/**
 * Invitation links go to the Auth emulator, which redirects to the app's public URL (APP_URL of
 * the functions, localhost:5173 by default). The suite serves the app elsewhere, so the test
 * follows the emulator's redirect itself and opens the same address on the suite's server.
 */
async function appUrlFromLink(emailLink: string): Promise<string> {
  const response = await fetch(emailLink, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (!location) throw new Error(`the Auth emulator did not redirect (${response.status})`);
  const target = new URL(location);
  const served = new URL(baseUrl);
  target.protocol = served.protocol;
  target.host = served.host;
  return target.toString();
}

beforeAll(async () => {
  browser = await connect(inject('wsEndpoint'));
  ada = await signedIn(browser, baseUrl, 'ada@northwind.test');
});

afterAll(async () => {
  await invitee?.context.close();
  await ada?.context.close();
  await browser?.close();
});

describe('contacts and portal access', () => {
  it("shows the function's refusal when a lead's contact is invited", async () => {
    const { page } = ada;
    await page.goto('/console/companies/initech/contacts');
    await consoleReady(page);
    await page.getByTestId('contact-peter').getByRole('button', { name: 'Invite to portal' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send invitation' }).click();
    const notice = page.getByTestId('access-notice');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.innerText()).toContain("Set Initech's status to Client before inviting its contacts.");
    expect(await notice.innerText()).not.toMatch(/\[\d{3}\]/);
    expect((await adminDb().doc('companies/initech/contacts/peter').get()).get('portal')).toBe('none');
  });

  it('adds a contact to Acme and invites them: the contact shows Invited', async () => {
    const { page } = ada;
    await page.goto('/console/companies/acme/contacts');
    await page.getByRole('button', { name: 'Add contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a contact at Acme Corp' });
    await dialog.getByLabel('Name').fill(NAME);
    await dialog.getByLabel('Email').fill(EMAIL);
    await dialog.getByLabel('Title').fill('Marketing Manager');
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.locator('.cx-contact', { hasText: EMAIL });
    await row.waitFor();
    expect(await row.getByTestId('portal-state').getAttribute('data-state')).toBe('none');
    await row.getByRole('button', { name: 'Invite to portal' }).click();
    // the invite dialog: the portal areas (both by default), then send
    await page.getByRole('dialog').getByRole('button', { name: 'Send invitation' }).click();
    const notice = page.getByTestId('access-notice');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.innerText()).toContain(`Invitation sent to ${EMAIL}`);
    await page.waitForFunction(
      (email) => Array.from(document.querySelectorAll('.cx-contact')).find((el) => el.textContent?.includes(email))?.querySelector('[data-state="invited"]'),
      EMAIL,
    );
    expect(await row.innerText()).toContain('Expires');
  });

  it('lists the invitation in the Outbox without its sign-in link, and resends it', async () => {
    const { page } = ada;
    await page.getByRole('link', { name: 'Open the Outbox' }).click();
    await page.getByRole('heading', { name: 'Outbox', level: 1 }).waitFor();
    const mail = page.getByTestId('mail').filter({ hasText: `To ${EMAIL}` });
    await mail.waitFor();
    expect(await mail.innerText()).toContain('Northwind Studio invited you to your client portal');
    expect(await mail.innerText()).toContain('Invitation pending');
    expect(await mail.innerText()).toContain('Queued');
    await mail.locator('.cx-mail-summary').click();
    expect(await mail.locator('.cx-mail-body').innerText()).toContain('[link removed]');
    // Staff never get the bearer link: not in the page, not in the outbox documents it reads.
    expect(await page.content()).not.toMatch(/oobCode|mode=signIn/);
    const firstMailId = await mail.getAttribute('data-mail-id');

    await mail.getByRole('button', { name: 'Resend invitation' }).click();
    await page.getByText(`A new invitation is on its way to ${EMAIL}`).waitFor({ timeout: 20_000 });
    await page.getByTestId('mail').filter({ hasText: `To ${EMAIL}` }).nth(1).waitFor();
    const first = page.locator(`[data-mail-id="${firstMailId}"]`);
    await first.getByText('Invitation superseded').waitFor();

    // What reaches Erin's inbox: the newest invitation's email (the Trigger Email extension
    // delivers mail/{id}; the test reads it as the extension would).
    const pending = await adminDb().collection('invitations').where('email', '==', EMAIL).where('status', '==', 'pending').get();
    expect(pending.size).toBe(1);
    const delivered = await adminDb().doc(`mail/invite-${pending.docs[0]!.id}`).get();
    link = /https?:\/\/\S*oobCode=\S+/.exec(String(delivered.get('message.text')))?.[0] ?? '';
    expect(link).toMatch(/mode=signIn/);
  });

  it('pages the Outbox: a count() total, 50 mails a page, and a filter that says it searched only those loaded', async () => {
    const { page } = ada;
    const db = adminDb();
    // A busy outbox (as at the end of a full CI run): 300 recent mails, then 60 old ones.
    const recent = Array.from({ length: 300 }, (_, i) => db.doc(`outbox/e2e-recent-${stamp}-${i}`));
    const old = Array.from({ length: 60 }, (_, i) => db.doc(`outbox/e2e-old-${stamp}-${String(i).padStart(2, '0')}`));
    const batch = db.batch();
    recent.forEach((ref, i) => {
      const at = Timestamp.fromMillis(Date.now() - 60_000 - i * 1000);
      batch.set(ref, { to: [`recent${i}@acme.test`], subject: `Recent notice ${stamp} ${i}`, kind: 'other', refs: {}, summary: '', state: 'SUCCESS', error: null, createdAt: at, updatedAt: at, deliveredAt: at });
    });
    old.forEach((ref, i) => {
      const at = Timestamp.fromMillis(Date.parse('2020-01-01T00:00:00Z') + i * 60_000);
      batch.set(ref, { to: [`old${i}@acme.test`], subject: `Archived notice ${stamp} #${i}`, kind: 'other', refs: {}, summary: 'An old notice.', state: 'SUCCESS', error: null, createdAt: at, updatedAt: at, deliveredAt: at });
    });
    await batch.commit();
    try {
      await page.goto('/console/outbox');
      await page.getByRole('heading', { name: 'Outbox', level: 1 }).waitFor();
      // The total is the server's count(); earlier tests' triggers may still be queueing mail, so
      // it is compared with a count taken at the same moment until the two agree.
      const total = () => db.collection('outbox').count().get().then((snap) => snap.data().count);
      await expect
        .poll(async () => {
          const [shown, counted] = await Promise.all([page.getByTestId('outbox-total').innerText(), total()]);
          return shown === `${counted} messages` && counted > 60;
        }, { timeout: 30_000 })
        .toBe(true);
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="mail"]').length === 50);

      // The oldest mail is not on the first page: the filter says so and offers the next one.
      const oldest = `Archived notice ${stamp} #0`;
      await page.getByLabel('Filter mail').fill(oldest);
      await page.getByText('None of the 50 messages loaded so far match').waitFor();
      const found = page.getByTestId('mail').filter({ hasText: oldest });
      for (let pages = 1; (await found.count()) === 0 && pages < 20; pages++) {
        // Between pages the list is loading, never at its end: no "No mail matches" while more exists.
        expect(await page.getByText('No mail matches').count()).toBe(0);
        await page.getByRole('button', { name: 'More mail' }).click({ timeout: 5000 });
        await page.waitForFunction((n) => !document.querySelector('.load-more [aria-busy]') && document.body.innerText.includes(`None of the ${n} messages`) === false, pages * 50);
      }
      await found.waitFor();
      await page.getByRole('button', { name: 'More mail' }).waitFor({ state: 'detached', timeout: 10_000 });
      expect(seriousProblems(ada.problems)).toEqual([]);
    } finally {
      await Promise.all([...recent, ...old].map((ref) => ref.delete()));
    }
  });

  it("signs the invitee into Acme's portal from that link", async () => {
    invitee = await openPage(browser, baseUrl);
    const { page } = invitee;
    const target = await appUrlFromLink(link);
    expect(new URL(target).searchParams.get('mode')).toBe('signIn');
    await page.goto(target);
    await page.waitForURL((url) => url.pathname === '/portal', { timeout: 30_000 });
    await page.getByRole('heading', { name: /, Erin$/ }).waitFor({ timeout: 20_000 });
    await page.getByRole('list', { name: 'Ongoing tasks' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('Homepage design');
    expect(text).not.toContain('Globex');
    expect(text).not.toContain('INTERNAL');
    expect(seriousProblems(invitee.problems)).toEqual([]);

    // Ada's open contact list turns Active on its own.
    await ada.page.goto('/console/companies/acme/contacts');
    const row = ada.page.locator('.cx-contact', { hasText: EMAIL });
    await row.locator('[data-state="active"]').waitFor({ timeout: 20_000 });
  });

  it('revokes the access: the contact shows Revoked and the invitee is out', async () => {
    const { page } = ada;
    // Tokens carry whole seconds: make sure the revocation is later than the sign-in.
    await page.waitForTimeout(1_200);
    const row = page.locator('.cx-contact', { hasText: EMAIL });
    await row.getByRole('button', { name: 'Revoke' }).click();
    const dialog = page.getByRole('dialog', { name: `Revoke ${NAME}'s portal access?` });
    await dialog.getByRole('button', { name: 'Revoke access' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
    await row.locator('[data-state="revoked"]').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('access-notice').innerText()).toContain('revoked');

    const contact = (await adminDb().collection('companies/acme/contacts').where('email', '==', EMAIL).get()).docs[0]!;
    expect(contact.get('portal')).toBe('revoked');
    const user = await adminDb().doc(`users/${contact.get('uid')}`).get();
    expect(user.get('role')).toBeNull();
    expect(user.get('status')).toBe('disabled');

    // The invitee's session no longer holds: on the next load they are signed out…
    const { page: gone } = invitee;
    await gone.reload();
    await gone.waitForURL((url) => url.pathname === '/login', { timeout: 30_000 });
    // …and signing in again (Google, same address) leads to the no-access page, not the portal.
    await signIn(gone, EMAIL, { typed: true });
    await gone.getByRole('heading', { name: /No access yet/ }).waitFor({ timeout: 20_000 });
    await gone.goto('/portal');
    await gone.getByRole('heading', { name: /No access yet/ }).waitFor();
  });

  it('a teammate invitation is accepted with Google as the invited address and opens the console', async () => {
    const { page } = ada;
    const teammate = `lee.${stamp}@northwind.test`;
    await page.goto('/console/team');
    await page.getByRole('button', { name: 'Invite teammate' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Invite a teammate' });
    await dialog.getByLabel('Email').fill(teammate);
    await dialog.getByLabel('Name (optional)').fill('Lee Park');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${teammate}`).waitFor({ timeout: 20_000 });

    // The email holds no sign-in link: only the login page with the invitation id.
    const pending = await adminDb().collection('invitations').where('email', '==', teammate).where('status', '==', 'pending').get();
    const invitationId = pending.docs[0]!.id;
    const text = String((await adminDb().doc(`mail/invite-${invitationId}`).get()).get('message.text'));
    expect(text).not.toMatch(/oobCode/);
    const landing = new URL(/https?:\/\/\S*\/login\?invite=\S+/.exec(text)?.[0] ?? '');
    expect(landing.searchParams.get('invite')).toBe(invitationId);

    const lee = await openPage(browser, baseUrl);
    try {
      await lee.page.goto(`/login${landing.search}`);
      await lee.page.getByTestId('invite-hint').getByText(teammate).waitFor();
      await lee.page.getByRole('button', { name: 'Continue with Google' }).click();
      const chooser = lee.page.getByRole('dialog', { name: 'Choose an account' });
      await chooser.getByLabel('Email').fill(teammate);
      await chooser.getByRole('button', { name: 'Sign in', exact: true }).click();
      await lee.page.waitForURL((url) => url.pathname.startsWith('/console'), { timeout: 30_000 });
      await consoleReady(lee.page);
      const user = (await adminDb().collection('users').where('email', '==', teammate).get()).docs[0];
      expect(user?.get('role')).toBe('staff');
      expect(seriousProblems(lee.problems)).toEqual([]);
    } finally {
      await lee.context.close();
    }
  });
});
