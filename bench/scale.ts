/**
 * The scale benchmark (issue 10), `npm run bench:scale` (scripts/bench-scale.mjs runs it inside
 * the emulators) and the scale section of `npm run bench` (bench/run.ts calls runScale):
 * every portal page as a client and every console page as admin and as staff, measured on the
 * seeded demo and again after growing the agency in the same emulators (bench/lib/grow.ts
 * FULL_SIZES: Acme 3,000 tasks / 300 projects / 500 invoices, 60 more client companies with 50
 * tasks each, 20,000 time entries, rollups and search index rebuilt). Median of SCALE_RUNS views
 * (default 3) per page; a page reading over 1,000 documents is viewed once. Writes the `scale` section of bench/results.json and
 * bench/out/scale.md. How reads, time and heap are measured: bench/lib/scale.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/browser';
import { emulatorEnv } from '../e2e/support/env';
import { FULL_SIZES, growAgency, resetDemo, type GrowSizes } from './lib/grow';
import { measurePages, pageKey, scalePages, scaleSection, scaleTable, type ScaleRow } from './lib/scale';
import { buildBenchWeb } from './lib/build';
import { probeBoundedQueries, probeTable } from './lib/emulatorProbe';
import { serveStatic } from './lib/serve';

const root = fileURLToPath(new URL('../', import.meta.url));

export interface ScaleOptions {
  /** a production build of the web app for these emulators */
  webDist: string;
  sizes?: GrowSizes;
  runs?: number;
  /** reseed the plain demo afterwards (default true) */
  restore?: boolean;
}

export async function runScale({ webDist, sizes = FULL_SIZES, runs = Number(process.env.SCALE_RUNS || 3), restore = true }: ScaleOptions) {
  const env = emulatorEnv();
  const [{ getApps, initializeApp }, { getAuth }, { getFirestore }] = await Promise.all([
    import('firebase-admin/app'),
    import('firebase-admin/auth'),
    import('firebase-admin/firestore'),
  ]);
  const app = getApps().find((a) => a.name === 'bench-scale') ?? initializeApp({ projectId: env.projectId }, 'bench-scale');
  const db = getFirestore(app);
  const auth = getAuth(app);
  const pages = scalePages();
  const log = (line: string) => console.log(line);

  const server = await serveStatic(webDist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    console.log(`▸ scale: ${pages.length} page views on the seeded demo (median of ${runs})`);
    await resetDemo(db, auth, env);
    const small = await measurePages(browser, server.url, pages, () => runs, { log, projectId: env.projectId, singleViewOverReads: 1000 });
    // a day with seeded time entries: the probe's answers are the same size before and after
    const probeDay = String((await db.collection('timeEntries').orderBy('date', 'desc').limit(1).get()).docs[0]?.get('date') ?? '');
    const probeSmall = await probeBoundedQueries(db, probeDay);

    console.log('▸ scale: growing the agency');
    const grownAt = Date.now();
    const { counts, rebuilt } = await growAgency(db, sizes);
    const totals = {
      acme: {
        projects: (await db.collection('companies/acme/projects').count().get()).data().count,
        tasks: (await db.collection('companies/acme/tasks').count().get()).data().count,
        invoices: (await db.collection('companies/acme/invoices').count().get()).data().count,
      },
      companies: (await db.collection('companies').count().get()).data().count,
      tasks: (await db.collectionGroup('tasks').count().get()).data().count,
      timeEntries: (await db.collection('timeEntries').count().get()).data().count,
    };
    console.log(`  added ${JSON.stringify(counts)} in ${((Date.now() - grownAt) / 1000).toFixed(1)} s; totals ${JSON.stringify(totals)}; rebuilt ${JSON.stringify(rebuilt)}`);

    console.log(`▸ scale: ${pages.length} page views on the grown agency (median of ${runs})`);
    const large = await measurePages(browser, server.url, pages, () => runs, { log, projectId: env.projectId, singleViewOverReads: 1000 });
    const probeLarge = await probeBoundedQueries(db, probeDay);
    const emulator = { day: probeDay, small: probeSmall, large: probeLarge };
    console.log(probeTable(probeSmall, probeLarge));

    const rows: ScaleRow[] = pages.map((p) => ({ ...p, small: small.get(pageKey(p))!, large: large.get(pageKey(p))! }));
    const section = { ...scaleSection(rows, { sizes, counts, totals, rebuilt }), emulator, runs, measuredAt: new Date().toISOString() };
    const table = `${scaleTable(rows)}\n\n${probeTable(probeSmall, probeLarge)}`;
    return { section, table };
  } finally {
    await browser.close();
    await server.close();
    // (never hides an error from above)
    if (restore) await resetDemo(db, auth, env).catch((error: unknown) => console.error('Reseeding the demo failed:', error));
  }
}

/** Puts the scale section into bench/results.json (keeping the rest of the last `npm run bench`). */
export function writeScaleResults(section: object, table: string): void {
  const file = join(root, 'bench/results.json');
  const results = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  results.scale = section;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  mkdirSync(join(root, 'bench/out'), { recursive: true });
  writeFileSync(join(root, 'bench/out/scale.md'), `${table}\n`);
}

async function main(): Promise<void> {
  const webDist = join(root, 'bench/out/web-scale/');
  console.log('▸ building the app (bench mode)');
  buildBenchWeb(webDist);
  const { section, table } = await runScale({ webDist });
  writeScaleResults(section, table);
  console.log(`\n${table}\n`);
  console.log(`max reads (grown) ${section.maxReadsLarge} · max time ratio ×${section.maxTimeRatio} · max heap ratio ×${section.maxHeapRatio}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
