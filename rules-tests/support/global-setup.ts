/**
 * Gives each test file a place to leave its case count; prints the total at the end. Under
 * `npm test` the Functions emulator runs too: its Firestore triggers (rollups, search index, mail)
 * would fire on the cases' writes and write on their own, racing the next case and the next
 * file's clear. The rules are what is under test here, so the triggers are off for the suite.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { setBackgroundTriggers } from '../../scripts/emulatorHub';
import { summaryLine, type Counts, type Tally } from './summary';

const add = (a: Counts, b: Counts): Counts => ({ allowed: a.allowed + b.allowed, denied: a.denied + b.denied });

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const triggersOff = await setBackgroundTriggers(false);
  if (triggersOff) console.log('rules suite: Functions triggers off while it runs (on again after)');
  const dir = mkdtempSync(join(tmpdir(), 'rules-counts-'));
  project.provide('rulesCountsDir', dir);
  const started = Date.now();
  return async () => {
    if (triggersOff) await setBackgroundTriggers(true);
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
