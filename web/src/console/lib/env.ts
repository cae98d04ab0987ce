/**
 * The console's environment: the staff member's app and Firestore (default app), who they are,
 * and signing out. Provided once by ConsoleApp; query and mutation hooks read it with
 * `useConsole()` — components never take `db` from it (ESLint refuses it in .tsx files).
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
  signOut: () => Promise<void>;
}

export const ConsoleContext = createContext<ConsoleEnv | null>(null);

export function useConsole(): ConsoleEnv {
  const env = useContext(ConsoleContext);
  if (!env) throw new Error('useConsole outside <ConsoleApp>');
  return env;
}
