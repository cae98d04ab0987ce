/**
 * Words that say what happens (issue 13): the login page speaks to clients and the team; a
 * "View as" preview says so instead of greeting the company by a first name; Portal Home offers
 * the meeting link once; the access and invitation dialogs say which access the person gets;
 * an already-active contact's invitation refusal names the real place to change access; and
 * marking a task Done first says who will be emailed, with the number onTaskWritten mails.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminAuth, adminDb, FieldValue } from '../support/admin';
import { connect, openPage, type WatchedPage } from '../support/browser';
import { consoleReady, seriousProblems, signedIn } from '../support/console';
import { emulatorEnv } from '../support/env';
import { screenshots } from '../support/portal';

const baseUrl = inject('baseUrl');
const SLOW = { timeout: 30_000 };

let browser: Browser;
let ada: WatchedPage;
let sam: WatchedPage;

beforeAll(async () => {
  browser = await connect(inject('wsEndpoint'));
  ada = await signedIn(browser, baseUrl, 'ada@northwind.test');
  sam = await signedIn(browser, baseUrl, 'sam@northwind.test');
});

afterAll(async () => {
  await Promise.all([ada, sam].map((w) => w?.context.close()));
  await browser?.close();
});

describe('copy', () => {
  it('the login page names the agency and speaks to clients and the team', async () => {
    const w = await openPage(browser, baseUrl);
    try {
      const { page } = w;
      await page.goto('/login');
      const heading = page.getByRole('heading', { level: 1 });
      await expect.poll(() => heading.innerText(), SLOW).toBe('Sign in to Northwind Studio');
      expect(await page.getByTestId('team-hint').innerText()).toContain('On the Northwind Studio team?');
      expect(await page.getByTestId('team-hint').innerText()).toContain('console');
      await screenshots(page, 'login-copy');
    } finally {
      await w.context.close();
    }
  });

  it('a "View as" preview says "Previewing as Acme Corp", not "Good morning, Acme"', async () => {
    const { page } = sam;
    await page.goto('/console/view-as/acme');
    const heading = page.locator('.cx-preview-stage h1');
    await heading.waitFor(SLOW);
    await expect.poll(() => heading.innerText(), SLOW).toBe('Previewing as Acme Corp');
    expect(await page.locator('.cx-preview-stage').innerText()).not.toMatch(/Good (morning|afternoon|evening)/);
    await page.getByRole('list', { name: 'Ongoing tasks' }).waitFor(SLOW);
    await screenshots(page, 'view-as-home');
  });

  it('Portal Home offers the meeting link once (the "Book a check-in" card), not again as "Book a meeting"', async () => {
    const { page } = sam;
    const stage = page.locator('.cx-preview-stage');
    const links = stage.locator('a[href="https://cal.example.com/northwind/check-in"]');
    await stage.getByRole('link', { name: /Book a check-in/ }).waitFor(SLOW);
    expect(await links.count()).toBe(1);
    expect(await stage.getByText('Book a meeting').count()).toBe(0);
  });

  it("the access dialog says what access the contact gets: Carol will get client access to Acme Corp's portal", async () => {
    const { page } = ada;
    await page.goto('/console/companies/acme/contacts');
    await consoleReady(page);
    await page.getByTestId('contact-carol').getByRole('button', { name: 'Actions for Carol Chen' }).click();
    await page.getByRole('menuitem', { name: 'Change role…' }).click();
    const dialog = page.getByRole('dialog', { name: "Change Carol Chen's access" });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByTestId('access-outcome').innerText(), SLOW).toContain("Carol Chen (carol@acme.test) will get client access to Acme Corp's portal");
    await dialog.getByRole('radio', { name: /Staff/ }).check();
    expect(await dialog.innerText()).toContain('will get staff access');
    await dialog.getByRole('radio', { name: /Client/ }).check();
    await screenshots(page, 'console-access-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('the teammate invitation says which access the person gets', async () => {
    const { page } = ada;
    await page.goto('/console/team');
    await page.getByRole('heading', { name: 'Team & rates', level: 1 }).waitFor(SLOW);
    await page.getByRole('button', { name: 'Invite teammate' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Invite a teammate' });
    await dialog.waitFor();
    await dialog.getByLabel('Name (optional)').fill('Lee Park');
    const outcome = dialog.getByTestId('invite-outcome');
    expect(await outcome.innerText()).toMatch(/^Lee Park will get staff access to the console/);
    await dialog.getByLabel('Role').selectOption('admin');
    expect(await outcome.innerText()).toMatch(/^Lee Park will get admin access to the console/);
    await screenshots(page, 'team-invite');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it("inviting a contact who already has access is refused with the real place to change it (the company's Contacts tab)", async () => {
    const message = await callAs('u-ada', 'inviteUser', { role: 'client', companyId: 'acme', contactId: 'carol' });
    expect(message).toContain('Carol Chen already has portal access');
    expect(message).toContain('Contacts');
    expect(message).not.toMatch(/Team (page|→)/);
  });
});

describe('"Marking Done emails …"', () => {
  const extra = adminDb().doc('companies/acme/contacts/e2e-done-extra');
  afterAll(async () => {
    await extra.delete();
    await adminDb().doc('companies/globex/contacts/gina').update({ scopes: FieldValue.delete() });
  });

  it("Sam picks Done on an Acme task: the dialog says it emails Acme Corp's 1 portal contact, and Cancel changes nothing", async () => {
    const { page } = sam;
    await page.goto('/console/tasks/acme/homepage-design');
    await page.getByRole('heading', { name: 'Homepage design', level: 1 }).waitFor(SLOW);
    await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('done');
    const dialog = page.getByRole('dialog', { name: 'Mark “Homepage design” as Done?' });
    await dialog.waitFor();
    const sentence = dialog.getByTestId('done-recipients');
    await expect.poll(() => sentence.innerText(), SLOW).toContain("Marking Done emails Acme Corp's 1 portal contact.");
    expect(await sentence.innerText()).toContain('One email per contact per task and day');
    await screenshots(page, 'console-task-mark-done');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await adminDb().doc('companies/acme/tasks/homepage-design').get()).get('status')).toBe('in_review');
    expect(await page.getByRole('combobox', { name: 'Status', exact: true }).inputValue()).toBe('in_review');
  });

  it('counts what onTaskWritten mails: a second active contact makes 2; one who sees invoices only is not counted', async () => {
    const { page } = sam;
    await extra.set({ name: 'Erin Extra', email: 'erin.extra@acme.test', phone: '', title: '', portal: 'active', uid: 'u-e2e-done-extra' });
    const pick = async (expected: string) => {
      await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Done' }).click();
      const dialog = page.getByRole('dialog', { name: 'Mark “Homepage design” as Done?' });
      await dialog.waitFor();
      await expect.poll(() => dialog.getByTestId('done-recipients').innerText(), SLOW).toContain(expected);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
    };
    await pick("Marking Done emails Acme Corp's 2 portal contacts.");
    await extra.update({ scopes: ['billing'] });
    await pick("Marking Done emails Acme Corp's 1 portal contact.");
  });

  it('the task table asks too; a company whose contacts see invoices only gets "emails no one"', async () => {
    const { page } = sam;
    await adminDb().doc('companies/globex/contacts/gina').update({ scopes: ['billing'] });
    await page.goto('/console/tasks?view=table');
    const select = page.getByLabel('Status of App wireframes');
    await select.waitFor(SLOW);
    await select.selectOption('done');
    const dialog = page.getByRole('dialog', { name: 'Mark “App wireframes” as Done?' });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByTestId('done-recipients').innerText(), SLOW).toMatch(/^Marking Done emails no one \(Globex[^)]* has no active portal contacts who see tasks\)\./);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await select.inputValue()).toBe('in_progress');
    expect(seriousProblems(sam.problems)).toEqual([]);
  });
});

/** Calls a callable function as a user (a custom token exchanged at the Auth emulator); returns the refusal's message, or '' on success. */
async function callAs(uid: string, name: string, data: unknown): Promise<string> {
  const env = emulatorEnv();
  const token = await adminAuth().createCustomToken(uid);
  const signIn = await fetch(`http://${env.auth}/identitytoolkit.googleapis.com/v1/accounts:signInWithCustomToken?key=e2e`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, returnSecureToken: true }),
  });
  const { idToken } = (await signIn.json()) as { idToken: string };
  const response = await fetch(`http://${env.functions}/${env.projectId}/us-central1/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${idToken}` },
    body: JSON.stringify({ data }),
  });
  const body = (await response.json()) as { error?: { message: string } };
  return body.error?.message ?? '';
}
