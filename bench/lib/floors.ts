/** Builds the floor apps (bench/floors) with the same Vite as the web app. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const floorsOut = fileURLToPath(new URL('../out/floors/', import.meta.url));

export function buildFloors(env: Record<string, string>): void {
  for (const floor of ['login', 'portal']) {
    const result = spawnSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], {
      cwd: fileURLToPath(new URL('../floors/', import.meta.url)),
      env: { ...process.env, ...env, NODE_ENV: 'production', FLOOR: floor },
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error(`building the ${floor} floor failed`);
  }
}
