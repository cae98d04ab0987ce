/**
 * A client's whole portal, as carol@acme.test (Acme Corp): exactly Acme's data, never another
 * company's, a draft invoice or an internal Note; replies persist; staff changes arrive live;
 * console URLs give the portal's not-found page without downloading console code.
 */
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminDb, FieldValue } from '../support/admin';
import { connect, openPage, type WatchedPage } from '../support/browser';
import { artifactsDir, consoleFiles, gzipJsBytes, mainText, screenshots, settle, signIn, signOut } from '../support/portal';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

/** Text that must never reach Carol's browser. */
const FORBIDDEN = ['INTERNAL', 'Globex', 'Mobile App', 'App wireframes', 'INV-1004', 'INV-2001', 'Initech', 'budget'];

function expectClean(text: string) {
  for (const word of FORBIDDEN) expect(text, `page shows "${word}"`).not.toContain(word);
}

let browser: Browser;
let w: WatchedPage;
const sizes: Record<string, { files: string[]; bytes: number }> = {};

beforeAll(async () => {
  browser = await connect(inject('wsEndpoint'));
  w = await openPage(browser, baseUrl);
});

afterAll(async () => {
  writeFileSync(`${artifactsDir}first-load-js.json`, JSON.stringify(sizes, null, 2));
  await w?.context.close();
  await browser?.close();
});

describe('Carol (client of Acme Corp)', () => {
  it('sees the branded login page without downloading Firestore', async () => {
    const { page, requests } = w;
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Sign in to your client portal' }).waitFor();
    await page.getByText('Northwind Studio').first().waitFor();
    await page.waitForLoadState('networkidle');
    const brand = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim());
    expect(brand).toBe('#3b5bdb');
    sizes.login = gzipJsBytes(distDir, requests);
    expect(requests.some((u) => u.includes('google.firestore.v1.Firestore'))).toBe(false);
    await screenshots(page, 'login');
    await page.getByRole('button', { name: 'Continue with Google' }).click();
    await page.getByRole('dialog', { name: 'Choose an account' }).waitFor();
    await screenshots(page, 'login-chooser');
    await page.keyboard.press('Escape');
  });

  it('signs in with Google (the emulator chooser) and lands on Portal Home', async () => {
    const { page, requests } = w;
    const before = requests.length;
    await signIn(page, 'carol@acme.test');
    expect(new URL(page.url()).pathname).toBe('/portal');
    await page.getByRole('heading', { name: /, Carol$/ }).waitFor();
    const text = await mainText(page);
    await page.getByRole('list', { name: 'Ongoing tasks' }).waitFor();
    for (const title of ['View Projects', 'Pay Your Bills', 'Book a check-in']) expect(text).toContain(title);
    expect(text).toContain("See the latest updates on the projects we're working with you");
    expect(text).toContain('View your past and upcoming invoices');
    expect(text).toContain('Everything we are working on together, live.');
    expect(await page.getByRole('link', { name: /Book a meeting/ }).getAttribute('href')).toBe('https://cal.example.com/northwind/check-in');
    // Ongoing = not done, soonest due first.
    const ongoing = await page.getByRole('list', { name: 'Ongoing tasks' }).locator('.task-title').allInnerTexts();
    expect(ongoing).toEqual(['Homepage design', 'CMS setup', 'Contact form and CRM integration', 'Brand workshop']);
    expectClean(await page.locator('body').innerText());
    expect(requests.length).toBeGreaterThan(before);
    await screenshots(page, 'portal-home');

    // First load of /portal for a signed-in client: a fresh tab of the same session.
    const tab = await w.context.newPage();
    const loaded: string[] = [];
    tab.on('request', (r) => loaded.push(r.url()));
    await tab.goto('/portal');
    await tab.getByRole('list', { name: 'Ongoing tasks' }).waitFor();
    await settle(tab);
    sizes.portal = gzipJsBytes(distDir, loaded);
    await tab.close();
  });

  it("lists exactly Acme's three projects, with status, timeline and team", async () => {
    const { page } = w;
    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('heading', { name: 'Projects', level: 1 }).waitFor();
    await page.getByRole('list', { name: 'Projects' }).waitFor();
    const names = await page.locator('.project-name').allInnerTexts();
    expect(names).toEqual(['Website Redesign', 'Brand Refresh', 'Q1 Campaign']);
    const text = await mainText(page);
    for (const word of ['Active', 'Planned', 'Completed', 'Sam Rivera', 'Lee Park']) expect(text).toContain(word);
    expectClean(text);
    await screenshots(page, 'projects');
  });

  it('opens a project: details, its tasks and its Reply thread, no Notes', async () => {
    const { page } = w;
    await page.getByRole('link', { name: 'Website Redesign' }).click();
    await page.getByRole('heading', { name: 'Website Redesign', level: 1 }).waitFor();
    await page.getByRole('list', { name: 'Project tasks' }).waitFor();
    await page.getByText('Milestone 2 is under way').waitFor();
    const tasks = await page.getByRole('list', { name: 'Project tasks' }).locator('.task-title').allInnerTexts();
    expect(tasks).toEqual(['Sitemap and content plan', 'Homepage design', 'CMS setup', 'Contact form and CRM integration']);
    const text = await mainText(page);
    expect(text).toContain('A faster, accessible marketing site');
    expectClean(text);
    await screenshots(page, 'project');
  });

  it("lists Acme's tasks across projects, sorted by due date, filterable by status and project", async () => {
    const { page } = w;
    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Tasks' }).click();
    const list = page.getByRole('list', { name: 'Tasks' });
    await list.waitFor();
    await page.getByText('6 tasks').waitFor();
    expect(await list.locator('.task-title').allInnerTexts()).toEqual([
      'Campaign results report',
      'Sitemap and content plan',
      'Homepage design',
      'CMS setup',
      'Contact form and CRM integration',
      'Brand workshop',
    ]);
    expectClean(await mainText(page));
    await screenshots(page, 'tasks');

    await page.getByLabel('Status').selectOption('done');
    await page.getByText('2 tasks').waitFor();
    expect(await list.locator('.task-title').allInnerTexts()).toEqual(['Campaign results report', 'Sitemap and content plan']);
    expect(new URL(page.url()).search).toBe('?status=done');
    await page.getByLabel('Project').selectOption({ label: 'Brand Refresh' });
    await page.getByText('No tasks match these filters').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText('6 tasks').waitFor();
    await page.getByLabel('Project').selectOption({ label: 'Website Redesign' });
    await page.getByText('4 tasks').waitFor();
    await page.getByLabel('Project').selectOption('all');
  });

  it('opens a task: description, status, deliverables in a new tab, replies without Notes', async () => {
    const { page } = w;
    await page.getByRole('link', { name: 'Homepage design' }).click();
    await page.getByRole('heading', { name: 'Homepage design', level: 1 }).waitFor();
    await page.getByText('Looks great! Could we try a bolder headline').waitFor();
    const deliverable = page.getByRole('link', { name: /Homepage mockups \(Figma\)/ });
    expect(await deliverable.getAttribute('target')).toBe('_blank');
    expect(await deliverable.getAttribute('rel')).toContain('noopener');
    expect(await deliverable.getAttribute('href')).toBe('https://www.figma.com/file/acme-homepage');
    const text = await mainText(page);
    expect(text).toContain('Design the new homepage');
    expect(text).toContain('In review');
    expect(text).toContain('The homepage design is ready for your review');
    expectClean(text);
    await screenshots(page, 'task');
  });

  it('posts a Reply that is still there after a reload, and edits it', async () => {
    const { page } = w;
    const body = `Approved — ship it! (${Date.now()})`;
    await page.getByLabel('Add a reply').fill(body);
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.locator('.reply-body', { hasText: body }).waitFor();
    // Sent (the server acknowledged the write): the composer is empty again.
    await page.waitForFunction(() => (document.querySelector('.composer textarea') as HTMLTextAreaElement | null)?.value === '');
    await page.reload();
    await page.locator('.reply-body', { hasText: body }).waitFor();
    const mine = page.locator('.reply', { hasText: body });
    expect(await mine.innerText()).toContain('Carol Chen');

    await mine.getByRole('button', { name: 'Edit your reply' }).click();
    await mine.getByLabel('Edit your reply').fill(`${body} Edited.`);
    await mine.getByRole('button', { name: 'Save' }).click();
    await page.locator('.reply-body', { hasText: `${body} Edited.` }).waitFor();
    await page.locator('.reply', { hasText: `${body} Edited.` }).getByText('(edited)').waitFor();
    // Replies by others have no Edit button.
    expect(await page.locator('.reply', { hasText: 'The homepage design is ready' }).getByRole('button').count()).toBe(0);
  });

  it('sees a task marked done by staff change on the open page, without a reload', async () => {
    const { page } = w;
    await page.goto('/portal/tasks/cms-setup');
    await page.getByRole('heading', { name: 'CMS setup', level: 1 }).waitFor();
    const status = page.locator('.task-status');
    expect(await status.innerText()).toContain('In progress');
    await page.evaluate(() => {
      (window as unknown as { __noReload: boolean }).__noReload = true;
    });
    await adminDb().doc('companies/acme/tasks/cms-setup').update({ status: 'done', updatedAt: FieldValue.serverTimestamp() });
    await page.waitForFunction(() => document.querySelector('.task-status')?.textContent?.includes('Done'), null, { timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

    // Portal Home's ongoing list drops it live, too.
    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Home' }).click();
    await page.getByRole('list', { name: 'Ongoing tasks' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[aria-label="Ongoing tasks"] .task-title').length === 3);
    await adminDb().doc('companies/acme/tasks/contact-form').update({ status: 'in_progress', updatedAt: FieldValue.serverTimestamp() });
    await adminDb().doc('companies/acme/tasks/cms-setup').update({ status: 'in_progress', updatedAt: FieldValue.serverTimestamp() });
    await page.waitForFunction(() => document.querySelectorAll('[aria-label="Ongoing tasks"] .task-title').length === 4);
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  });

  it('sees INV-1001..1003 with Paid / Pending / Overdue, never the draft INV-1004', async () => {
    const { page } = w;
    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Invoices' }).click();
    await page.locator('.invoice-table').waitFor();
    const rows = await page.locator('.invoice-table tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split(/\s/)[0])).toEqual(['INV-1002', 'INV-1003', 'INV-1001']);
    const byNumber = Object.fromEntries(rows.map((r) => [r.split(/\s/)[0], r]));
    expect(byNumber['INV-1001']).toContain('Paid');
    expect(byNumber['INV-1002']).toContain('Pending');
    expect(byNumber['INV-1003']).toContain('Overdue');
    expect(byNumber['INV-1002']).toContain('$12,960.00');
    const text = await mainText(page);
    expect(text.toLowerCase()).toContain('outstanding');
    expectClean(text);
    await screenshots(page, 'invoices');
  });

  it('opens an invoice: line items, subtotal, tax, total, amount paid, and Pay now', async () => {
    const { page } = w;
    await page.getByRole('link', { name: 'INV-1003' }).click();
    await page.getByRole('heading', { name: 'Invoice INV-1003' }).waitFor();
    const text = await mainText(page);
    for (const s of ['Website Redesign — milestone 1 of 3', 'Stock photography', 'Subtotal', '$12,349.00', 'Tax', '$987.92', 'Total', '$13,336.92', 'Amount paid', '$0.00', 'Overdue']) {
      expect(text).toContain(s);
    }
    await page.getByRole('button', { name: /Pay now · \$13,336\.92/ }).waitFor();
    await screenshots(page, 'invoice');

    await page.goto('/portal/invoices/inv-1001');
    await page.getByRole('heading', { name: 'Invoice INV-1001' }).waitFor();
    expect(await mainText(page)).toContain('Paid');
    expect(await page.getByRole('button', { name: /Pay now/ }).count()).toBe(0);

    await page.goto('/portal/invoices/inv-1002?checkout=cancelled');
    await page.getByText("Payment cancelled. You haven't been charged.").waitFor();
  });

  it("gets not-found for a draft invoice and for another company's records", async () => {
    const { page } = w;
    await page.goto('/portal/invoices/inv-1004');
    await page.getByRole('heading', { name: "This invoice isn't available" }).waitFor();
    expectClean(await page.locator('body').innerText());
    await page.goto('/portal/tasks/app-wireframes');
    await page.getByRole('heading', { name: "This task isn't available" }).waitFor();
    await page.goto('/portal/projects/mobile-app');
    await page.getByRole('heading', { name: "This project isn't available" }).waitFor();
    await page.goto('/portal/nowhere');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await screenshots(page, 'not-found');
  });

  it('typing a /console URL gives the portal not-found page, and no console code is downloaded', async () => {
    const { page, requests } = w;
    for (const path of ['/console', '/console/companies', '/console/settings']) {
      await page.goto(path);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
      await page.getByRole('navigation', { name: 'Portal' }).waitFor();
    }
    await settle(page);
    const files = consoleFiles(distDir);
    expect(files.length).toBeGreaterThan(0);
    const fetched = requests.map((u) => new URL(u).pathname.slice(1));
    expect(fetched.filter((f) => files.includes(f))).toEqual([]);
  });

  it('made no denied or failing data call along the way', () => {
    expect(w.problems.filter((p) => /permission|insufficient|FirebaseError|pageerror/i.test(p))).toEqual([]);
  });

  it('signs out', async () => {
    const { page } = w;
    await page.goto('/portal');
    await page.getByRole('heading', { name: /, Carol$/ }).waitFor();
    await signOut(page);
    await page.getByRole('button', { name: 'Continue with Google' }).waitFor();
    await page.goto('/portal/tasks');
    await page.waitForURL((url) => url.pathname === '/login');
  });
});
