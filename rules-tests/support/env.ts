/**
 * One RulesTestEnvironment per test file, pointed at the emulator the runner started
 * (`node scripts/emulators.mjs exec …` sets GCLOUD_PROJECT and FIRESTORE_EMULATOR_HOST).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import { connectFirestoreEmulator, getFirestore, setLogLevel, type Firestore } from 'firebase/firestore';

/**
 * The rules under test: ../firestore.rules, or another file named by RULES_FILE (e.g. an older
 * version, to see a new test fail on the rules it was written against).
 */
export const RULES_FILE = process.env.RULES_FILE || fileURLToPath(new URL('../../firestore.rules', import.meta.url));

export interface EmulatorTarget {
  projectId: string;
  host: string;
  port: number;
}

export function emulatorTarget(): EmulatorTarget {
  const projectId = process.env.GCLOUD_PROJECT;
  const hostAndPort = process.env.FIRESTORE_EMULATOR_HOST;
  if (!projectId || !hostAndPort) {
    throw new Error(
      'GCLOUD_PROJECT and FIRESTORE_EMULATOR_HOST are not set: run the suite inside the emulators, e.g.\n' +
        '  EMULATORS_ONLY=firestore node scripts/emulators.mjs exec "npx vitest run --root rules-tests"',
    );
  }
  const url = new URL(`http://${hostAndPort}`);
  const port = Number(url.port);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`FIRESTORE_EMULATOR_HOST has no port: ${hostAndPort}`);
  return { projectId, host: url.hostname, port };
}

let current: RulesTestEnvironment | null = null;
let ownerApp: FirebaseApp | null = null;
let ownerFirestore: Firestore | null = null;

/** Loads ../firestore.rules into the emulator and empties the project's Firestore. */
export async function startEnv(): Promise<RulesTestEnvironment> {
  // Denied writes are the point of this suite; the SDK would log each one as a warning.
  setLogLevel('error');
  const { projectId, host, port } = emulatorTarget();
  current = await initializeTestEnvironment({
    projectId,
    firestore: { host, port, rules: readFileSync(RULES_FILE, 'utf8') },
  });
  await clearWithRetry(current);
  return current;
}

/**
 * `npm test` runs this suite with the Functions emulator up, whose triggers (e.g. on a manual
 * payment a case writes) may still hold a document lock: a clear then aborts. Retry it.
 */
async function clearWithRetry(testEnv: RulesTestEnvironment, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await testEnv.clearFirestore();
      return;
    } catch (error) {
      if (attempt >= attempts || !String(error).includes('ABORTED')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

export function env(): RulesTestEnvironment {
  if (!current) throw new Error('startEnv() has not run (call it in beforeAll)');
  return current;
}

/**
 * A long-lived Firestore that bypasses the rules, for the per-case "the operation itself works"
 * controls of operations no user may perform (Functions-only writes). It uses the same
 * emulator "owner" token as `withSecurityRulesDisabled`, which would otherwise open and tear
 * down a Firebase app per call.
 */
export function ownerDb(): Firestore {
  if (!ownerFirestore) {
    const { projectId, host, port } = emulatorTarget();
    ownerApp = initializeApp({ projectId }, `rules-tests-owner-${process.pid}-${Date.now()}`);
    ownerFirestore = getFirestore(ownerApp);
    connectFirestoreEmulator(ownerFirestore, host, port, { mockUserToken: 'owner' });
  }
  return ownerFirestore;
}

/** Seeds with the rules disabled (the Admin SDK's view). */
export async function asOwner(write: (db: Firestore) => Promise<void>): Promise<void> {
  await env().withSecurityRulesDisabled(async (context) => {
    await write(context.firestore() as unknown as Firestore);
  });
}

export async function stopEnv(): Promise<void> {
  if (ownerApp) await deleteApp(ownerApp);
  ownerApp = null;
  ownerFirestore = null;
  await current?.cleanup();
  current = null;
}
