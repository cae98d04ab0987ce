/**
 * Navigation by role: staff (Sam) see no rates, revenue, settings, invoices or team management,
 * in the navigation or by URL; admins (Ada) see and open them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../support/browser';
import { consoleReady, navLabels, seriousProblems, signedIn } from '../support/console';

const baseUrl = inject('baseUrl');
const ADMIN_ONLY_NAV = ['Revenue', 'Settings', 'Team & rates', 'Invoices', 'Billables'];
const ADMIN_ONLY_URLS = ['/console/revenue', '/console/settings', '/console/team', '/console/invoices', '/console/billables'];

let browser: Browser;

beforeAll(async () => {
  browser = await connect(inject('wsEndpoint'));
});

afterAll(async () => {
  await browser?.close();
});

describe('staff (Sam)', () => {
  it('land on the console and see the work areas but no admin areas in the navigation', async () => {
    const w = await signedIn(browser, baseUrl, 'sam@northwind.test');
    try {
      const { page } = w;
      await page.waitForURL((url) => url.pathname === '/console');
      const labels = await navLabels(page);
      for (const label of ['Overview', 'Companies', 'Projects', 'Tasks', 'Outbox']) expect(labels).toContain(label);
      for (const label of ADMIN_ONLY_NAV) expect(labels).not.toContain(label);
      expect(await page.locator('.cx-sidebar').innerText()).toContain('No rates, revenue or settings');
    } finally {
      await w.context.close();
    }
  });

  it('cannot open rates, revenue or settings by URL', async () => {
    const w = await signedIn(browser, baseUrl, 'sam@northwind.test');
    try {
      const { page } = w;
      for (const url of ADMIN_ONLY_URLS) {
        await page.goto(url);
        await consoleReady(page);
        await page.getByText(/Not allowed/).first().waitFor({ timeout: 15_000 });
        const text = await page.locator('main').innerText();
        expect(text, url).not.toMatch(/hourly rate|cost rate/i);
      }
      await page.goto('/console/settings/integrations');
      await page.getByText(/Not allowed/).first().waitFor();
      expect(seriousProblems(w.problems)).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

describe('admin (Ada)', () => {
  it('sees and opens the admin areas', async () => {
    const w = await signedIn(browser, baseUrl, 'ada@northwind.test');
    try {
      const { page } = w;
      const labels = await navLabels(page);
      for (const label of ADMIN_ONLY_NAV) expect(labels).toContain(label);
      for (const url of ['/console/revenue', '/console/settings', '/console/team']) {
        await page.goto(url);
        await consoleReady(page);
        await page.locator('main h1').first().waitFor({ timeout: 20_000 });
        expect(await page.locator('main').innerText(), url).not.toContain('Not allowed');
      }
    } finally {
      await w.context.close();
    }
  });

  it('finds a company, a project and a task with the global search', async () => {
    const w = await signedIn(browser, baseUrl, 'ada@northwind.test');
    try {
      const { page } = w;
      await consoleReady(page);
      const search = page.getByRole('combobox', { name: 'Search companies, projects and tasks' });
      await search.fill('homepage');
      const results = page.getByRole('listbox', { name: 'Search results' });
      await results.getByRole('option', { name: /Homepage design/ }).waitFor({ timeout: 20_000 });
      await search.fill('glob');
      await results.getByRole('option', { name: /Globex/ }).first().waitFor();
      await search.fill('redesign');
      await results.getByRole('option', { name: 'Website Redesign Acme Corp', exact: true }).first().click();
      await page.waitForURL((url) => url.pathname === '/console/projects/acme/website-redesign');
      await page.getByRole('heading', { name: /Website Redesign/, level: 1 }).waitFor();
    } finally {
      await w.context.close();
    }
  });
});
