/**
 * Emulator coordinates (set by scripts/emulators.mjs) and the local Stripe secrets.
 *
 * The Functions emulator reads `functions/.secret.local` when it starts a worker for a function,
 * so a test that calls the deployed webhook over HTTP needs the file to exist before its first
 * request. `ensureLocalStripeSecrets()` writes test-only values when the file (or a key in it) is
 * missing, never overwrites a value a developer put there, and returns what the emulator will use.
 * The file is git-ignored.
 */
import { existsSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { resolve } from 'node:path';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through scripts/emulators.mjs exec (see README).`);
  return value;
}

export const projectId = () => required('GCLOUD_PROJECT');
export const firestoreHost = () => required('FIRESTORE_EMULATOR_HOST');
export const authHost = () => required('FIREBASE_AUTH_EMULATOR_HOST');
/** FUNCTIONS_EMULATOR_ORIGIN is set by scripts/emulators.mjs (offset 300 → http://127.0.0.1:5301). */
export const functionsOrigin = () => required('FUNCTIONS_EMULATOR_ORIGIN');
export const functionUrl = (name: string) => `${functionsOrigin()}/${projectId()}/us-central1/${name}`;

export const secretLocalPath = resolve(__dirname, '../../../.secret.local');

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
      '# Local values for the Functions emulator (git-ignored). Written by functions/test/billing with\n' +
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

/** Empties the Firestore emulator's database for this project. */
export async function clearFirestore(): Promise<void> {
  const res = await fetch(`http://${firestoreHost()}/emulator/v1/projects/${projectId()}/databases/(default)/documents`, { method: 'DELETE' });
  if (!res.ok) throw new Error(`Could not clear the Firestore emulator: ${res.status} ${await res.text()}`);
}
