#!/usr/bin/env node
// `npm test`: typecheck, lint, build the functions, then every test suite inside
// `firebase emulators:exec` (scripts/run-suites.mjs). Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
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

console.log(`\n▸ Test suites inside firebase emulators:exec (${ONLY})`);
const suites = process.argv.slice(2).join(' ');
const { done } = runFirebase(['emulators:exec', '--only', ONLY, `node scripts/run-suites.mjs ${suites}`.trim()]);
process.exit(await done);
