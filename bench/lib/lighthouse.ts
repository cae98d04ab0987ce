/**
 * Lighthouse performance scores for /login and a signed-in /portal, mobile (Lighthouse's default:
 * simulated slow 4G and a mid-range phone) and desktop, in Debian Chromium. The signed-in run
 * reuses a Chromium profile in which the client signed in, and keeps its storage.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/browser';
import { chromium } from 'playwright-core';

export type LighthouseScores = Record<string, { mobile: number; desktop: number }>;

async function signInProfile(baseUrl: string, profile: string, email: string): Promise<void> {
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, baseURL: baseUrl });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByRole('button', { name: 'Continue with Google' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose an account' });
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/portal');
  await page.locator('main h1').first().waitFor();
  await context.close();
}

async function score(url: string, port: number, desktop: boolean): Promise<number> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: true },
    desktop ? desktopConfig : undefined,
  );
  const value = result?.lhr.categories.performance?.score;
  if (typeof value !== 'number') throw new Error(`Lighthouse gave no performance score for ${url}`);
  return Math.round(value * 100);
}

async function scoresWith(profile: string, url: string): Promise<{ mobile: number; desktop: number }> {
  mkdirSync(profile, { recursive: true });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, userDataDir: profile, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    return { mobile: await score(url, chrome.port, false), desktop: await score(url, chrome.port, true) };
  } finally {
    chrome.kill();
  }
}

/** `/login` from an empty profile; `/portal` from a profile in which `email` signed in. */
export async function runLighthouse(baseUrl: string, profileDir: string, email: string): Promise<LighthouseScores> {
  const login = await scoresWith(join(profileDir, 'signed-out'), `${baseUrl}/login`);
  const signedIn = join(profileDir, 'signed-in');
  await signInProfile(baseUrl, signedIn, email);
  const portal = await scoresWith(signedIn, `${baseUrl}/portal`);
  return { '/login': login, '/portal': portal };
}
