import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@model': here('../functions/src/model/index.ts'),
    },
  },
  test: {
    include: ['**/*.test.ts'],
    // One emulator, shared by every file: run the files one after another.
    fileParallelism: false,
    // …in one worker that keeps the Firebase SDK loaded (importing it per file cost ~1 s each);
    // support/harness.ts resets the shared state between files.
    isolate: false,
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 30_000,
    // Rules are deterministic (the fuzz replays its seed), so a retry passes only what failed for
    // the machine's sake (a CI run once lost 5 cases we could not reproduce). run-suites lists
    // every test that needed one under "Passed on a retry".
    retry: 1,
    hookTimeout: 60_000,
  },
});
