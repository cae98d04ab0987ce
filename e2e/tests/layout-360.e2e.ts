/**
 * 360 px (issue 13): no page scrolls sideways on a small phone. Every portal page as Carol and
 * every console page (web/src/console/routes.tsx, with the settings and company tabs, the invoices
 * list with its filters, an invoice, a task with Deliverables) as the admin Ada and as staff Sam,
 * at a 360 px wide viewport: neither the document nor the main landmark is wider than the screen.
 * Wide content (tables, code) scrolls inside its own container or folds. The pages that used to
 * overflow leave a 360 px screenshot in e2e/artifacts/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, MOBILE, openPage, type WatchedPage } from '../support/browser';
import { artifactsDir, signIn } from '../support/portal';

const baseUrl = inject('baseUrl');

interface Visit {
  name: string;
  path: string;
  /** e2e/artifacts/<shot>.png, taken at 360 px */
  shot?: string;
}

const PORTAL: Visit[] = [
  { name: 'Portal home', path: '/portal' },
  { name: 'Portal projects', path: '/portal/projects' },
  { name: 'Portal project', path: '/portal/projects/website-redesign' },
  { name: 'Portal tasks', path: '/portal/tasks' },
  { name: 'Portal task', path: '/portal/tasks/homepage-design' },
  { name: 'Portal requests', path: '/portal/requests' },
  { name: 'Portal new request', path: '/portal/requests/new' },
  { name: 'Portal invoices', path: '/portal/invoices' },
  { name: 'Portal invoice', path: '/portal/invoices/inv-1002' },
];

/** Pages both staff and admins open. */
const STAFF: Visit[] = [
  { name: 'Overview', path: '/console' },
  { name: 'Companies', path: '/console/companies' },
  { name: 'Company', path: '/console/companies/acme' },
  { name: 'Company → Contacts', path: '/console/companies/acme/contacts' },
  { name: 'Company → Projects', path: '/console/companies/acme/projects' },
  { name: 'Company → CRM', path: '/console/companies/acme/crm' },
  { name: 'Company → Requests', path: '/console/companies/acme/requests' },
  { name: 'Projects', path: '/console/projects' },
  { name: 'Project', path: '/console/projects/acme/website-redesign' },
  { name: 'Tasks', path: '/console/tasks' },
  { name: 'Task with Deliverables', path: '/console/tasks/acme/homepage-design', shot: 'console-task-360' },
  { name: 'Requests', path: '/console/requests' },
  { name: 'Time', path: '/console/time' },
  { name: 'Expenses', path: '/console/expenses' },
  { name: 'Budget health', path: '/console/budget' },
  { name: 'Workload', path: '/console/workload' },
  { name: 'Outbox', path: '/console/outbox' },
  { name: 'View as Acme', path: '/console/view-as/acme' },
];

const ADMIN: Visit[] = [
  ...STAFF,
  { name: 'Company → Invoices', path: '/console/companies/acme/invoices' },
  { name: 'Invoices', path: '/console/invoices', shot: 'console-invoices-360' },
  { name: 'Invoices filtered (overdue, Acme)', path: '/console/invoices?status=overdue&company=acme' },
  { name: 'Invoice', path: '/console/invoices/acme/inv-1002' },
  { name: 'New invoice', path: '/console/invoices/new' },
  { name: 'Revenue', path: '/console/revenue' },
  { name: 'Billables', path: '/console/billables' },
  { name: 'Team & rates', path: '/console/team' },
  { name: 'Settings → General', path: '/console/settings' },
  { name: 'Settings → Portal Home', path: '/console/settings/portal' },
  { name: 'Settings → Integrations', path: '/console/settings/integrations', shot: 'console-integrations-360' },
];

let browser: Browser;
const contexts: WatchedPage[] = [];

beforeAll(async () => {
  browser = await connect(inject('wsEndpoint'));
});

afterAll(async () => {
  await Promise.all(contexts.map((w) => w.context.close()));
  await browser?.close();
});

async function signedInAt360(email: string): Promise<Page> {
  const w = await openPage(browser, baseUrl);
  contexts.push(w);
  await signIn(w.page, email);
  await w.page.setViewportSize(MOBILE);
  return w.page;
}

/** How far the document and the main landmark reach past the viewport's width, in px. */
async function overflow(page: Page): Promise<{ document: number; main: number }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const main = document.querySelector('main');
    return {
      document: root.scrollWidth - root.clientWidth,
      main: main ? main.scrollWidth - main.clientWidth : 0,
    };
  });
}

async function visit(page: Page, { path, shot }: Visit): Promise<{ document: number; main: number }> {
  await page.goto(path);
  await page.locator('h1').first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('.loading-block, .skeleton'), null, { timeout: 30_000 });
  await page.waitForTimeout(150);
  if (shot) await page.screenshot({ path: `${artifactsDir}${shot}.png`, fullPage: true });
  return overflow(page);
}

function expectFits(name: string, path: string, measured: { document: number; main: number }) {
  expect(measured.document, `${name} (${path}) scrolls sideways at 360 px: the page is ${measured.document} px too wide`).toBeLessThanOrEqual(0);
  expect(measured.main, `${name} (${path}): its main area is ${measured.main} px wider than the screen at 360 px`).toBeLessThanOrEqual(0);
}

describe('360 px: no page scrolls sideways', () => {
  describe('portal, as Carol (client)', () => {
    let page: Page;
    beforeAll(async () => {
      page = await signedInAt360('carol@acme.test');
    });
    for (const v of PORTAL) {
      it(v.name, async () => expectFits(v.name, v.path, await visit(page, v)));
    }
  });

  describe('console, as Ada (admin)', () => {
    let page: Page;
    beforeAll(async () => {
      page = await signedInAt360('ada@northwind.test');
    });
    for (const v of ADMIN) {
      it(v.name, async () => expectFits(v.name, v.path, await visit(page, v)));
    }
  });

  describe('console, as Sam (staff)', () => {
    let page: Page;
    beforeAll(async () => {
      page = await signedInAt360('sam@northwind.test');
    });
    for (const v of STAFF) {
      it(v.name, async () => expectFits(v.name, v.path, await visit(page, { ...v, shot: undefined })));
    }
  });
});
