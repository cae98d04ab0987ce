/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Web config JSON of a real Firebase project; absent → emulators. */
  readonly VITE_FIREBASE_CONFIG?: string;
  readonly VITE_PROJECT_ID?: string;
  readonly VITE_AUTH_EMULATOR?: string;
  readonly VITE_FIRESTORE_EMULATOR?: string;
  readonly VITE_FUNCTIONS_EMULATOR?: string;
  readonly VITE_FUNCTIONS_REGION?: string;
  /** "1" counts documents read in the data layer (npm run bench). */
  readonly VITE_BENCH?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
