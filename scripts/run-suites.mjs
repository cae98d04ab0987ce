#!/usr/bin/env node
// Runs inside `firebase emulators:exec`: each suite with vitest, one after another (they share
// the emulators), then the summary. `node scripts/run-suites.mjs e2e` runs one suite;
// `node scripts/run-suites.mjs --summary` prints the summary of every suite that has results
// (npm test runs the scale suite under emulators of its own, then prints one summary of all).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './emulators.mjs';

const SUITES = [
  { name: 'rules-tests', what: 'Firestore rules matrix, escalation and fuzz' },
  { name: 'functions', what: 'Cloud Functions against the emulators' },
  { name: 'web', what: 'web unit tests' },
  { name: 'bench', what: 'benchmark tooling and the static rules check' },
  { name: 'e2e', what: 'end-to-end in Chromium' },
  // The grown-agency budgets (issue 10): the agency grows in the emulators, so npm test gives
  // it emulators of its own, after the others (scripts/test.mjs), and no reseed after it.
  { name: 'scale', what: 'grown-agency budgets in Chromium', root: 'e2e', files: ['tests/scale.e2e.ts'], env: { E2E_SCALE: '1', SCALE_RESET: '0' } },
];
/** What `run-suites.mjs` with no names runs: every suite that shares one set of emulators. */
const SHARED_SUITES = SUITES.filter((s) => s.name !== 'scale').map((s) => s.name);

const outDir = join(root, '.emulators', 'results');
const reportOf = (name) => join(outDir, `${name}.json`);
const metaOf = (name) => join(outDir, `${name}.meta.json`);

/** Runs one suite with vitest; leaves its JSON report and its exit status in .emulators/results. */
function runSuite(suite) {
  console.log(`\n━━ ${suite.name}: ${suite.what}`);
  rmSync(reportOf(suite.name), { force: true });
  const started = Date.now();
  const result = spawnSync(
    'npx',
    ['vitest', 'run', '--root', suite.root ?? suite.name, ...(suite.files ?? []), '--reporter=default', '--reporter=json', `--outputFile.json=${reportOf(suite.name)}`],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...suite.env } },
  );
  writeFileSync(metaOf(suite.name), JSON.stringify({ status: result.status, seconds: (Date.now() - started) / 1000 }));
}

/** file › name and the first line of the error of each failed test, and of each test that passed on a retry. */
function testsToLookAt(report, suite) {
  const failed = [];
  const retried = [];
  for (const file of report.testResults ?? []) {
    const short = file.name.replace(`${root}/`, '');
    for (const test of file.assertionResults ?? []) {
      const why = (test.failureMessages?.[0] ?? '').split('\n').find((line) => line.trim()) ?? '';
      // a passed test with failure messages failed first and passed on a retry: a flake to look at
      if (test.status === 'passed' && why) retried.push(`  ${suite} ${short} › ${test.fullName}\n      first try: ${why.trim().slice(0, 300)}`);
      if (test.status === 'failed') failed.push(`  ${suite} ${short} › ${test.fullName}\n      ${why.trim().slice(0, 300)}`);
    }
    // a file that failed before its tests ran (import or hook error) has no failed test
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      failed.push(`  ${suite} ${short}\n      ${(file.message ?? '').split('\n')[0].slice(0, 300)}`);
    }
  }
  return { failed, retried };
}

/** Prints the summary of the named suites from their results; true when every one passed. */
function printSummary(names) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const rows = [];
  const failures = [];
  const retried = [];
  let allPassed = true;
  for (const name of names) {
    if (!existsSync(metaOf(name))) {
      rows.push(`✖ ${name.padEnd(12)} did not run`);
      allPassed = false;
      continue;
    }
    const meta = JSON.parse(readFileSync(metaOf(name), 'utf8'));
    let counts = { passed: 0, failed: 0, skipped: 0 };
    if (existsSync(reportOf(name))) {
      const report = JSON.parse(readFileSync(reportOf(name), 'utf8'));
      counts = { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + (report.numTodoTests ?? 0) };
      const look = testsToLookAt(report, name);
      failures.push(...look.failed);
      retried.push(...look.retried);
    }
    const ok = meta.status === 0 && counts.failed === 0 && counts.passed > 0;
    if (!ok) allPassed = false;
    if (meta.status !== 0 && counts.failed === 0) counts.failed = 1; // the suite itself failed (set-up, no tests found)
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    rows.push(`${ok ? '✔' : '✖'} ${name.padEnd(12)} ${String(counts.passed).padStart(5)} passed ${String(counts.failed).padStart(4)} failed ${String(counts.skipped).padStart(4)} skipped  ${meta.seconds.toFixed(1)}s`);
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
  return allPassed;
}

const args = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
if (args[0] === '--summary') {
  const names = args.length > 1 ? args.slice(1) : SUITES.map((s) => s.name).filter((name) => existsSync(metaOf(name)));
  process.exit(printSummary(names) ? 0 : 1);
}
const names = args.length ? args : SHARED_SUITES;
const unknown = names.filter((name) => !SUITES.some((s) => s.name === name));
if (unknown.length) {
  console.error(`unknown suite(s): ${unknown.join(', ')} (known: ${SUITES.map((s) => s.name).join(', ')})`);
  process.exit(2);
}
for (const name of names) rmSync(metaOf(name), { force: true });
for (const name of names) runSuite(SUITES.find((s) => s.name === name));
process.exit(printSummary(names) ? 0 : 1);
