/** Helpers the console tests share: a signed-in staff page, the console's landmarks. */
import type { Browser, Page } from 'playwright-core';
import { openPage, type WatchedPage } from './browser';
import { signIn } from './portal';

/** A new browser context signed in as `email`, on the page it lands on. */
export async function signedIn(browser: Browser, baseUrl: string, email: string): Promise<WatchedPage> {
  const w = await openPage(browser, baseUrl);
  await signIn(w.page, email);
  return w;
}

/** The console shell is on screen (sidebar navigation rendered). */
export async function consoleReady(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 30_000 });
}

/** Labels of the console's main navigation. */
export async function navLabels(page: Page): Promise<string[]> {
  await consoleReady(page);
  return (await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts()).map((t) => t.trim());
}

/** Waits for the console's loading skeletons to go. */
export async function loaded(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('main .loading-block'));
}

/** Problems worth failing a test for: uncaught errors and denied reads. */
export function seriousProblems(problems: readonly string[]): string[] {
  return problems.filter((p) => /pageerror|permission|insufficient/i.test(p));
}
