/**
 * Lighthouse performance for /login and every portal page, mobile (Lighthouse's default:
 * simulated slow 4G and a mid-range phone) and desktop, in Debian Chromium; each score is the
 * median of `runs`. The signed-in runs reuse a Chromium profile in which the client signed in,
 * and keep its storage.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/browser';
import { DEMO_PORTAL_PAGES } from '../../e2e/support/portal';
import { chromium, type Page } from 'playwright-core';

/** The portal pages Lighthouse measures (beside /login): each portal page of the demo. */
export const LIGHTHOUSE_PAGES = Object.values(DEMO_PORTAL_PAGES);

/** One Lighthouse run: the score (0–100) and the metrics it was made of. */
export interface LighthouseRun {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  siMs: number;
}

export interface PageScore {
  /** Median score of the runs. */
  score: number;
  runs: LighthouseRun[];
}

export type LighthouseScores = Record<string, { mobile: PageScore; desktop: PageScore }>;

export async function signInProfile(baseUrl: string, profile: string, email: string): Promise<void> {
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, baseURL: baseUrl });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByRole('button', { name: 'Continue with Google' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose an account' });
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/portal');
  await page.locator('main h1').first().waitFor();
  await leave(page);
  await context.close();
}

/**
 * Leaves the page the way a closed tab does (pagehide), so Firestore gives up its multi-tab
 * lease at once: otherwise the next tab waits up to 5 s as a secondary, without a connection.
 */
async function leave(page: Page): Promise<void> {
  await page.goto('about:blank');
}

/** Share of all cores' time spent idle over `ms`. */
async function idleShare(ms: number): Promise<number> {
  const total = () => cpus().reduce((sum, { times }) => ({ idle: sum.idle + times.idle, all: sum.all + times.user + times.nice + times.sys + times.idle + times.irq }), { idle: 0, all: 0 });
  const before = total();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = total();
  return after.all === before.all ? 1 : (after.idle - before.idle) / (after.all - before.all);
}

/**
 * Waits until the machine is quiet: two half seconds in a row with the cores at least 85 %
 * idle, at most `timeoutMs`. Lighthouse times the page's main thread on this machine, so work
 * left running by earlier tests (Functions triggers, the emulators' own housekeeping) would
 * count as the page's. Returns the last idle share seen, to report when it never got quiet.
 */
export async function quietCpu(timeoutMs = 20_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  let quietInARow = 0;
  let share = 0;
  while (Date.now() < until) {
    share = await idleShare(500);
    quietInARow = share >= 0.85 ? quietInARow + 1 : 0;
    if (quietInARow === 2) break;
  }
  return share;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const LISTEN_CHANNEL = '/google.firestore.v1.Firestore/Listen/channel';

/**
 * One run; a page that listens to Firestore must have opened its listen channel in the run, or
 * the score is of a page that never showed data (e.g. a tab left waiting as a multi-tab secondary).
 */
async function once(url: string, port: number, desktop: boolean, listens: boolean): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    const { run, requests } = await lighthouseOnce(url, port, desktop);
    if (!listens || requests.some((request) => request.includes(LISTEN_CHANNEL))) return run;
    if (attempt === 3) throw new Error(`${url} never opened Firestore's listen channel in ${attempt} Lighthouse runs`);
  }
}

async function lighthouseOnce(url: string, port: number, desktop: boolean): Promise<{ run: LighthouseRun; requests: string[] }> {
  const result = await lighthouse(
    url,
    // Firestore's listen channel keeps a request open, so the network never goes quiet: stop
    // waiting after 8 s instead of Lighthouse's 45 (every metric has happened by then). The
    // full-page screenshot is for reports, not scores.
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      disableStorageReset: true,
      maxWaitForLoad: 8_000,
      disableFullPageScreenshot: true,
    },
    desktop ? desktopConfig : undefined,
  );
  const lhr = result?.lhr;
  const value = lhr?.categories.performance?.score;
  if (!lhr || typeof value !== 'number') throw new Error(`Lighthouse gave no performance score for ${url}`);
  if (process.env.LIGHTHOUSE_OUT) {
    mkdirSync(process.env.LIGHTHOUSE_OUT, { recursive: true });
    const file = `${new URL(url).pathname.replace(/\W+/g, '_')}-${desktop ? 'desktop' : 'mobile'}-${Date.now()}.json`;
    writeFileSync(join(process.env.LIGHTHOUSE_OUT, file), JSON.stringify(lhr));
  }
  const metric = (id: string) => Math.round((lhr.audits[id]?.numericValue ?? Number.NaN) * 1000) / 1000;
  const items = (lhr.audits['network-requests']?.details as { items?: { url?: string }[] } | undefined)?.items ?? [];
  const run = {
    score: Math.round(value * 100),
    fcpMs: Math.round(metric('first-contentful-paint')),
    lcpMs: Math.round(metric('largest-contentful-paint')),
    tbtMs: Math.round(metric('total-blocking-time')),
    cls: metric('cumulative-layout-shift'),
    siMs: Math.round(metric('speed-index')),
  };
  return { run, requests: items.map((item) => item.url ?? '') };
}

export type OnRun = (page: string, formFactor: 'mobile' | 'desktop', run: LighthouseRun, tookMs: number) => void;

/** Every page of `urls`, mobile then desktop, `runs` times each, in one Chromium with `profile`. */
export async function lighthouseScores(profile: string, urls: Record<string, string>, runs: number, onRun?: OnRun): Promise<LighthouseScores> {
  mkdirSync(profile, { recursive: true });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, userDataDir: profile, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const scores: LighthouseScores = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      const measure = async (desktop: boolean): Promise<PageScore> => {
        const all: LighthouseRun[] = [];
        for (let run = 0; run < runs; run++) {
          const idle = await quietCpu();
          if (idle < 0.85) console.log(`[lighthouse] the machine did not get quiet before ${name} (${Math.round(idle * 100)} % idle): measuring anyway`);
          const started = Date.now();
          const result = await once(url, chrome.port, desktop, new URL(url).pathname.startsWith('/portal') || name.startsWith('floor /portal'));
          onRun?.(name, desktop ? 'desktop' : 'mobile', result, Date.now() - started);
          all.push(result);
        }
        return { score: median(all.map((r) => r.score)), runs: all };
      };
      scores[name] = { mobile: await measure(false), desktop: await measure(true) };
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

/** `/login` from an empty profile; every portal page from a profile in which `email` signed in. */
export async function runLighthouse(
  baseUrl: string,
  profileDir: string,
  email: string,
  { runs = 3, onRun, pages = ['/login', ...LIGHTHOUSE_PAGES] }: { runs?: number; onRun?: OnRun; pages?: readonly string[] } = {},
): Promise<LighthouseScores> {
  const urls = (paths: readonly string[]) => Object.fromEntries(paths.map((path) => [path, `${baseUrl}${path}`]));
  const signedOut = pages.filter((path) => !path.startsWith('/portal'));
  const portal = pages.filter((path) => path.startsWith('/portal'));
  const scores: LighthouseScores = {};
  if (signedOut.length) Object.assign(scores, await lighthouseScores(join(profileDir, 'signed-out'), urls(signedOut), runs, onRun));
  if (portal.length) {
    const signedIn = join(profileDir, 'signed-in');
    await signInProfile(baseUrl, signedIn, email);
    Object.assign(scores, await lighthouseScores(signedIn, urls(portal), runs, onRun));
  }
  return scores;
}

/**
 * The floor apps under the same runs: the login floor signed out, the portal floor (Auth +
 * Firestore with the persistent cache, one document) from a profile in which it signed in.
 */
export async function floorLighthouse(floors: { login: string; portal: string }, profileDir: string, { runs = 3, onRun }: { runs?: number; onRun?: OnRun } = {}): Promise<LighthouseScores> {
  const login = await lighthouseScores(join(profileDir, 'floor-login'), { 'floor /login': floors.login }, runs, onRun);
  const profile = join(profileDir, 'floor-portal');
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await context.newPage();
  await page.goto(floors.portal);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('[data-ready]').waitFor();
  await leave(page);
  await context.close();
  return { ...login, ...(await lighthouseScores(profile, { 'floor /portal': floors.portal }, runs, onRun)) };
}
