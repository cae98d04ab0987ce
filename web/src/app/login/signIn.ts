/** Sign-in methods: Google (the popup in ./googlePopup.ts, or the emulator's fake credential) and email links. */
import { GoogleAuthProvider, isSignInWithEmailLink, signInWithCredential, signInWithEmailLink, type Auth } from 'firebase/auth';

export const EMAIL_FOR_SIGN_IN = 'agencyos.emailForSignIn';

/** The Google popup's code (its own chunk: the emulators' chooser never loads it). */
export const googlePopup = () => import('./googlePopup');

/**
 * Emulator only: the Auth emulator accepts an unsigned Google ID token. The seed links each demo
 * account's Google provider with uid = its email, so this signs into the seeded account.
 */
export async function signInWithEmulatorGoogle(auth: Auth, email: string, name: string): Promise<void> {
  const token = JSON.stringify({ sub: email, email, email_verified: true, name });
  await signInWithCredential(auth, GoogleAuthProvider.credential(token));
}

export function isEmailLink(auth: Auth, href: string): boolean {
  return isSignInWithEmailLink(auth, href);
}

export async function completeEmailLink(auth: Auth, email: string, href: string): Promise<void> {
  await signInWithEmailLink(auth, email, href);
  try {
    localStorage.removeItem(EMAIL_FOR_SIGN_IN);
  } catch {
    // ignore
  }
}

export function storedEmailForSignIn(): string {
  try {
    return localStorage.getItem(EMAIL_FOR_SIGN_IN) ?? '';
  } catch {
    return '';
  }
}
