/**
 * Accessibility (issue 13): axe-core on every portal page as Carol, the login page signed out,
 * and every console page (web/src/console/routes.tsx, with their tabs) as Ada (admin) and Sam
 * (staff): no serious or critical violation. Then the keyboard behaviours axe cannot see: the
 * account menu takes focus and moves with the arrow keys, Escape closes it and the mobile
 * drawer, closing "View as" gives focus back to its opener, and a direct load draws no
 * page-sized focus frame.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeFindings, describeFindings, type AxeFinding } from '../support/axe';
import { connect, MOBILE, DESKTOP, openPage, type WatchedPage } from '../support/browser';
import { consoleReady, signedIn } from '../support/console';
import { artifactsDir, DEMO_PORTAL_PAGES } from '../support/portal';

const baseUrl = inject('baseUrl');
const SLOW = { timeout: 30_000 };

let browser: Browser;
let carol: WatchedPage;
let ada: WatchedPage;
let sam: WatchedPage;

beforeAll(async () => {
  browser = await connect(inject('wsEndpoint'));
  carol = await signedIn(browser, baseUrl, 'carol@acme.test');
  ada = await signedIn(browser, baseUrl, 'ada@northwind.test');
  sam = await signedIn(browser, baseUrl, 'sam@northwind.test');
});

afterAll(async () => {
  await Promise.all([carol, ada, sam].map((w) => w?.context.close()));
  await browser?.close();
});

/** Opens a page and waits until its heading is on screen and nothing is loading any more. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('h1').first().waitFor(SLOW);
  await page.waitForFunction(() => !document.querySelector('.loading-block, .skeleton'), null, SLOW);
  await page.waitForTimeout(300);
}

/** Runs axe on each path and reports every finding at once (so one run lists them all). */
async function audit(page: Page, who: string, paths: readonly string[]): Promise<void> {
  const findings: AxeFinding[] = [];
  for (const path of paths) {
    await open(page, path);
    const found = await axeFindings(page, `${who} ${path}`);
    console.log(`[a11y] ${who} ${path}: ${found.length} serious/critical${found.length ? ` (${[...new Set(found.map((f) => f.rule))].join(', ')})` : ''}`);
    findings.push(...found);
  }
  expect(findings, `axe found serious or critical violations:\n${describeFindings(findings)}`).toEqual([]);
}

const PORTAL = Object.values(DEMO_PORTAL_PAGES);

const CONSOLE_STAFF = [
  '/console',
  '/console/companies',
  '/console/companies/acme',
  '/console/companies/acme/contacts',
  '/console/companies/acme/projects',
  '/console/companies/acme/invoices',
  '/console/companies/acme/crm',
  '/console/projects',
  '/console/projects/acme/website-redesign',
  '/console/tasks',
  '/console/tasks?view=table',
  '/console/tasks/acme/homepage-design',
  '/console/time',
  '/console/expenses',
  '/console/budget',
  '/console/workload',
  '/console/outbox',
  '/console/view-as/acme',
];

const CONSOLE_ADMIN = [
  ...CONSOLE_STAFF,
  '/console/invoices',
  '/console/invoices/new',
  '/console/invoices/acme/inv-1004',
  '/console/invoices/acme/inv-1004/edit',
  '/console/revenue',
  '/console/billables',
  '/console/team',
  '/console/settings',
  '/console/settings/portal',
  '/console/settings/integrations',
];

describe('axe: no serious or critical violations', () => {
  it('the login page, signed out', async () => {
    const w = await openPage(browser, baseUrl);
    try {
      await open(w.page, '/login');
      const findings = await axeFindings(w.page, 'signed out /login');
      await w.page.getByRole('button', { name: 'Continue with Google' }).click();
      await w.page.getByRole('dialog', { name: 'Choose an account' }).waitFor();
      findings.push(...(await axeFindings(w.page, 'signed out /login (account chooser)')));
      console.log(`[a11y] signed out /login: ${findings.length} serious/critical`);
      expect(findings, `axe found serious or critical violations:\n${describeFindings(findings)}`).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it("every portal page, as Carol (client of Acme)", async () => {
    await audit(carol.page, 'carol', PORTAL);
  }, 180_000);

  it('every console page, as Ada (admin)', async () => {
    await audit(ada.page, 'ada', CONSOLE_ADMIN);
  }, 400_000);

  it('every console page a staff member may open, and a "Not allowed" page, as Sam (staff)', async () => {
    await audit(sam.page, 'sam', [...CONSOLE_STAFF, '/console/revenue']);
  }, 300_000);

  it('the portal at 360 px, as Carol', async () => {
    const { page } = carol;
    await page.setViewportSize(MOBILE);
    try {
      await audit(page, 'carol 360px', ['/portal', '/portal/tasks/homepage-design', '/portal/invoices/inv-1002']);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  }, 120_000);

  it('the console at 360 px with the navigation drawer open, as Sam', async () => {
    const { page } = sam;
    await page.setViewportSize(MOBILE);
    try {
      await open(page, '/console/tasks');
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).waitFor();
      await page.waitForTimeout(300);
      const findings = await axeFindings(page, 'sam 360px /console/tasks (drawer open)');
      expect(findings, `axe found serious or critical violations:\n${describeFindings(findings)}`).toEqual([]);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  }, 60_000);
});

/** What has focus: its tag, its text (or name), and whether it is the given element. */
async function focused(page: Page): Promise<{ tag: string; text: string; height: number }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase() ?? '', text: (el?.getAttribute('aria-label') || el?.innerText || '').trim(), height: el?.getBoundingClientRect().height ?? 0 };
  });
}

describe('keyboard', () => {
  it('the account menu takes focus, moves with the arrow keys, Home and End, and Escape gives focus back to its button', async () => {
    const { page } = sam;
    await page.goto('/console');
    await consoleReady(page);
    const button = page.getByRole('button', { name: /account/i });
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect((await focused(page)).text).toBe('View as a client…');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).text).toBe('Outbox');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).text).toBe('Sign out');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).text).toBe('View as a client…');
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).text).toBe('Sign out');
    await page.keyboard.press('Home');
    expect((await focused(page)).text).toBe('View as a client…');
    await page.keyboard.press('End');
    expect((await focused(page)).text).toBe('Sign out');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    // ArrowUp on the button opens the menu on its last item.
    await page.keyboard.press('ArrowUp');
    await menu.waitFor();
    expect((await focused(page)).text).toBe('Sign out');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
  });

  it('closing "View as" gives focus back to what opened it (the account menu\'s button, the top bar button)', async () => {
    const { page } = sam;
    await page.goto('/console');
    await consoleReady(page);
    const account = page.getByRole('button', { name: /account/i });
    await account.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('Enter'); // "View as a client…"
    const dialog = page.getByRole('dialog', { name: 'View as a client' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await account.evaluate((el) => el === document.activeElement)).toBe(true);

    const topButton = page.getByRole('button', { name: 'View as…' });
    await topButton.click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await topButton.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('at 360 px the drawer leaves its toggle on screen, takes focus, and Escape closes it', async () => {
    const { page } = sam;
    await page.setViewportSize(MOBILE);
    try {
      await page.goto('/console/tasks');
      await consoleReady(page);
      const toggle = page.getByRole('button', { name: 'Menu' });
      const nav = page.getByRole('navigation', { name: 'Main' });
      // Closed: the off-screen links are out of the tab order.
      expect(await page.locator('#cx-sidebar').evaluate((el) => (el as HTMLElement).inert)).toBe(true);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await page.waitForTimeout(300); // the slide-in
      expect((await focused(page)).text).toBe('Overview');
      // The toggle is not under the drawer: a click at its centre reaches it.
      const box = (await toggle.boundingBox())!;
      expect(await page.evaluate(([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('.cx-nav-toggle'), [box.x + box.width / 2, box.y + box.height / 2])).toBe(true);
      await screenshotAt(page, 'console-drawer-open-360');
      await page.keyboard.press('Escape');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.locator('#cx-sidebar').evaluate((el) => (el as HTMLElement).inert)).toBe(true);
      // And the toggle closes it too.
      await toggle.click();
      await nav.getByRole('link', { name: 'Overview' }).waitFor();
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  it('a direct load focuses nothing; moving to another page focuses its heading, not the whole page', async () => {
    for (const [w, direct, link, heading] of [
      [carol, '/portal/tasks/homepage-design', 'Invoices', 'Invoices'],
      [sam, '/console/tasks/acme/homepage-design', 'Projects', 'Projects'],
    ] as const) {
      const { page } = w;
      await open(page, direct);
      const after = await focused(page);
      expect(after.tag, `direct load of ${direct}`).toBe('body');
      await page.getByRole('navigation', { name: /Portal|Main/ }).getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor(SLOW);
      await expect.poll(async () => (await focused(page)).tag, { timeout: 5000 }).toBe('h1');
      const now = await focused(page);
      expect(now.text).toBe(heading);
      expect(now.height).toBeLessThan(120);
    }
  });
});

async function screenshotAt(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${artifactsDir}${name}.png` });
}
