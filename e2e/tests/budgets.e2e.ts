/**
 * Performance budgets on the production build (issue 6): first-load JS measured in Chromium
 * against two floor apps built in the same run with the same Vite —
 *   /login  ≤ 1.4 × the login floor (React + react-dom + Firebase Auth, one sign-in button)
 *   /portal ≤ 1.3 × the portal floor (the same + Firestore, one document listened to)
 * and no console chunk fetched on any portal page. The portal's chunk and its Home page are
 * fetched once a sign-in starts (issue 12: sign-in → Home without a download waterfall), never
 * on the login page's own load.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildFloors, floorsOut } from '../../bench/lib/floors';
import { serveStatic, type StaticServer } from '../../bench/lib/serve';
import { connect, openPage, type WatchedPage } from '../support/browser';
import { emulatorEnv } from '../support/env';
import { consoleFiles, gzipJsBytes, mainText, readManifest, signIn } from '../support/portal';

export const BUDGET = { login: 1.4, portal: 1.3 } as const;

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

let browser: Browser;
let floors: { login: StaticServer; portal: StaticServer };

/** Load `url` with the HTTP cache off and return the gzip bytes of the JS it fetched. */
async function firstLoad(page: Page, requests: string[], dir: string, run: () => Promise<void>) {
  await page.route('**/*', (route) => route.continue()); // routing disables the HTTP cache
  const from = requests.length;
  await run();
  await page.unroute('**/*');
  return gzipJsBytes(dir, requests.slice(from));
}

beforeAll(async () => {
  const env = emulatorEnv();
  buildFloors({ VITE_PROJECT_ID: env.projectId, VITE_AUTH_EMULATOR: env.auth, VITE_FIRESTORE_EMULATOR: env.firestore });
  floors = { login: await serveStatic(`${floorsOut}login`), portal: await serveStatic(`${floorsOut}portal`) };
  browser = await connect(inject('wsEndpoint'));
});

afterAll(async () => {
  await browser?.close();
  await floors?.login.close();
  await floors?.portal.close();
});

describe('first-load JavaScript budgets', () => {
  let app: WatchedPage;
  let floor: WatchedPage;

  beforeAll(async () => {
    app = await openPage(browser, baseUrl);
    floor = await openPage(browser, floors.login.url);
  });

  afterAll(async () => {
    await app?.context.close();
    await floor?.context.close();
  });

  it(`/login is at most ${BUDGET.login} × the login floor`, async () => {
    const floorJs = await firstLoad(floor.page, floor.requests, `${floorsOut}login/`, async () => {
      await floor.page.goto(floors.login.url);
      await floor.page.getByRole('button', { name: 'Sign in' }).waitFor();
    });
    const loginJs = await firstLoad(app.page, app.requests, distDir, async () => {
      await app.page.goto('/login');
      await app.page.getByRole('button', { name: 'Continue with Google' }).waitFor();
      await app.page.waitForLoadState('networkidle');
    });
    const ratio = loginJs.bytes / floorJs.bytes;
    console.log(`[budget] /login ${loginJs.bytes} B gzip JS vs login floor ${floorJs.bytes} B: ×${ratio.toFixed(3)} (budget ×${BUDGET.login})`);
    expect(floorJs.bytes).toBeGreaterThan(50_000); // the floor really loaded React + Auth
    expect(ratio).toBeLessThanOrEqual(BUDGET.login);
  });

  it('the portal chunk is fetched when a sign-in starts, not when /login loads', async () => {
    const manifest = readManifest(distDir);
    const portalApp = manifest['src/portal/PortalApp.tsx']?.file;
    const home = manifest['src/portal/home/HomePage.tsx']?.file;
    expect(portalApp).toBeTruthy();
    expect(home).toBeTruthy();
    const visitor = await openPage(browser, baseUrl);
    try {
      await visitor.page.goto('/login');
      await visitor.page.getByRole('button', { name: 'Continue with Google' }).waitFor();
      await visitor.page.waitForLoadState('networkidle');
      const fetched = () => new Set(visitor.requests.map((u) => new URL(u).pathname.slice(1)));
      expect([portalApp, home].filter((file) => fetched().has(file!))).toEqual([]);
      // Choosing an account takes a while (Google's popup, the chooser): the downloads run meanwhile.
      await visitor.page.getByRole('button', { name: 'Continue with Google' }).click();
      await expect.poll(() => [portalApp, home].filter((file) => fetched().has(file!)), { timeout: 10_000 }).toEqual([portalApp, home]);
      expect(consoleFiles(distDir).filter((file) => fetched().has(file))).toEqual([]);
    } finally {
      await visitor.context.close();
    }
  });

  it(`/portal is at most ${BUDGET.portal} × the portal floor, and no portal page fetches console code`, async () => {
    const portalFloor = await openPage(browser, floors.portal.url);
    const floorJs = await firstLoad(portalFloor.page, portalFloor.requests, `${floorsOut}portal/`, async () => {
      await portalFloor.page.goto(floors.portal.url);
      await portalFloor.page.getByRole('button', { name: 'Sign in' }).click();
      await portalFloor.page.locator('[data-ready]').waitFor();
    });
    await portalFloor.context.close();

    await signIn(app.page, 'carol@acme.test');
    await mainText(app.page);
    const portalJs = await firstLoad(app.page, app.requests, distDir, async () => {
      await app.page.goto('/portal');
      await mainText(app.page);
    });
    const ratio = portalJs.bytes / floorJs.bytes;
    console.log(`[budget] /portal ${portalJs.bytes} B gzip JS vs portal floor ${floorJs.bytes} B: ×${ratio.toFixed(3)} (budget ×${BUDGET.portal})`);
    expect(floorJs.bytes).toBeGreaterThan(150_000); // the floor really loaded Firestore
    expect(ratio).toBeLessThanOrEqual(BUDGET.portal);

    const from = app.requests.length;
    for (const path of ['/portal/projects', '/portal/projects/website-redesign', '/portal/tasks', '/portal/tasks/homepage-design', '/portal/invoices', '/portal/invoices/inv-1002']) {
      await app.page.goto(path);
      await mainText(app.page);
    }
    const fetched = new Set(app.requests.slice(from).map((u) => new URL(u).pathname.slice(1)));
    const consoleChunks = consoleFiles(distDir);
    expect(consoleChunks.length).toBeGreaterThan(0); // the console is a separate chunk to watch for
    expect(consoleChunks.filter((file) => fetched.has(file))).toEqual([]);
  });
});
