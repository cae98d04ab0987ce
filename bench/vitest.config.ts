import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@model': fileURLToPath(new URL('../functions/src/model/index.ts', import.meta.url)) },
  },
  test: { include: ['lib/**/*.test.ts'] },
});
