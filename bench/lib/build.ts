/** The web app built for the bench: production mode, against the emulators, bench hooks on (VITE_BENCH). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emulatorEnv } from '../../e2e/support/env';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Builds web/ into `outDir`; `manifest` also writes Vite's manifest (the bundle figures read it). */
export function buildBenchWeb(outDir: string, { manifest = false }: { manifest?: boolean } = {}): void {
  const env = emulatorEnv();
  const args = ['build', '--outDir', outDir, '--emptyOutDir', ...(manifest ? ['--manifest'] : []), '--logLevel', 'warn'];
  const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), ...args], {
    cwd: join(root, 'web'),
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      VITE_FIREBASE_CONFIG: '',
      VITE_BENCH: '1',
      VITE_PROJECT_ID: env.projectId,
      VITE_AUTH_EMULATOR: env.auth,
      VITE_FIRESTORE_EMULATOR: env.firestore,
      VITE_FUNCTIONS_EMULATOR: env.functions,
    },
  });
  if (result.status !== 0) throw new Error('vite build failed');
}
