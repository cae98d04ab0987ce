/**
 * The Stripe secrets the Functions emulator gives the deployed functions.
 *
 * The emulator reads `functions/.secret.local` when it starts a worker for a function, so a test
 * that calls a deployed function over HTTP needs the file to exist before its first request.
 * `ensureLocalStripeSecrets()` writes test-only values when the file (or a key in it) is missing,
 * never overwrites a value a developer put there, and returns what the emulator will use.
 * The file is git-ignored.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const secretLocalPath = resolve(__dirname, '../../.secret.local');

const TEST_SECRETS = {
  STRIPE_SECRET_KEY: 'sk_test_emulator_only_not_a_real_key',
  STRIPE_WEBHOOK_SECRET: 'whsec_emulator_only_test_secret',
} as const;

function parseDotenv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match?.[1] || line.trimStart().startsWith('#')) continue;
    values[match[1]] = (match[2] ?? '').replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

export function ensureLocalStripeSecrets(): { STRIPE_SECRET_KEY: string; STRIPE_WEBHOOK_SECRET: string } {
  const existing = existsSync(secretLocalPath) ? parseDotenv(readFileSync(secretLocalPath, 'utf8')) : null;
  if (!existing) {
    writeFileSync(
      secretLocalPath,
      '# Local values for the Functions emulator (git-ignored). Written by the functions tests with\n' +
        '# test-only placeholders; replace them with your Stripe test keys to use real Stripe locally.\n' +
        Object.entries(TEST_SECRETS).map(([k, v]) => `${k}=${v}`).join('\n') + '\n',
    );
    return { ...TEST_SECRETS };
  }
  const missing = (Object.keys(TEST_SECRETS) as (keyof typeof TEST_SECRETS)[]).filter((k) => !existing[k]);
  if (missing.length > 0) {
    const text = readFileSync(secretLocalPath, 'utf8');
    appendFileSync(secretLocalPath, `${text.endsWith('\n') || text === '' ? '' : '\n'}${missing.map((k) => `${k}=${TEST_SECRETS[k]}`).join('\n')}\n`);
  }
  return {
    STRIPE_SECRET_KEY: existing.STRIPE_SECRET_KEY || TEST_SECRETS.STRIPE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: existing.STRIPE_WEBHOOK_SECRET || TEST_SECRETS.STRIPE_WEBHOOK_SECRET,
  };
}
