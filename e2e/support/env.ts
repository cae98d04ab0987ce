/** Where the emulators are, from the environment `firebase emulators:exec` sets. */
export interface EmulatorEnv {
  projectId: string;
  auth: string;
  firestore: string;
  functions: string;
}

export function emulatorEnv(env: NodeJS.ProcessEnv = process.env): EmulatorEnv {
  const missing = ['FIRESTORE_EMULATOR_HOST', 'FIREBASE_AUTH_EMULATOR_HOST', 'GCLOUD_PROJECT'].filter((name) => !env[name]);
  if (missing.length) {
    throw new Error(
      `The end-to-end tests run against the emulators; ${missing.join(', ')} not set.\n` +
        'Run them with: node scripts/emulators.mjs exec "npx vitest run --root e2e" (or npm test).',
    );
  }
  const offset = Number(env.EMULATOR_PORT_OFFSET || 0);
  const functions = env.FUNCTIONS_EMULATOR_ORIGIN ? env.FUNCTIONS_EMULATOR_ORIGIN.replace(/^https?:\/\//, '') : `127.0.0.1:${5001 + offset}`;
  return {
    projectId: env.GCLOUD_PROJECT!,
    auth: env.FIREBASE_AUTH_EMULATOR_HOST!,
    firestore: env.FIRESTORE_EMULATOR_HOST!,
    functions,
  };
}
