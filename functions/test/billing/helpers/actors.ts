/**
 * Real ID tokens from the Auth emulator: a custom token carrying the claims is exchanged for an
 * ID token over the emulator's REST API, then decoded by the Admin SDK like the callable runtime
 * does. `call` gives the handler exactly what `onCall` would.
 */
import type { DecodedIdToken } from 'firebase-admin/auth';
import { auth } from '../../../src/admin';
import type { AgencyClaims } from '../../../src/model';
import type { CheckoutCallRequest } from '../../../src/billing/createInvoiceCheckout';
import { authHost } from './env';

export interface Actor {
  uid: string;
  idToken: string;
  token: DecodedIdToken;
}

export async function signIn(uid: string, claims: AgencyClaims, email?: string): Promise<Actor> {
  if (email) {
    await auth.deleteUser(uid).catch(() => undefined);
    await auth.createUser({ uid, email, emailVerified: true });
  }
  const customToken = await auth.createCustomToken(uid, { ...claims });
  const res = await fetch(`http://${authHost()}/identitytoolkit.googleapis.com/v1/accounts:signInWithCustomToken?key=fake-api-key`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: customToken, returnSecureToken: true }),
  });
  const body = (await res.json()) as { idToken?: string; error?: { message: string } };
  if (!res.ok || !body.idToken) throw new Error(`Auth emulator sign-in failed: ${body.error?.message ?? res.status}`);
  const token = await auth.verifyIdToken(body.idToken);
  return { uid, idToken: body.idToken, token };
}

export function call(actor: Actor | null, data: unknown): CheckoutCallRequest {
  return actor ? { data, auth: { uid: actor.uid, token: actor.token, rawToken: actor.idToken } } : { data };
}
