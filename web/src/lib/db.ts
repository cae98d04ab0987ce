/** Firestore for an app instance, connected to the emulator in emulator mode. */
import type { FirebaseApp } from 'firebase/app';
import { connectFirestoreEmulator, getFirestore, type Firestore } from 'firebase/firestore';
import { config } from './config';

const connected = new WeakSet<Firestore>();

export function firestoreFor(app: FirebaseApp): Firestore {
  const db = getFirestore(app);
  if (config.emulators && !connected.has(db)) {
    connectFirestoreEmulator(db, config.emulators.firestore.host, config.emulators.firestore.port);
    connected.add(db);
  }
  return db;
}
