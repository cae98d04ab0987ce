/**
 * Invoice PDF from the portal: Carol downloads INV-1002 — the file comes from the invoicePdf
 * function with her token and is a real PDF named after the invoice. Gina (Globex) finds no such
 * invoice (the function's own refusals are tested in functions/test/billing/invoicePdf.test.ts).
 * Ada downloads a draft from the console.
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, type WatchedPage } from '../support/browser';
import { seriousProblems, signedIn } from '../support/console';

const baseUrl = inject('baseUrl');
let browser: Browser;
let carol: WatchedPage;

beforeAll(async () => {
  browser = await connect(inject('wsEndpoint'));
  carol = await signedIn(browser, baseUrl, 'carol@acme.test');
});

afterAll(async () => {
  await carol?.context.close();
  await browser?.close();
});

describe('invoice PDF', () => {
  it('Carol downloads INV-1002 as a PDF from its page', async () => {
    const { page } = carol;
    await page.goto('/portal/invoices/inv-1002');
    await page.getByRole('heading', { name: 'Invoice INV-1002', level: 1 }).waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('INV-1002.pdf');
    const path = join(tmpdir(), `agency-os-${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(path);
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(seriousProblems(carol.problems)).toEqual([]);
  });

  it("Gina (Globex) finds no such invoice and no download for Acme's INV-1002", async () => {
    const gina = await signedIn(browser, baseUrl, 'gina@globex.test');
    try {
      await gina.page.goto('/portal/invoices/inv-1002');
      await gina.page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
      expect(await gina.page.locator('main').innerText()).not.toContain('INV-1002');
      expect(await gina.page.getByRole('button', { name: 'Download PDF' }).count()).toBe(0);
    } finally {
      await gina.context.close();
    }
  });

  it('Ada downloads the draft INV-1004 from the console (staff and admins get any invoice)', async () => {
    const ada = await signedIn(browser, baseUrl, 'ada@northwind.test');
    try {
      await ada.page.goto('/console/invoices/acme/inv-1004');
      await ada.page.getByRole('heading', { name: 'INV-1004', level: 1 }).waitFor({ timeout: 30_000 });
      const [download] = await Promise.all([
        ada.page.waitForEvent('download', { timeout: 30_000 }),
        ada.page.getByRole('button', { name: 'Download PDF' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('INV-1004.pdf');
      const path = join(tmpdir(), `agency-os-${Date.now()}-${download.suggestedFilename()}`);
      await download.saveAs(path);
      expect((await readFile(path)).subarray(0, 5).toString()).toBe('%PDF-');
      expect(seriousProblems(ada.problems)).toEqual([]);
    } finally {
      await ada.context.close();
    }
  });
});
