/**
 * Calls a Cloud Function by name. `firebase/functions` is loaded on first use only (the portal
 * needs it for "Pay now" and invitations, never on first paint).
 */
import type { FirebaseApp } from 'firebase/app';
import { config } from './config';

const connected = new WeakSet<object>();

export async function callFunction<Req, Res>(app: FirebaseApp, name: string, data: Req): Promise<Res> {
  const { connectFunctionsEmulator, getFunctions, httpsCallable } = await import('firebase/functions');
  const functions = getFunctions(app, config.functionsRegion);
  if (config.emulators && !connected.has(functions)) {
    connectFunctionsEmulator(functions, config.emulators.functions.host, config.emulators.functions.port);
    connected.add(functions);
  }
  const result = await httpsCallable<Req, Res>(functions, name)(data);
  return result.data;
}
