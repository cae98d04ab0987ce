/**
 * The console's environment: the staff member's Firestore (default app) and who they are.
 * Provided once by ConsoleApp; every query hook and write reads it with `useConsole()`.
 * (A .ts module so components never import firebase/firestore, not even its types.)
 */
import { createContext, useContext } from 'react';
import type { FirebaseApp } from 'firebase/app';
import type { Firestore } from 'firebase/firestore';

export interface Me {
  uid: string;
  displayName: string;
  email: string;
  role: 'admin' | 'staff';
}

export interface ConsoleEnv {
  app: FirebaseApp;
  db: Firestore;
  me: Me;
  isAdmin: boolean;
}

export const ConsoleContext = createContext<ConsoleEnv | null>(null);

export function useConsole(): ConsoleEnv {
  const env = useContext(ConsoleContext);
  if (!env) throw new Error('useConsole outside <ConsoleApp>');
  return env;
}

export { firestoreFor } from '../lib/db';
