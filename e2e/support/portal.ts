/** Helpers the portal tests share: sign-in through the app's account chooser, screenshots, admin writes. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { DESKTOP, MOBILE } from './browser';

const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Each portal page of the demo as Carol (Acme) sees it: the pages the budgets, a11y and bench visit. */
export const DEMO_PORTAL_PAGES = {
  home: '/portal',
  projects: '/portal/projects',
  project: '/portal/projects/website-redesign',
  tasks: '/portal/tasks',
  task: '/portal/tasks/homepage-design',
  invoices: '/portal/invoices',
  invoice: '/portal/invoices/inv-1002',
} as const;

/** Signs in with the emulator's account chooser: a demo account by its email, or any email typed in. */
export async function signIn(page: Page, email: string, { typed = false } = {}): Promise<void> {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Continue with Google' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose an account' });
  await dialog.waitFor();
  if (typed) {
    await dialog.getByLabel('Email').fill(email);
    await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  } else {
    await dialog.getByRole('button', { name: new RegExp(email.replace(/[.]/g, '\\.')) }).click();
  }
  // Signed in: the login page goes away (to the portal, the console, or the no-access page).
  await page.getByRole('heading', { name: /^Sign in to /, level: 1 }).waitFor({ state: 'detached', timeout: 20_000 });
}

/**
 * Milliseconds from a click on `button` until `ready` holds, both taken in the page: the click's
 * time by a capturing listener, the end at the first animation frame where `ready` is true. The
 * app and its floor are timed the same way. (Playwright's own waits poll a selector at growing
 * intervals, 20, 50, 100 ms…: a page ready at 100 ms was seen at 150 or 260 ms, whichever
 * poll caught it, and that noise was larger than the difference being measured.)
 */
async function timedInPage(page: Page, button: Locator, ready: ReadyWhen): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __clickedAt?: number };
    delete w.__clickedAt;
    document.addEventListener('click', () => (w.__clickedAt = performance.now()), { capture: true, once: true });
  });
  await button.click();
  const elapsed = await page.waitForFunction(
    ({ path, present, absent, text }) => {
      const clickedAt = (window as unknown as { __clickedAt?: number }).__clickedAt;
      const element = document.querySelector(present);
      const shown =
        (path === undefined || location.pathname === path) &&
        element !== null &&
        (text === undefined || element.textContent?.trim() === text) &&
        (absent === undefined || document.querySelector(absent) === null);
      return clickedAt !== undefined && shown ? performance.now() - clickedAt : false;
    },
    ready,
    { polling: 'raf', timeout: 20_000 },
  );
  return (await elapsed.jsonValue()) as number;
}

/**
 * What "on screen" means for a timing: at `path` (if given), an element matching `present` (whose
 * text is `text`, if given) and none matching `absent`.
 */
interface ReadyWhen {
  path?: string;
  present: string;
  absent?: string;
  text?: string;
}

/**
 * Signs in by typing `email` in the account chooser and returns the milliseconds from the
 * chooser's "Sign in" to Portal Home's content on screen (the issue 12 sign-in time): its heading,
 * with no skeleton left in the page.
 */
export async function timedChooserSignIn(page: Page, email: string): Promise<number> {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Continue with Google' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose an account' });
  await dialog.getByLabel('Email').fill(email);
  const elapsed = await timedInPage(
    page,
    dialog.getByRole('button', { name: 'Sign in', exact: true }),
    { path: '/portal', present: 'main h1#home-title', absent: 'main .loading-block, main .skeleton' },
  );
  await mainText(page);
  return elapsed;
}

/** The portal floor app's sign-in, timed the same way: from its "Sign in" to the listened document on screen. */
export async function timedFloorSignIn(page: Page, url: string): Promise<number> {
  await page.goto(url);
  return timedInPage(page, page.getByRole('button', { name: 'Sign in' }), { present: '[data-ready]' });
}

/**
 * Goes to a portal page by its header link and returns the milliseconds from the click to the
 * page's content: at the link's path, the page's own heading (Home's, or the one named like the
 * link) and no skeleton, timed in the page like the sign-in (not from the test's side, which
 * adds Playwright's checks before the click and its polling after). `hoverMs`: the pointer rests
 * on the link that long first, as a person's does.
 */
export async function timedNavigation(page: Page, label: string, hoverMs = 0): Promise<number> {
  const link = page.getByRole('banner').getByRole('link', { name: label, exact: true });
  const path = await link.getAttribute('href');
  if (!path) throw new Error(`the ${label} link has no href`);
  if (hoverMs) {
    await link.hover();
    await page.waitForTimeout(hoverMs);
  }
  const heading = label === 'Home' ? { present: 'main h1#home-title' } : { present: 'main h1', text: label };
  const elapsed = await timedInPage(page, link, { path, ...heading, absent: 'main .loading-block, main .skeleton' });
  await mainText(page);
  return elapsed;
}

/**
 * A repeat visit: opens `path` again in a context that has shown it (its Firestore cache holds
 * the page's data) and returns the milliseconds from the navigation's start until `ready` is on
 * screen. With `blockedPort`, every request to that port (the Firestore emulator's) fails from
 * before the navigation, so what shows came from the cache; it stays blocked for the page's
 * life. (Blocked through CDP: Playwright's routing would also turn the HTTP cache off and pass
 * every request through the test, which is not what a returning client's browser does.)
 */
export async function timedRepeatVisit(page: Page, path: string, ready: (page: Page) => Locator, blockedPort?: string): Promise<number> {
  if (blockedPort) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setBlockedURLs', { urls: [`*:${blockedPort}/*`] });
  }
  await page.goto(path);
  await ready(page).waitFor({ timeout: 10_000 });
  return page.evaluate(() => performance.now());
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
}

/**
 * Lets the page settle after its content is on screen. (Not `networkidle`: the Firestore
 * listeners keep a request open for as long as the page shows live data.)
 */
export async function settle(page: Page, ms = 400): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(ms);
}

/** The main landmark's text, once its heading is on screen and no skeleton is left. */
export async function mainText(page: Page): Promise<string> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main .loading-block, main .skeleton'));
  return page.locator('main').innerText();
}

/** Full-page screenshots at 1280 and 360 px wide: e2e/artifacts/<name>-1280.png, -360.png. */
export async function screenshots(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.loading-block, .skeleton'));
  await page.mouse.move(1, 1);
  await page.screenshot({ path: `${artifactsDir}${name}-1280.png`, fullPage: true });
  await page.setViewportSize(MOBILE);
  await page.waitForTimeout(50);
  await page.screenshot({ path: `${artifactsDir}${name}-360.png`, fullPage: true });
  await page.setViewportSize(DESKTOP);
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export function readManifest(distDir: string): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(`${distDir}.vite/manifest.json`, 'utf8')) as Record<string, ManifestChunk>;
}

/** The built files that hold console code (any chunk whose source is under src/console/). */
export function consoleFiles(distDir: string): string[] {
  return Object.values(readManifest(distDir))
    .filter((chunk) => chunk.src?.startsWith('src/console/'))
    .map((chunk) => chunk.file);
}

/** Gzip -9 bytes of the JS files among the requested URLs. */
export function gzipJsBytes(distDir: string, urls: readonly string[]): { files: string[]; bytes: number } {
  const files = [...new Set(urls.map((u) => new URL(u).pathname).filter((p) => p.endsWith('.js')))];
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(`${distDir}${file.slice(1)}`), { level: 9 }).length;
  return { files, bytes };
}

export { artifactsDir };
