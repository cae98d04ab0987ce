/**
 * "View as Acme Corp": Sam opens the real portal pages through a preview session (a second
 * Firebase app signed in with startPreview's token) and sees exactly Carol's projects and no
 * internal Note; the checklist's checks pass against the rules; Sam stays signed in throughout.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminAuth } from '../support/admin';
import { connect, type WatchedPage } from '../support/browser';
import { consoleReady, seriousProblems, signedIn } from '../support/console';

const baseUrl = inject('baseUrl');
let browser: Browser;
let sam: WatchedPage;
let carolProjects: string[] = [];

beforeAll(async () => {
  browser = await connect(inject('wsEndpoint'));
  const carol = await signedIn(browser, baseUrl, 'carol@acme.test');
  try {
    await carol.page.goto('/portal/projects');
    const list = carol.page.getByRole('list', { name: 'Projects' });
    await list.waitFor();
    carolProjects = (await list.locator('.project-name').allInnerTexts()).map((t) => t.trim());
  } finally {
    await carol.context.close();
  }
  sam = await signedIn(browser, baseUrl, 'sam@northwind.test');
});

afterAll(async () => {
  await sam?.context.close();
  await browser?.close();
});

describe('View as Acme Corp', () => {
  it("opens Acme's portal from the company record, under a banner, with the checklist passing", async () => {
    const { page } = sam;
    await page.goto('/console/companies/acme');
    await consoleReady(page);
    await page.getByRole('button', { name: 'View as Acme Corp' }).click();
    await page.waitForURL((url) => url.pathname === '/console/view-as/acme');
    const banner = page.getByRole('region', { name: 'Preview', exact: true });
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.innerText()).toMatch(/Viewing as Acme Corp/);
    await banner.getByRole('button', { name: 'Exit' }).waitFor();
    // The real Portal Home, as the client sees it.
    await page.getByRole('list', { name: 'Ongoing tasks' }).waitFor({ timeout: 20_000 });

    const checklist = page.getByTestId('preview-checklist');
    for (const id of ['projects', 'invoices', 'notes', 'costs']) {
      await checklist.locator(`[data-testid="check-${id}"][data-status="pass"]`).waitFor({ timeout: 30_000 });
    }
    expect(await checklist.innerText()).toContain('4 of 4 checks passed');
  });

  it('shows exactly the projects Carol sees', async () => {
    const { page } = sam;
    expect(carolProjects.length).toBeGreaterThan(0);
    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Projects' }).click();
    await page.waitForURL((url) => url.pathname === '/console/view-as/acme/projects');
    const list = page.getByRole('list', { name: 'Projects' });
    await list.waitFor();
    const seen = (await list.locator('.project-name').allInnerTexts()).map((t) => t.trim());
    expect(seen).toEqual(carolProjects);
    expect(seen).not.toContain('Mobile App');
  });

  it('shows Replies and no internal Note on a task', async () => {
    const { page } = sam;
    await page.goto('/console/view-as/acme/tasks/homepage-design');
    await page.getByRole('heading', { name: 'Homepage design', level: 1 }).waitFor({ timeout: 30_000 });
    await page.getByText('The homepage design is ready for your review').waitFor();
    const text = await page.locator('.cx-preview-stage').innerText();
    expect(text).not.toContain('INTERNAL');
    expect(text).not.toContain('budget is tight');
    // Read-only: no reply composer for a preview.
    expect(await page.getByRole('button', { name: 'Send reply' }).count()).toBe(0);
    expect(seriousProblems(sam.problems)).toEqual([]);
  });

  it('exits back to the console, still signed in as Sam', async () => {
    const { page } = sam;
    await page.getByRole('region', { name: 'Preview', exact: true }).getByRole('button', { name: 'Exit' }).click();
    await page.waitForURL((url) => url.pathname === '/console/companies/acme');
    await consoleReady(page);
    await page.getByRole('heading', { name: /Acme Corp/, level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Account' }).innerText()).toContain('Sam Rivera');
    // The staff session still reads staff data (Notes are staff-only).
    await page.goto('/console/tasks/acme/homepage-design');
    await page.locator('[data-testid="comment"][data-kind="note"]').first().waitFor({ timeout: 20_000 });
  });

  it('an open preview ends when its preview account is disabled (what setUserAccess does when Sam\'s access changes), and opens again', async () => {
    const { page } = sam;
    await page.goto('/console/view-as/acme');
    await page.getByRole('region', { name: 'Preview', exact: true }).waitFor({ timeout: 30_000 });
    const samUid = (await adminAuth().getUserByEmail('sam@northwind.test')).uid;
    await adminAuth().updateUser(`preview:${samUid}:acme`, { disabled: true });

    const ended = page.getByTestId('preview-ended');
    await ended.waitFor({ timeout: 40_000 });
    expect(await ended.innerText()).toContain('This preview has ended');
    expect(await page.getByRole('list', { name: 'Ongoing tasks' }).count()).toBe(0);

    await ended.getByRole('button', { name: 'View as again' }).click();
    await page.getByRole('region', { name: 'Preview', exact: true }).waitFor({ timeout: 30_000 });
    await page.getByRole('list', { name: 'Ongoing tasks' }).waitFor({ timeout: 20_000 });
    expect(seriousProblems(sam.problems)).toEqual([]);
  });
});
