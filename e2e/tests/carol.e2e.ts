/**
 * A client's whole portal, as carol@acme.test (Acme Corp): exactly Acme's data, never another
 * company's, a draft invoice or an internal Note; replies persist; staff changes arrive live;
 * console URLs give the portal's not-found page without downloading console code.
 */
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminDb, FieldValue, Timestamp } from '../support/admin';
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
    await page.getByRole('heading', { name: 'Sign in to Northwind Studio', level: 1 }).waitFor();
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
    await page.waitForURL((url) => url.pathname === '/portal', { timeout: 10_000 });
    await page.getByRole('heading', { name: /, Carol$/ }).waitFor();
    const text = await mainText(page);
    await page.getByRole('list', { name: 'Ongoing tasks' }).waitFor();
    for (const title of ['View Projects', 'Pay Your Bills', 'Book a check-in']) expect(text).toContain(title);
    expect(text).toContain("See the latest updates on the projects we're working with you");
    expect(text).toContain('View your past and upcoming invoices');
    expect(text).toContain('Everything we are working on together, live.');
    // The meeting link once: the "Book a check-in" card has it, so no second "Book a meeting".
    expect(await page.getByRole('link', { name: /Book a check-in/ }).getAttribute('href')).toBe('https://cal.example.com/northwind/check-in');
    expect(await page.getByRole('link', { name: /Book a meeting/ }).count()).toBe(0);
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

  it("lists Acme's current projects first, the earlier one on demand, with status, timeline and team", async () => {
    const { page } = w;
    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('heading', { name: 'Projects', level: 1 }).waitFor();
    await page.getByRole('list', { name: 'Projects' }).waitFor();
    // Current work: active, then planned. The completed project is not read until asked for.
    expect(await page.locator('.project-name').allInnerTexts()).toEqual(['Website Redesign', 'Brand Refresh']);
    expect(await page.getByRole('button', { name: 'Load more projects' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Earlier projects (1)' }).click();
    await page.getByRole('list', { name: 'Earlier projects' }).waitFor();
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
    // Progress and the count are count() aggregations.
    await page.getByText('1 of 4 tasks done').waitFor();
    const text = await mainText(page);
    expect(text).toContain('A faster, accessible marketing site');
    expectClean(text);
    await screenshots(page, 'project');
  });

  it("lists Acme's tasks: not done by default, soonest due first, filterable by status and project", async () => {
    const { page } = w;
    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Tasks' }).click();
    const list = page.getByRole('list', { name: 'Tasks' });
    await list.waitFor();
    // The page opens on "Not done" (current work first); "All statuses" shows the history too.
    expect(await page.getByLabel('Status').inputValue()).toBe('open');
    await page.getByText('4 tasks').waitFor();
    expect(await list.locator('.task-title').allInnerTexts()).toEqual(['Homepage design', 'CMS setup', 'Contact form and CRM integration', 'Brand workshop']);
    expect(await page.getByRole('button', { name: 'Load more tasks' }).count()).toBe(0);
    expectClean(await mainText(page));
    await screenshots(page, 'tasks');

    await page.getByLabel('Status').selectOption('all');
    await page.getByText('6 tasks').waitFor();
    expect(new URL(page.url()).search).toBe('?status=all');
    // A new filter may show what the cache holds first (issue 12), then the server's answer.
    await expect.poll(() => list.locator('.task-title').allInnerTexts()).toEqual([
      'Campaign results report',
      'Sitemap and content plan',
      'Homepage design',
      'CMS setup',
      'Contact form and CRM integration',
      'Brand workshop',
    ]);

    await page.getByLabel('Status').selectOption('done');
    await page.getByText('2 tasks').waitFor();
    await expect.poll(() => list.locator('.task-title').allInnerTexts()).toEqual(['Campaign results report', 'Sitemap and content plan']);
    expect(new URL(page.url()).search).toBe('?status=done');
    await page.getByLabel('Project').selectOption({ label: 'Brand Refresh' });
    await page.getByText('No tasks match these filters').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText('4 tasks').waitFor();
    expect(new URL(page.url()).search).toBe('');
    await page.getByLabel('Project').selectOption({ label: 'Website Redesign' });
    await page.getByText('3 tasks').waitFor();
    await expect.poll(() => list.locator('.task-title').allInnerTexts()).toEqual(['Homepage design', 'CMS setup', 'Contact form and CRM integration']);
    await page.getByLabel('Status').selectOption('all');
    await page.getByText('4 tasks').waitFor();
    await page.getByLabel('Project').selectOption('all');
    await page.getByText('6 tasks').waitFor();
    await page.getByLabel('Status').selectOption('open');
    await page.getByText('4 tasks').waitFor();
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
    // Queued at once (the composer is empty again), then sent: the server acknowledged the write.
    await page.waitForFunction(() => (document.querySelector('.composer textarea') as HTMLTextAreaElement | null)?.value === '');
    await page.locator('.reply:not([data-pending])', { hasText: body }).waitFor();
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

  it('sees the unpaid INV-1003 and INV-1002 first, the paid INV-1001 on demand, never the draft INV-1004', async () => {
    const { page } = w;
    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Invoices' }).click();
    await page.locator('.invoice-table').waitFor();
    const number = (r: string) => r.split(/\s/)[0];
    // Unpaid, soonest due first (the overdue one is due earliest).
    expect((await page.locator('.invoice-table tbody tr').allInnerTexts()).map(number)).toEqual(['INV-1003', 'INV-1002']);
    // What is outstanding: sum() and count() over the unpaid invoices.
    const summary = page.getByRole('region', { name: 'Summary' });
    await summary.getByText('$26,296.92').waitFor();
    expect(await summary.innerText()).toContain('2 invoices');
    expect(await summary.innerText()).toContain('1 overdue');
    expect(await page.getByRole('button', { name: 'Load more invoices' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Paid invoices (1)' }).click();
    await page.getByRole('heading', { name: 'Paid invoices' }).waitFor();
    await page.locator('.invoice-table tbody tr', { hasText: 'INV-1001' }).waitFor();
    const rows = await page.locator('.invoice-table tbody tr').allInnerTexts();
    expect(rows.map(number)).toEqual(['INV-1003', 'INV-1002', 'INV-1001']);
    const byNumber = Object.fromEntries(rows.map((r) => [number(r), r]));
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

  describe('a grown company: cost follows what a page shows', () => {
    // Extra work for Acme (Admin SDK), removed afterwards so other tests see the seeded demo.
    const EXTRA = 30;
    const ids = Array.from({ length: EXTRA }, (_, i) => `e2e-page-${String(i + 1).padStart(2, '0')}`);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const tasks = () => adminDb().collection('companies/acme/tasks');

    beforeAll(async () => {
      const batch = adminDb().batch();
      ids.forEach((id, i) =>
        batch.set(tasks().doc(id), {
          projectId: 'website-redesign',
          title: `Paging task ${String(i + 1).padStart(2, '0')}`,
          description: '',
          status: 'todo',
          priority: 'low',
          assignee: null,
          dueDate: day(200 + i),
          deliverables: [],
          createdAt: FieldValue.serverTimestamp(),
          updatedAt: FieldValue.serverTimestamp(),
        }),
      );
      // A long thread on the first of them: 55 replies, a minute apart.
      const start = Date.now() - 2 * 86_400_000;
      for (let i = 1; i <= 55; i += 1) {
        batch.set(tasks().doc(`${ids[0]}/replies/r-${String(i).padStart(2, '0')}`), {
          body: `Paging reply ${String(i).padStart(2, '0')}`,
          authorUid: 'u-lee',
          authorName: 'Lee Park',
          authorRole: 'staff',
          createdAt: Timestamp.fromMillis(start + i * 60_000),
        });
      }
      await batch.commit();
    });

    afterAll(async () => {
      for (const id of ids) await adminDb().recursiveDelete(tasks().doc(id));
    });

    const titles = (list: string) => w.page.getByRole('list', { name: list }).locator('.task-title');

    it('Portal Home shows at most 10 ongoing tasks, with "All tasks"', async () => {
      const { page } = w;
      await page.goto('/portal');
      await page.getByRole('list', { name: 'Ongoing tasks' }).waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[aria-label="Ongoing tasks"] .task-title').length === 10);
      const shown = await titles('Ongoing tasks').allInnerTexts();
      expect(shown.slice(0, 4)).toEqual(['Homepage design', 'CMS setup', 'Contact form and CRM integration', 'Brand workshop']);
      expect(shown.slice(4)).toEqual(['Paging task 01', 'Paging task 02', 'Paging task 03', 'Paging task 04', 'Paging task 05', 'Paging task 06']);
      const all = page.getByRole('link', { name: 'All tasks' });
      expect(await all.getAttribute('href')).toBe('/portal/tasks');
      await all.click();
      await page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
    });

    it('Tasks shows a page of 25, counts all 34 without reading them, and "Load more tasks" only while there is more', async () => {
      const { page } = w;
      await page.goto('/portal/tasks');
      await page.getByText('34 tasks').waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[aria-label="Tasks"] .task-title').length === 25);
      const more = page.getByRole('button', { name: 'Load more tasks' });
      await more.waitFor();
      await more.click();
      await page.waitForFunction(() => document.querySelectorAll('[aria-label="Tasks"] .task-title').length === 34);
      const shown = await titles('Tasks').allInnerTexts();
      expect(new Set(shown).size).toBe(34);
      expect(shown.at(-1)).toBe('Paging task 30');
      await more.waitFor({ state: 'detached' });

      // A task added live lands on its page; staff marking one done drops it live.
      await tasks().doc(ids[29]!).update({ status: 'done', updatedAt: FieldValue.serverTimestamp() });
      await page.waitForFunction(() => document.querySelectorAll('[aria-label="Tasks"] .task-title').length === 33);
      await page.getByText('33 tasks').waitFor();
      await tasks().doc(ids[29]!).update({ status: 'todo', updatedAt: FieldValue.serverTimestamp() });
      await page.getByText('34 tasks').waitFor();

      // A filter is a new list: its first page again.
      await page.getByLabel('Status').selectOption('all');
      await page.getByText('36 tasks').waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[aria-label="Tasks"] .task-title').length === 25);
      await page.getByRole('button', { name: 'Load more tasks' }).waitFor();
      await page.getByLabel('Status').selectOption('open');
    });

    it("a project's tasks are paged too; its progress is counted", async () => {
      const { page } = w;
      await page.goto('/portal/projects/website-redesign');
      await page.getByRole('list', { name: 'Project tasks' }).waitFor();
      await page.getByText('1 of 34 tasks done').waitFor();
      expect(await titles('Project tasks').count()).toBe(25);
      await page.getByRole('button', { name: 'Load more tasks' }).click();
      await page.waitForFunction(() => document.querySelectorAll('[aria-label="Project tasks"] .task-title').length === 34);
      // The last page may show first from the device's cache; the button goes once the server
      // has confirmed there is nothing beyond it.
      await page.getByRole('button', { name: 'Load more tasks' }).waitFor({ state: 'detached', timeout: 10_000 });
    });

    it('a thread shows its latest 50 replies, oldest first; "Earlier replies" loads the rest', async () => {
      const { page } = w;
      await page.goto(`/portal/tasks/${ids[0]}`);
      await page.getByRole('heading', { name: 'Paging task 01', level: 1 }).waitFor();
      const bodies = page.locator('.reply-body');
      await page.waitForFunction(() => document.querySelectorAll('.reply-body').length === 50);
      expect(await bodies.first().innerText()).toBe('Paging reply 06');
      expect(await bodies.last().innerText()).toBe('Paging reply 55');
      await page.locator('.thread .count', { hasText: '55' }).waitFor();
      await page.getByRole('button', { name: 'Earlier replies' }).click();
      await page.waitForFunction(() => document.querySelectorAll('.reply-body').length === 55);
      expect(await bodies.first().innerText()).toBe('Paging reply 01');
      expect(await bodies.last().innerText()).toBe('Paging reply 55');
      // gone once the server has confirmed the earliest page is the last
      await page.getByRole('button', { name: 'Earlier replies' }).waitFor({ state: 'detached', timeout: 10_000 });
    });
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
