/**
 * The other sessions: gina@globex.test sees only Globex; an uninvited Google account gets the
 * no-access page and makes no data calls; staff land on the console.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminAuth, adminDb, Timestamp } from '../support/admin';
import { connect, openPage } from '../support/browser';
import { mainText, screenshots, settle, signIn, signOut } from '../support/portal';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await connect(inject('wsEndpoint'));
});

afterAll(async () => {
  await browser?.close();
});

const ACME = ['Acme', 'Website Redesign', 'Brand Refresh', 'Q1 Campaign', 'Homepage design', 'INV-100', 'INTERNAL'];

describe('Gina (client of Globex)', () => {
  it('sees only Globex: its project, tasks and invoice', async () => {
    const w = await openPage(browser, baseUrl);
    const { page } = w;
    try {
      await signIn(page, 'gina@globex.test');
      await page.getByRole('heading', { name: /, Gina$/ }).waitFor();
      await page.getByRole('list', { name: 'Ongoing tasks' }).waitFor();
      const seen: string[] = [await mainText(page)];

      await page.goto('/portal/projects');
      await page.getByRole('list', { name: 'Projects' }).waitFor();
      expect(await page.locator('.project-name').allInnerTexts()).toEqual(['Mobile App']);
      seen.push(await mainText(page));

      await page.goto('/portal/tasks');
      await page.getByRole('list', { name: 'Tasks' }).waitFor();
      expect(await page.locator('.task-title').allInnerTexts()).toEqual(['App wireframes', 'Sync API specification']);
      seen.push(await mainText(page));

      await page.goto('/portal/tasks/app-wireframes');
      await page.getByText('First wireframes for the schedule screen').waitFor();
      seen.push(await mainText(page));

      await page.goto('/portal/invoices');
      await page.locator('.invoice-table').waitFor();
      expect((await page.locator('.invoice-table tbody th').allInnerTexts()).map((s) => s.trim())).toEqual(['INV-2001']);
      seen.push(await mainText(page));

      // Acme's records by URL: not found.
      await page.goto('/portal/tasks/homepage-design');
      await page.getByRole('heading', { name: "This task isn't available" }).waitFor();
      await page.goto('/portal/invoices/inv-1002');
      await page.getByRole('heading', { name: "This invoice isn't available" }).waitFor();

      for (const text of seen) for (const word of ACME) expect(text, `Gina sees "${word}"`).not.toContain(word);
      expect(w.problems.filter((p) => /permission|insufficient|pageerror/i.test(p))).toEqual([]);
      await signOut(page);
    } finally {
      await w.context.close();
    }
  });
});

describe('an uninvited Google account', () => {
  it('sees the no-access page, reads nothing, and can sign out', async () => {
    const w = await openPage(browser, baseUrl);
    const { page, requests } = w;
    try {
      await signIn(page, 'stranger@example.com', { typed: true });
      await page.getByRole('heading', { name: /No access yet — ask your agency for an invitation/ }).waitFor();
      expect(await page.locator('main').innerText()).toContain('stranger@example.com');
      await page.goto('/portal/invoices');
      await page.getByRole('heading', { name: /No access yet/ }).waitFor();
      await page.goto('/console');
      await page.getByRole('heading', { name: /No access yet/ }).waitFor();
      await settle(page);
      await screenshots(page, 'no-access');
      // No Firestore SDK traffic at all (the branding is a REST read), so nothing can fail.
      expect(requests.filter((u) => u.includes('google.firestore.v1.Firestore'))).toEqual([]);
      expect(w.problems.filter((p) => /permission|insufficient|pageerror/i.test(p))).toEqual([]);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Continue with Google' }).waitFor();
    } finally {
      await w.context.close();
    }
  });
});

describe('an invited contact', () => {
  it('opens the email link from the invitation, accepts it and lands in the portal', async () => {
    // What inviteUser writes for a new contact of Acme (the mail's link is an email sign-in
    // link). A contact of its own, so other suites' invitations cannot interfere.
    const email = `erin.${Date.now()}@acme.test`;
    const contact = adminDb().doc('companies/acme/contacts/e2e-erin');
    await contact.set({ name: 'Erin Park', email, phone: '', title: 'Marketing lead', portal: 'invited', uid: null });
    const invitation = adminDb().collection('invitations').doc();
    await invitation.set({
      email,
      role: 'client',
      companyId: 'acme',
      contactId: 'e2e-erin',
      status: 'pending',
      name: 'Erin Park',
      invitedBy: 'u-ada',
      createdAt: Timestamp.now(),
      expiresAt: Timestamp.fromMillis(Date.now() + 7 * 86_400_000),
    });
    const link = await adminAuth().generateSignInWithEmailLink(email, {
      url: `${baseUrl}/login?invite=${invitation.id}&email=${encodeURIComponent(email)}`,
      handleCodeInApp: true,
    });

    const w = await openPage(browser, baseUrl);
    const { page } = w;
    try {
      await page.goto(link); // the Auth emulator's action page redirects to the app
      await page.waitForURL((url) => url.pathname === '/portal', { timeout: 30_000 });
      await page.getByRole('heading', { name: /, Erin$/ }).waitFor();
      await page.getByRole('list', { name: 'Ongoing tasks' }).waitFor();
      expect((await adminDb().doc(`invitations/${invitation.id}`).get()).get('status')).toBe('accepted');
      expect((await contact.get()).get('portal')).toBe('active');
      expect(w.problems.filter((p) => /permission|insufficient|pageerror/i.test(p))).toEqual([]);
      await signOut(page);
    } finally {
      await w.context.close();
    }
  });
});

describe('staff', () => {
  it('land on the console, not the portal', async () => {
    const w = await openPage(browser, baseUrl);
    const { page } = w;
    try {
      await signIn(page, 'sam@northwind.test');
      await page.waitForURL((url) => url.pathname.startsWith('/console'));
      await page.goto('/portal');
      await page.waitForURL((url) => url.pathname.startsWith('/console'));
    } finally {
      await w.context.close();
    }
  });
});
