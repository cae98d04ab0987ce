/**
 * What the design-system tools (issue 11) visit: every portal page as Carol, every console page as
 * the admin Ada and as staff Sam, each at 1280 and 360 px. Not tests: run with `npm run css:shots`
 * and `npm run css:effect` (README, Layout).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { connect, DESKTOP, MOBILE, openPage, type WatchedPage } from '../support/browser';
import { signIn } from '../support/portal';

export type Visit = [name: string, path: string];

const PORTAL: Visit[] = [
  ['p-home', '/portal'],
  ['p-projects', '/portal/projects'],
  ['p-project', '/portal/projects/website-redesign'],
  ['p-tasks', '/portal/tasks'],
  ['p-task', '/portal/tasks/homepage-design'],
  ['p-requests', '/portal/requests'],
  ['p-newreq', '/portal/requests/new'],
  ['p-invoices', '/portal/invoices'],
  ['p-invoice', '/portal/invoices/inv-1002'],
];

const STAFF: Visit[] = [
  ['overview', '/console'],
  ['companies', '/console/companies'],
  ['company', '/console/companies/acme'],
  ['company-contacts', '/console/companies/acme/contacts'],
  ['company-projects', '/console/companies/acme/projects'],
  ['company-crm', '/console/companies/acme/crm'],
  ['company-requests', '/console/companies/acme/requests'],
  ['projects', '/console/projects'],
  ['project', '/console/projects/acme/website-redesign'],
  ['tasks', '/console/tasks'],
  ['task', '/console/tasks/acme/homepage-design'],
  ['requests', '/console/requests'],
  ['time', '/console/time'],
  ['expenses', '/console/expenses'],
  ['budget', '/console/budget'],
  ['workload', '/console/workload'],
  ['outbox', '/console/outbox'],
  ['viewas', '/console/view-as/acme'],
];

const ADMIN: Visit[] = [
  ...STAFF,
  ['company-invoices', '/console/companies/acme/invoices'],
  ['invoices', '/console/invoices'],
  ['invoices-filtered', '/console/invoices?status=overdue&company=acme'],
  ['invoice', '/console/invoices/acme/inv-1002'],
  ['invoice-new', '/console/invoices/new'],
  ['revenue', '/console/revenue'],
  ['billables', '/console/billables'],
  ['team', '/console/team'],
  ['settings', '/console/settings'],
  ['settings-portal', '/console/settings/portal'],
  ['settings-integrations', '/console/settings/integrations'],
];

export const VISITORS: { who: string; email: string; visits: Visit[] }[] = [
  { who: 'carol', email: 'carol@acme.test', visits: PORTAL },
  { who: 'ada', email: 'ada@northwind.test', visits: ADMIN },
  { who: 'sam', email: 'sam@northwind.test', visits: STAFF },
];

/**
 * Registers one case per visit and width: signs each visitor in once, opens each page at 1280 px,
 * then at 360 px, and hands it to `atWidth` there. `finish` runs once all have, before the browser closes.
 */
export function visitEveryPage(atWidth: (page: Page, shot: string) => Promise<void>, finish: () => Promise<void> | void): void {
  let browser: Browser;
  const contexts: WatchedPage[] = [];
  beforeAll(async () => {
    browser = await connect(inject('wsEndpoint'));
  });
  afterAll(async () => {
    await finish();
    await Promise.all(contexts.map((w) => w.context.close()));
    await browser?.close();
  });
  for (const { who, email, visits } of VISITORS) {
    describe(who, () => {
      let page: Page;
      beforeAll(async () => {
        const w = await openPage(browser, inject('baseUrl'));
        contexts.push(w);
        await signIn(w.page, email);
        page = w.page;
      });
      for (const [name, path] of visits) it(name, () => atBothWidths(page, path, (width) => atWidth(page, `${who}-${name}-${width}`)), 120_000);
    });
  }
}

/** The page's data is on screen: its heading, no skeleton, no "Checking with the server". */
async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('.loading-block, .skeleton'), null, { timeout: 30_000 });
  await page.waitForLoadState('load');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(() => !document.body.innerText.includes('Checking with the server'), null, { timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(600);
}

/** Opens `path` at 1280 px, runs `atWidth` there, then again at 360 px. */
async function atBothWidths(page: Page, path: string, atWidth: (width: 1280 | 360) => Promise<void>): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await page.goto(path);
  await settled(page);
  await page.mouse.move(1, 1);
  await atWidth(1280);
  await page.setViewportSize(MOBILE);
  await page.waitForTimeout(300);
  await atWidth(360);
}
