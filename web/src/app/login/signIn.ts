/** Sign-in methods: Google (popup, or the emulator's fake credential) and email links. */
import {
  GoogleAuthProvider,
  isSignInWithEmailLink,
  signInWithCredential,
  signInWithEmailLink,
  signInWithPopup,
  type Auth,
} from 'firebase/auth';

export const EMAIL_FOR_SIGN_IN = 'agencyos.emailForSignIn';

export async function signInWithGooglePopup(auth: Auth): Promise<void> {
  const provider = new GoogleAuthProvider();
  provider.setCustomParameters({ prompt: 'select_account' });
  await signInWithPopup(auth, provider);
}

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
