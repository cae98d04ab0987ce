/**
 * The console's bounded pickers (issue 10): in the New task dialog Sam finds the company and the
 * project by typing (the search index, a few at a time), picks with the mouse and with the
 * keyboard, and Escape closes the list without closing the dialog. The task is created in the
 * project picked; the Tasks page's project filter is a picker too.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminDb } from '../support/admin';
import { consoleReady, seriousProblems, signedIn } from '../support/console';
import { connect, type WatchedPage } from '../support/browser';
import { recordWriteTraffic } from '../support/writeTraffic';

const baseUrl = inject('baseUrl');
const SLOW = { timeout: 30_000 };
const TASK_PAGE = /\/console\/tasks\/acme\/[^/]+$/;
const TITLE = `E2E picker task ${Date.now()}`;

let browser: Browser;
let sam: WatchedPage;

beforeAll(async () => {
  browser = await connect(inject('wsEndpoint'));
  sam = await signedIn(browser, baseUrl, 'sam@northwind.test');
});

afterAll(async () => {
  const made = await adminDb().collection('companies/acme/tasks').where('title', '==', TITLE).get();
  await Promise.all(made.docs.map((d) => d.ref.delete()));
  await sam?.context.close();
  await browser?.close();
});

describe('pickers', () => {
  // One retry: in about one full CI run of three the task is written but its page does not come
  // within 30 s (cause not found yet). Each miss prints its report (below) even when the retry
  // passes, so the runs that hit it say what the page and the Write channel showed.
  it('Sam creates a task, finding its company and project by typing', { retry: 1, timeout: 150_000 }, async () => {
    const { page } = sam;
    await page.goto('/console/tasks');
    await consoleReady(page);
    await page.getByRole('button', { name: 'New task' }).click();
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await dialog.waitFor(SLOW);

    // Company: type, then pick with the mouse. Escape closes the list, not the dialog.
    const company = dialog.getByRole('combobox', { name: 'Company' });
    await company.fill('acm');
    const companies = dialog.getByRole('listbox', { name: 'Company' });
    await companies.getByRole('option', { name: 'Acme Corp', exact: true }).waitFor(SLOW);
    await company.press('Escape');
    await companies.waitFor({ state: 'hidden' });
    expect(await dialog.isVisible()).toBe(true);
    await company.fill('acme');
    await companies.getByRole('option', { name: 'Acme Corp', exact: true }).click();
    await expect.poll(() => company.inputValue(), SLOW).toBe('Acme Corp');

    // Project: type, then pick with the keyboard (the best match is first).
    const project = dialog.getByRole('combobox', { name: 'Project' });
    await project.fill('website redes');
    const projects = dialog.getByRole('listbox', { name: 'Project' });
    await projects.getByRole('option', { name: 'Website Redesign', exact: true }).waitFor(SLOW);
    // the typed text narrows the list (its answer may come after the unfiltered one)
    await expect.poll(() => projects.getByRole('option').allInnerTexts(), SLOW).toEqual(['Website Redesign']);
    await project.press('Enter');
    await expect.poll(() => project.inputValue(), SLOW).toBe('Website Redesign');
    expect(await dialog.isVisible()).toBe(true); // Enter picked; it did not submit

    await dialog.getByLabel('Title').fill(TITLE);
    const writeTraffic = await recordWriteTraffic(page);
    const clicked = Date.now();
    await dialog.getByRole('button', { name: 'Create task' }).click();
    // On a miss, say what the page showed: the dialog's text (an error?) and the browser's errors.
    await page.waitForURL(TASK_PAGE, SLOW).catch(async (error: unknown) => {
      // One line: the CI summary shows a failure's first line only.
      const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ⏎ ');
      const button = dialog.locator('button[type=submit]');
      const shown = (await dialog.isVisible())
        ? `the dialog still open (title field: "${await dialog.getByLabel('Title').inputValue()}", button "${await button.innerText()}" ${(await button.isDisabled()) ? 'disabled' : 'enabled'}): ${oneLine(await dialog.innerText())}`
        : 'the dialog closed';
      const written = await adminDb().collection('companies/acme/tasks').where('title', '==', TITLE).get();
      // Late, or never? Another minute tells a slow acknowledgement from a lost one.
      const late = Date.now();
      const later = await page.waitForURL(TASK_PAGE, { timeout: 60_000 }).then(
        () => `it came ${Math.round((Date.now() - late) / 1000) + 30} s after the click`,
        () => 'nor in the minute after',
      );
      const report = `no task page at ${page.url()} within 30 s, ${later}; ${shown}; tasks written with this title: ${written.size}; page ${await page.evaluate(() => document.visibilityState)}; Firestore Write channel since the click: ${writeTraffic(clicked)}; browser errors: ${oneLine(JSON.stringify(sam.problems))}`;
      console.warn(`[pickers] missed the task page: ${report}`);
      await Promise.all(written.docs.map((d) => adminDb().recursiveDelete(d.ref))); // the retry starts from none
      throw new Error(report, { cause: error });
    });
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor(SLOW);
    const made = await adminDb().collection('companies/acme/tasks').where('title', '==', TITLE).get();
    expect(made.docs.map((d) => d.data().projectId)).toEqual(['website-redesign']);
    expect(seriousProblems(sam.problems)).toEqual([]);
  });

  it('the Tasks page filters by a project picked by name', async () => {
    const { page } = sam;
    await page.goto('/console/tasks?company=acme&view=table');
    await consoleReady(page);
    const project = page.getByRole('combobox', { name: 'Project', exact: true });
    await expect.poll(() => project.inputValue(), SLOW).toBe('All projects');
    await project.fill('brand');
    await page.getByRole('listbox', { name: 'Project' }).getByRole('option', { name: 'Brand Refresh', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('project') === 'brand-refresh', SLOW);
    await expect.poll(() => project.inputValue(), SLOW).toBe('Brand Refresh');
  });
});
