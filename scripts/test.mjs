#!/usr/bin/env node
// `npm test`: typecheck, lint, build the functions, then every test suite inside
// `firebase emulators:exec` (scripts/run-suites.mjs), the scale suite in emulators of its own,
// and one summary of all. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ONLY, root, runFirebase } from './emulators.mjs';

function run(label, command, args) {
  console.log(`\n▸ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
}

run('Typecheck', 'npm', ['run', 'typecheck', '--silent']);
run('Lint', 'npm', ['run', 'lint', '--silent']);
run('Build functions', 'npm', ['run', 'build', '-w', 'functions', '--silent']);

// Which suites: all by default, or those named (`npm test -- e2e scale`).
const ALL = ['rules-tests', 'functions', 'web', 'bench', 'e2e', 'scale'];
const named = process.argv.slice(2);
const wanted = named.length ? named : ALL;
const shared = wanted.filter((name) => name !== 'scale');
rmSync(join(root, '.emulators', 'results'), { recursive: true, force: true });

const codes = [];
if (shared.length) {
  console.log(`\n▸ Test suites inside firebase emulators:exec (${ONLY}): ${shared.join(', ')}`);
  codes.push(await runFirebase(['emulators:exec', '--only', ONLY, `node scripts/run-suites.mjs ${shared.join(' ')}`]).done);
}
// The scale suite grows the agency to thousands of documents: in emulators of its own, so the
// growth neither waits on the other suites' leftovers nor leaves them a grown agency.
if (wanted.includes('scale')) {
  console.log(`\n▸ The scale suite inside emulators of its own (${ONLY})`);
  codes.push(await runFirebase(['emulators:exec', '--only', ONLY, 'node scripts/run-suites.mjs scale']).done);
}
// One summary of every suite, last, where a log cut to its tail shows it.
const summary = spawnSync('node', ['scripts/run-suites.mjs', '--summary', ...wanted], { cwd: root, stdio: 'inherit' });
process.exit(codes.some((code) => code !== 0) || summary.status !== 0 ? 1 : 0);
