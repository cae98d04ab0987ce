import type { ViteUserConfig } from 'vitest/config' with { 'resolution-mode': 'import' };

// Function tests run against one set of emulators (scripts/emulators.mjs exec): files run one
// after another so they never race on shared documents such as settings/portal.
// (A plain object: `defineConfig` would need a runtime import of ESM-only vitest/config from this
// CommonJS package.)
const config: ViteUserConfig = {
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
};

export default config;
