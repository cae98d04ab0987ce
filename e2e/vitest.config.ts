import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Runs inside `node scripts/emulators.mjs exec "…"` (the emulators' env is set). The global
// set-up builds the web app against those emulators, serves it, seeds the demo data and starts
// one Chromium that every test file connects to.
export default defineConfig({
  resolve: {
    alias: { '@model': here('../functions/src/model/index.ts') },
  },
  test: {
    include: ['tests/**/*.e2e.ts'],
    // The grown-agency scale test (issue 10) runs on its own: `npm run test:scale`. Inside the
    // full suite its growth step (in-process rebuild against an emulator that had served every
    // other file) outlasted 180 s in the last fresh-clone run, and the files after it then met a
    // half-grown agency; alone it passes every budget. It joins `npm test` once that is fixed.
    exclude: process.env.E2E_SCALE === '1' ? [] : ['tests/scale.e2e.ts'],
    globalSetup: ['./support/global-setup.ts'],
    // One browser, one seeded emulator: files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
