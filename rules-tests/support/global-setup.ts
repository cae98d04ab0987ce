/** Gives each test file a place to leave its case count; prints the total at the end. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { summaryLine, type Counts, type Tally } from './summary';

const add = (a: Counts, b: Counts): Counts => ({ allowed: a.allowed + b.allowed, denied: a.denied + b.denied });

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'rules-counts-'));
  project.provide('rulesCountsDir', dir);
  const started = Date.now();
  return () => {
    const tallies = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Tally);
    const zero: Counts = { allowed: 0, denied: 0 };
    const total = tallies.reduce((sum, t) => ({ all: add(sum.all, t.all), matrix: add(sum.matrix, t.matrix) }), { all: zero, matrix: zero });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\n${summaryLine(`rules suite (${tallies.length} files, ${seconds}s)`, total)}\n`);
    rmSync(dir, { recursive: true, force: true });
  };
}
