/**
 * Which Firebase the app talks to. With `VITE_FIREBASE_CONFIG` (the web config JSON of a real
 * project) it uses that project; without it, the local emulators and the demo project.
 */
import type { FirebaseOptions } from 'firebase/app';

export interface AppConfig {
  firebase: FirebaseOptions;
  emulators: { auth: string; firestore: { host: string; port: number }; functions: { host: string; port: number } } | null;
  functionsRegion: string;
}

function hostPort(value: string | undefined, fallback: string): { host: string; port: number } {
  const [host = '127.0.0.1', port = ''] = (value || fallback).split(':');
  return { host, port: Number(port) };
}

export function readConfig(env: ImportMetaEnv = import.meta.env): AppConfig {
  const functionsRegion = env.VITE_FUNCTIONS_REGION || 'us-central1';
  if (env.VITE_FIREBASE_CONFIG) {
    return { firebase: JSON.parse(env.VITE_FIREBASE_CONFIG) as FirebaseOptions, emulators: null, functionsRegion };
  }
  const projectId = env.VITE_PROJECT_ID || 'demo-agency-os';
  return {
    firebase: { apiKey: 'demo-api-key', authDomain: `${projectId}.firebaseapp.com`, projectId, appId: 'demo-app' },
    emulators: {
      auth: `http://${env.VITE_AUTH_EMULATOR || '127.0.0.1:9099'}`,
      firestore: hostPort(env.VITE_FIRESTORE_EMULATOR, '127.0.0.1:8080'),
      functions: hostPort(env.VITE_FUNCTIONS_EMULATOR, '127.0.0.1:5001'),
    },
    functionsRegion,
  };
}

export const config = readConfig();
export const usingEmulators = config.emulators !== null;
