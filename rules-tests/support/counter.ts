/**
 * Every rules assertion goes through expectAllowed / expectDenied, which count it. Each file
 * prints its tally in afterAll and leaves it for the global teardown, which prints the total.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { inject } from 'vitest';
import { summaryLine, type Tally } from './summary';

const tally: Omit<Tally, 'file'> = { all: { allowed: 0, denied: 0 }, matrix: { allowed: 0, denied: 0 } };
let inMatrix = false;

/** support/matrix.ts marks its cases (tests run one at a time, so a flag is enough). */
export function countAsMatrix(on: boolean): void {
  inMatrix = on;
}

function count(kind: 'allowed' | 'denied'): void {
  tally.all[kind] += 1;
  if (inMatrix) tally.matrix[kind] += 1;
}

/** The operation must succeed (the rules allow it). */
export async function expectAllowed<T>(operation: Promise<T>): Promise<T> {
  const result = await assertSucceeds(operation);
  count('allowed');
  return result;
}

/** The operation must fail with permission-denied (any other error fails the test). */
export async function expectDenied(operation: Promise<unknown>): Promise<void> {
  await assertFails(operation);
  count('denied');
}

/** Call from beforeAll: files may share this module (vitest isolate: false). */
export function resetTally(): void {
  tally.all = { allowed: 0, denied: 0 };
  tally.matrix = { allowed: 0, denied: 0 };
  inMatrix = false;
}

/** Call from afterAll: prints "rules <file>: N cases (X allowed, Y denied) — matrix …". */
export function reportTally(file: string): void {
  console.log(summaryLine(`rules ${file}`, tally));
  const dir = inject('rulesCountsDir');
  if (dir) {
    mkdirSync(dir, { recursive: true });
    const entry: Tally = { file, ...tally };
    writeFileSync(join(dir, `${file.replace(/[^a-zA-Z0-9_.-]/g, '_')}.json`), JSON.stringify(entry));
  }
}
