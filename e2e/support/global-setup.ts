/**
 * Global set-up of the end-to-end suite: build the web app for these emulators, serve it with
 * `vite preview`, seed the demo data (scripts/seed.ts, Admin SDK), launch one Chromium.
 * E2E_SKIP_BUILD=1 reuses the last build (it must have been made for the same emulator ports).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
import { emulatorEnv } from './env';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
    distDir: string;
  }
}

const webDir = fileURLToPath(new URL('../../web/', import.meta.url));
// E2E_DIST_DIR: another build folder, for two e2e runs side by side (each with its own emulators)
const distDir = process.env.E2E_DIST_DIR ? `${process.env.E2E_DIST_DIR.replace(/\/$/, '')}/` : fileURLToPath(new URL('../dist/', import.meta.url));
const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));
const viteBin = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

function build(env: ReturnType<typeof emulatorEnv>): void {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(`${distDir}index.html`)) {
    console.log('[e2e] reusing the last build (E2E_SKIP_BUILD=1)');
    return;
  }
  const started = Date.now();
  const result = spawnSync(process.execPath, [viteBin, 'build', '--outDir', distDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], {
    cwd: webDir,
    stdio: 'inherit',
    env: {
      ...process.env,
      // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
      NODE_ENV: 'production',
      VITE_FIREBASE_CONFIG: '',
      VITE_PROJECT_ID: env.projectId,
      VITE_AUTH_EMULATOR: env.auth,
      VITE_FIRESTORE_EMULATOR: env.firestore,
      VITE_FUNCTIONS_EMULATOR: env.functions,
    },
  });
  if (result.status !== 0) throw new Error('vite build failed (see above)');
  console.log(`[e2e] built the web app in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

/**
 * The suites before this one (rules, functions) share the emulator and leave their documents
 * (e.g. the rules fixtures' extra Acme tasks): start from an empty Firestore so the browser sees
 * exactly the demo agency.
 */
async function clearFirestore(firestoreHost: string, projectId: string): Promise<void> {
  const response = await fetch(`http://${firestoreHost}/emulator/v1/projects/${projectId}/databases/(default)/documents`, { method: 'DELETE' });
  if (!response.ok) throw new Error(`Could not clear the Firestore emulator (${response.status}): ${await response.text()}`);
}

async function seedEmulators(projectId: string): Promise<void> {
  const [{ initializeApp, getApps }, { getAuth }, { getFirestore }, { seed }] = await Promise.all([
    import('firebase-admin/app'),
    import('firebase-admin/auth'),
    import('firebase-admin/firestore'),
    import('../../scripts/seed'),
  ]);
  const { waitForTriggers } = await import('../../bench/lib/grow');
  const app = getApps().find((a) => a.name === 'e2e-seed') ?? initializeApp({ projectId }, 'e2e-seed');
  const db = getFirestore(app);
  await seed(db, getAuth(app));
  // The search index and the rollups come from Firestore triggers after the seed: wait until every
  // source has its record and the derived collections are quiet, so search and dashboards see the
  // whole demo from the first test.
  await waitForTriggers(db, { timeoutMs: 240_000 });
}

export default async function setup(project: TestProject) {
  const env = emulatorEnv();
  mkdirSync(artifactsDir, { recursive: true });
  build(env);
  await clearFirestore(env.firestore, env.projectId);
  await seedEmulators(env.projectId);

  const port = await freePort();
  const preview = spawn(process.execPath, [viteBin, 'preview', '--outDir', distDir, '--port', String(port), '--strictPort', '--host', 'localhost'], {
    cwd: webDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const baseUrl = `http://localhost:${port}`;
  let server: BrowserServer | null = null;
  try {
    await waitForHttp(`${baseUrl}/login`, preview, 30_000);
    server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    if (preview.pid) process.kill(-preview.pid, 'SIGTERM');
    throw error;
  }

  project.provide('baseUrl', baseUrl);
  project.provide('wsEndpoint', server.wsEndpoint());
  project.provide('distDir', distDir);

  return async () => {
    await server?.close();
    if (preview.exitCode === null && preview.pid) {
      try {
        process.kill(-preview.pid, 'SIGTERM');
      } catch {
        preview.kill('SIGTERM');
      }
    }
  };
}
