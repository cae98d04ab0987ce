/**
 * Google's sign-in popup against real Firebase, with its resolver (Google's iframe script). A
 * chunk of its own, loaded by the login page once it has settled: signed-in pages never load it.
 */
import { browserPopupRedirectResolver, getRedirectResult, GoogleAuthProvider, signInWithPopup, type Auth } from 'firebase/auth';

export async function signInWithGooglePopup(auth: Auth): Promise<void> {
  const provider = new GoogleAuthProvider();
  provider.setCustomParameters({ prompt: 'select_account' });
  await signInWithPopup(auth, provider, browserPopupRedirectResolver);
}

/**
 * Loads Google's sign-in iframe ahead of the click, so the popup opens at once (Safari and phones
 * block a popup opened after a wait).
 */
export function warmGooglePopup(auth: Auth): void {
  getRedirectResult(auth, browserPopupRedirectResolver).catch(() => {});
}
