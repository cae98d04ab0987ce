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
    globalSetup: ['./support/global-setup.ts'],
    // One browser, one seeded emulator: files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
