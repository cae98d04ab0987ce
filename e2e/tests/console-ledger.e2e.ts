/**
 * The console's ledgers, bounded (issue 10), in Chromium against the seeded emulators:
 * - Time (Sam, staff): the list is this week's entries, newest first, 20 at a time with "More
 *   entries"; "Your week" and the day totals come from the week's rollup, which Functions keep
 *   as entries are written (not a read of every entry), and follow a new entry live; the
 *   previous week is another period.
 * - Expenses (Ada, admin): 20 at a time, newest first; the category filter runs in the query and
 *   pages too; the totals (all time, per category) are count()/sum() per currency.
 * - Projects (Ada): each row's progress is the project's rollup (tasks, done tasks), which
 *   Functions keep as tasks are written: a task added elsewhere moves the bar without a reload.
 * What these tests add is removed afterwards: other files expect the demo as seeded.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminDb } from '../support/admin';
import { connect, MOBILE, type WatchedPage } from '../support/browser';
import { signedIn, seriousProblems } from '../support/console';

const baseUrl = inject('baseUrl');
const SLOW = { timeout: 30_000 };
const DAY = 86_400_000;

let browser: Browser;
let sam: WatchedPage;
let ada: WatchedPage;

/** Monday of the current ISO week (UTC, as the browser contexts run in UTC). */
function monday(): string {
  const now = new Date();
  const offset = (now.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - offset * DAY).toISOString().slice(0, 10);
}
const plusDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
/** As the console shows durations (console/lib/dates.ts formatMinutes). */
function hours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (minutes === 0) return '0h';
  if (h === 0) return `${m}m`;
  return m === 0 ? `${h}h` : `${h}h ${m}m`;
}
const rows = (page: Page) => page.locator('main table.cx-data-table tbody tr');

const ENTRIES = 22;
const EXPENSES = 21;
/** added to Globex's Mobile App during the Projects test */
const PROGRESS_TASK = 'companies/globex/tasks/e2e-ledger-progress';
/** written during the Time test, after the page has its totals */
const LIVE_ENTRY = 'e2e-ledger-te-live';
const entryIds = Array.from({ length: ENTRIES }, (_, i) => `e2e-ledger-te-${String(i).padStart(2, '0')}`);
const expenseIds = Array.from({ length: EXPENSES }, (_, i) => `e2e-ledger-ex-${String(i).padStart(2, '0')}`);

beforeAll(async () => {
  browser = await connect(inject('wsEndpoint'));
  const db = adminDb();
  const week = monday();
  const batch = db.batch();
  entryIds.forEach((id, i) =>
    batch.set(db.doc(`timeEntries/${id}`), {
      uid: 'u-sam', companyId: 'acme', projectId: 'website-redesign', taskId: null, date: week, minutes: 15, billable: i % 2 === 0, note: `ledger-e2e ${i}`,
    }),
  );
  expenseIds.forEach((id, i) =>
    batch.set(db.doc(`expenses/${id}`), {
      companyId: 'acme', projectId: null, amount: 1000, currency: 'GBP', category: 'hardware', date: plusDays(week, -7 - (i % 5)), createdBy: 'u-ada', description: `ledger-e2e expense ${i}`,
    }),
  );
  await batch.commit();
  sam = await signedIn(browser, baseUrl, 'sam@northwind.test');
  ada = await signedIn(browser, baseUrl, 'ada@northwind.test');
}, 60_000);

afterAll(async () => {
  const db = adminDb();
  const batch = db.batch();
  for (const id of [...entryIds, LIVE_ENTRY]) batch.delete(db.doc(`timeEntries/${id}`));
  batch.delete(db.doc(PROGRESS_TASK));
  for (const id of expenseIds) batch.delete(db.doc(`expenses/${id}`));
  await batch.commit();
  await Promise.all([sam, ada].map((w) => w?.context.close()));
  await browser?.close();
});

describe('Time: a week of entries, paged; totals are sums', () => {
  it("Sam's week: 20 newest first, then More entries; Your week and the day total are the week's, live", async () => {
    const { page } = sam;
    const week = monday();
    const mine = await adminDb().collection('timeEntries').where('uid', '==', 'u-sam').where('date', '>=', week).where('date', '<=', plusDays(week, 6)).get();
    const total = mine.docs.reduce((s, d) => s + (d.get('minutes') as number), 0);
    const billable = mine.docs.filter((d) => d.get('billable') === true).reduce((s, d) => s + (d.get('minutes') as number), 0);
    const onMonday = mine.docs.filter((d) => d.get('date') === week).reduce((s, d) => s + (d.get('minutes') as number), 0);
    expect(mine.size).toBeGreaterThan(20);

    await page.goto('/console/time');
    await page.getByRole('heading', { name: 'Time', level: 1 }).waitFor(SLOW);
    await page.getByText('This week', { exact: false }).first().waitFor(SLOW);
    await rows(page).first().waitFor(SLOW);
    expect(await rows(page).count()).toBe(20);
    const logged = page.locator('.cx-stat').filter({ has: page.locator('.cx-stat-label', { hasText: /^Logged$/ }) });
    await expect.poll(() => logged.locator('.cx-stat-value').innerText(), SLOW).toBe(hours(total));
    const billableStat = page.locator('.cx-stat').filter({ has: page.locator('.cx-stat-label', { hasText: /^Billable$/ }) });
    expect(await billableStat.locator('.cx-stat-value').innerText()).toBe(hours(billable));
    // an entry logged elsewhere (another tab, another device) reaches the totals without a reload
    await adminDb().doc(`timeEntries/${LIVE_ENTRY}`).set({ uid: 'u-sam', companyId: 'acme', projectId: 'website-redesign', taskId: null, date: week, minutes: 45, billable: true, note: 'ledger-e2e live' });
    await expect.poll(() => logged.locator('.cx-stat-value').innerText(), SLOW).toBe(hours(total + 45));
    await expect.poll(() => billableStat.locator('.cx-stat-value').innerText(), SLOW).toBe(hours(billable + 45));

    const more = page.getByRole('button', { name: 'More entries' });
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('main table.cx-data-table tbody tr').length === n, mine.size + 1, SLOW);
    await more.waitFor({ state: 'detached', ...SLOW });
    // Monday is the week's oldest day: its first row carries the day's total (the rollup's, not a sum of the rows shown)
    const mondayRow = rows(page).filter({ hasText: 'ledger-e2e' }).first();
    const firstOfMonday = rows(page).filter({ has: page.locator('td .strong') }).last();
    await expect.poll(() => firstOfMonday.innerText(), SLOW).toContain(`${hours(onMonday + 45)} logged`);
    await expect.poll(() => mondayRow.innerText(), SLOW).toContain('Website Redesign');

    await page.getByRole('button', { name: 'Previous week' }).click();
    await page.getByText(/Week of /).first().waitFor(SLOW);
    await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('ledger-e2e'), null, SLOW);
    await page.getByRole('button', { name: 'This week' }).click();
    await page.getByText('ledger-e2e', { exact: false }).first().waitFor(SLOW);
    expect(seriousProblems(sam.problems)).toEqual([]);
  });
});

describe('Expenses: paged newest first, filters in the query, totals as aggregations', () => {
  it('20 at a time; the Hardware chip filters in the query and pages; counts and GBP totals from count()/sum()', async () => {
    const { page } = ada;
    const all = (await adminDb().collection('expenses').count().get()).data().count;
    expect(all).toBeGreaterThan(20);

    await page.goto('/console/expenses');
    await page.getByRole('heading', { name: 'Expenses', level: 1 }).waitFor(SLOW);
    await rows(page).first().waitFor(SLOW);
    expect(await rows(page).count()).toBe(20);
    await page.getByText(`${all} expenses`).waitFor(SLOW);
    const chip = page.getByRole('button', { name: /^Hardware/ });
    await chip.filter({ hasText: '£210.00' }).waitFor(SLOW);
    expect(await page.locator('.cx-stat').filter({ hasText: 'All time' }).innerText()).toContain('£210.00');

    await chip.click();
    await page.waitForFunction(() => {
      const shown = Array.from(document.querySelectorAll('main table.cx-data-table tbody tr'));
      return shown.length === 20 && shown.every((r) => r.textContent?.includes('Hardware'));
    }, null, SLOW);
    await page.getByRole('button', { name: 'More expenses' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('main table.cx-data-table tbody tr').length === n, EXPENSES, SLOW);
    expect(seriousProblems(ada.problems)).toEqual([]);
  });
});

describe("Projects: progress is the project's rollup, live", () => {
  it("Mobile App's bar shows its done and all tasks, and follows a task added elsewhere", async () => {
    const { page } = ada;
    const tasks = adminDb().collection('companies/globex/tasks').where('projectId', '==', 'mobile-app');
    const all = (await tasks.count().get()).data().count;
    const done = (await tasks.where('status', '==', 'done').count().get()).data().count;
    expect(all).toBeGreaterThan(0);

    await page.goto('/console/projects');
    const row = page.locator('main tr, main li, main article').filter({ hasText: 'Mobile App' }).first();
    const bar = row.locator('.cx-progress');
    await expect.poll(() => bar.getAttribute('title'), SLOW).toBe(`${done} of ${all} tasks done`);
    const at = new Date();
    await adminDb().doc(PROGRESS_TASK).set({
      projectId: 'mobile-app', title: 'ledger-e2e progress', description: '', status: 'done', priority: 'low', assignee: null, dueDate: plusDays(monday(), -7),
      deliverables: [], createdAt: at, updatedAt: at,
    });
    await expect.poll(() => bar.getAttribute('title'), SLOW).toBe(`${done + 1} of ${all + 1} tasks done`);
    expect(seriousProblems(ada.problems)).toEqual([]);
  });
});

describe('360 px: the pages with their new controls do not scroll sideways', () => {
  it('Time (Everyone, the week navigator) and Expenses fit a phone', async () => {
    const { page } = sam;
    await page.setViewportSize(MOBILE);
    const overflow = () =>
      page.evaluate(() => {
        const main = document.querySelector('main');
        return { document: document.documentElement.scrollWidth - document.documentElement.clientWidth, main: main ? main.scrollWidth - main.clientWidth : 0 };
      });
    await page.goto('/console/time');
    await rows(page).first().waitFor(SLOW);
    await page.locator('label.cx-segment', { hasText: 'Everyone' }).click();
    await page.getByLabel('Person').waitFor(SLOW);
    await page.getByRole('button', { name: 'Previous week' }).click();
    await page.waitForFunction(() => !document.querySelector('main .loading-block, main .skeleton'), null, SLOW);
    expect(await overflow()).toEqual({ document: 0, main: 0 });
    await page.goto('/console/expenses');
    await rows(page).first().waitFor(SLOW);
    expect(await overflow()).toEqual({ document: 0, main: 0 });
  });
});
