#!/usr/bin/env node
// Runs inside `firebase emulators:exec`: each suite with vitest, one after another (they share
// the emulators), then one summary line. `node scripts/run-suites.mjs e2e` runs one suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './emulators.mjs';

const ALL = [
  { name: 'rules-tests', what: 'Firestore rules matrix, escalation and fuzz' },
  { name: 'functions', what: 'Cloud Functions against the emulators' },
  { name: 'web', what: 'web unit tests' },
  { name: 'bench', what: 'benchmark tooling and the static rules check' },
  { name: 'e2e', what: 'end-to-end in Chromium' },
];
const wanted = process.argv.slice(2);
const suites = wanted.length ? ALL.filter((s) => wanted.includes(s.name)) : ALL;
const outDir = join(root, '.emulators', 'results');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
const failures = [];
const retried = [];
let failedSuites = 0;

/** The failed tests of a vitest JSON report: file › name, and the first line of the error. */
function failedTests(report, suite) {
  const out = [];
  for (const file of report.testResults ?? []) {
    const short = file.name.replace(`${root}/`, '');
    for (const test of file.assertionResults ?? []) {
      const why = (test.failureMessages?.[0] ?? '').split('\n').find((line) => line.trim()) ?? '';
      // a passed test with failure messages failed first and passed on a retry: a flake to look at
      if (test.status === 'passed' && why) retried.push(`  ${suite} ${short} › ${test.fullName}\n      first try: ${why.trim().slice(0, 300)}`);
      if (test.status !== 'failed') continue;
      out.push(`  ${suite} ${short} › ${test.fullName}\n      ${why.trim().slice(0, 300)}`);
    }
    // a file that failed before its tests ran (import or hook error) has no failed assertion
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      out.push(`  ${suite} ${short}\n      ${(file.message ?? '').split('\n')[0].slice(0, 300)}`);
    }
  }
  return out;
}
for (const suite of suites) {
  console.log(`\n━━ ${suite.name}: ${suite.what}`);
  const output = join(outDir, `${suite.name}.json`);
  const started = Date.now();
  const result = spawnSync(
    'npx',
    ['vitest', 'run', '--root', suite.name, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`],
    { cwd: root, stdio: 'inherit', env: process.env },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let counts = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(output)) {
    const report = JSON.parse(readFileSync(output, 'utf8'));
    counts = { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + (report.numTodoTests ?? 0) };
    failures.push(...failedTests(report, suite.name));
  }
  const ok = result.status === 0 && counts.failed === 0 && counts.passed > 0;
  if (!ok) failedSuites++;
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1; // the suite itself failed (set-up, no tests found)
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  rows.push(`${ok ? '✔' : '✖'} ${suite.name.padEnd(12)} ${String(counts.passed).padStart(5)} passed ${String(counts.failed).padStart(4)} failed ${String(counts.skipped).padStart(4)} skipped  ${seconds}s`);
}

if (retried.length) {
  console.log(`\n━━ Passed on a retry (${retried.length})`);
  for (const line of retried.slice(0, 20)) console.log(line);
}
// The failures again at the very end, where a log cut to its tail still shows them.
if (failures.length) {
  console.log(`\n━━ Failed tests (${failures.length})`);
  for (const line of failures.slice(0, 40)) console.log(line);
  if (failures.length > 40) console.log(`  … and ${failures.length - 40} more (.emulators/results/*.json)`);
}
console.log('\n━━ Summary');
for (const row of rows) console.log(row);
console.log(`total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSuites === 0 ? 0 : 1);
