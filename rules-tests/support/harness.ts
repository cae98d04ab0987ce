/** Per-file lifecycle: fresh rules and data before, the case count and cleanup after. */
import { afterAll, beforeAll } from 'vitest';
import { resetActorDbs } from './actors';
import { reportTally, resetTally } from './counter';
import { startEnv, stopEnv } from './env';
import { seedBase } from './fixtures';

export function useRulesEnv(file: string, options: { seed?: boolean } = {}): void {
  beforeAll(async () => {
    resetTally();
    resetActorDbs();
    await startEnv();
    if (options.seed !== false) await seedBase();
  });
  afterAll(async () => {
    reportTally(file);
    resetActorDbs();
    await stopEnv();
  });
}
