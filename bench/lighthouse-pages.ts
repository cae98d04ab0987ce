/**
 * `npm run bench:lighthouse`: Lighthouse alone, with every run's metrics — what costs each portal
 * page its score. Builds the app as the bench does, seeds the demo, serves it, and prints a table.
 * LIGHTHOUSE_RUNS=n sets the runs per page and form factor (default 3); LIGHTHOUSE_PAGES=/login,/portal
 * picks pages; LIGHTHOUSE_OUT=dir keeps each run's report (JSON).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emulatorEnv } from '../e2e/support/env';
import { buildBenchWeb } from './lib/build';
import { floorLighthouse, runLighthouse, type LighthouseRun } from './lib/lighthouse';
import { buildFloors, floorsOut } from './lib/floors';
import { serveStatic } from './lib/serve';

const root = fileURLToPath(new URL('../', import.meta.url));
const webDist = join(root, 'bench/out/web/');
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const pages = process.env.LIGHTHOUSE_PAGES?.split(',');

async function main(): Promise<void> {
  const env = emulatorEnv();
  buildBenchWeb(webDist);
  buildFloors({ VITE_PROJECT_ID: env.projectId, VITE_AUTH_EMULATOR: env.auth, VITE_FIRESTORE_EMULATOR: env.firestore });
  const [{ initializeApp }, { getAuth }, { getFirestore }, { seed }] = await Promise.all([
    import('firebase-admin/app'),
    import('firebase-admin/auth'),
    import('firebase-admin/firestore'),
    import('../scripts/seed'),
  ]);
  const admin = initializeApp({ projectId: env.projectId }, 'lighthouse-seed');
  await seed(getFirestore(admin), getAuth(admin));
  const app = await serveStatic(webDist);
  const floors = { login: await serveStatic(`${floorsOut}login`), portal: await serveStatic(`${floorsOut}portal`) };
  const profile = mkdtempSync(join(tmpdir(), 'agency-os-lh-'));
  try {
    const row = (r: LighthouseRun) => `${r.score} (FCP ${r.fcpMs} · LCP ${r.lcpMs} · TBT ${r.tbtMs} · CLS ${r.cls} · SI ${r.siMs})`;
    const onRun = (page: string, formFactor: string, run: LighthouseRun, tookMs: number) =>
      console.log(`  ${page} ${formFactor} ${row(run)} in ${(tookMs / 1000).toFixed(1)} s`);
    const scores = {
      ...(process.env.LIGHTHOUSE_FLOORS === '0' ? {} : await floorLighthouse({ login: floors.login.url, portal: floors.portal.url }, profile, { runs, onRun })),
      ...(await runLighthouse(app.url, profile, 'carol@acme.test', { runs, pages, onRun })),
    };
    for (const [page, { mobile, desktop }] of Object.entries(scores)) {
      console.log(`${page}: mobile ${mobile.score}, desktop ${desktop.score}`);
      for (const r of mobile.runs) console.log(`  mobile  ${row(r)}`);
      for (const r of desktop.runs) console.log(`  desktop ${row(r)}`);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
    await app.close();
    await floors.login.close();
    await floors.portal.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
