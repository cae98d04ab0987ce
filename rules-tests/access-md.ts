/**
 * Writes (or checks) ACCESS.md from the rules tests' matrix and firestore.rules.
 *
 *   npx tsx rules-tests/access-md.ts            print it
 *   npx tsx rules-tests/access-md.ts --write    write ACCESS.md at the repository root
 *   npx tsx rules-tests/access-md.ts --check    exit 1 when ACCESS.md is out of date
 *
 * The matrix modules import `@model`, which rules-tests/tsconfig.json maps: when tsx was started
 * without it, this script runs itself again with TSX_TSCONFIG_PATH pointing there. Only Node
 * built-ins are imported statically for that reason.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

if (!process.env.TSX_TSCONFIG_PATH) {
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, [...process.execArgv, self, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig },
  });
  process.exit(run.status ?? 1);
}

const { ACCESS_MD, REGENERATE, renderAccessMarkdown } = await import('./access/markdown');
const markdown = renderAccessMarkdown();
const mode = process.argv[2];

if (mode === '--write') {
  writeFileSync(ACCESS_MD, markdown);
  console.log(`wrote ${ACCESS_MD}`);
} else if (mode === '--check') {
  const current = existsSync(ACCESS_MD) ? readFileSync(ACCESS_MD, 'utf8') : '';
  if (current !== markdown) {
    console.error(`ACCESS.md is out of date: run ${REGENERATE}`);
    process.exit(1);
  }
  console.log('ACCESS.md is up to date');
} else {
  process.stdout.write(markdown);
}
