/**
 * The emulators' coordinates (set by scripts/emulators.mjs) and their REST APIs: Auth sign-in
 * (custom token, email link, refresh), Firestore reads and writes under the security rules with
 * a user's ID token, and callables over HTTP the way the Firebase web SDK calls them.
 */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through \`node scripts/emulators.mjs exec\` (see README).`);
  return value;
}

export const projectId = (): string => required('GCLOUD_PROJECT');
const authHost = (): string => required('FIREBASE_AUTH_EMULATOR_HOST');
const firestoreHost = (): string => required('FIRESTORE_EMULATOR_HOST');
/** scripts/emulators.mjs sets it; otherwise the default port shifted by EMULATOR_PORT_OFFSET. */
const functionsOrigin = (): string =>
  process.env.FUNCTIONS_EMULATOR_ORIGIN ?? `http://127.0.0.1:${5001 + Number(process.env.EMULATOR_PORT_OFFSET ?? 0)}`;

export interface Session {
  idToken: string;
  refreshToken: string;
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const identityToolkit = (method: string) => `http://${authHost()}/identitytoolkit.googleapis.com/v1/accounts:${method}?key=fake-api-key`;

function session(result: { status: number; body: Record<string, unknown> }, what: string): Session {
  const { idToken, refreshToken } = result.body;
  if (result.status !== 200 || typeof idToken !== 'string' || typeof refreshToken !== 'string') {
    throw new Error(`${what} failed (${result.status}): ${JSON.stringify(result.body)}`);
  }
  return { idToken, refreshToken };
}

export async function signInWithCustomToken(token: string): Promise<Session> {
  return session(await postJson(identityToolkit('signInWithCustomToken'), { token, returnSecureToken: true }), 'signInWithCustomToken');
}

/**
 * What "Continue with Google" does against the Auth emulator (signInWithCredential with a
 * GoogleAuthProvider credential): a session whose sign_in_provider is google.com.
 */
export async function signInWithGoogle(email: string, name = 'Google User'): Promise<Session> {
  const idToken = JSON.stringify({ sub: `google-${email}`, email, email_verified: true, name });
  const postBody = new URLSearchParams({ id_token: idToken, providerId: 'google.com' }).toString();
  return session(
    await postJson(identityToolkit('signInWithIdp'), { postBody, requestUri: 'http://localhost', returnIdpCredential: true, returnSecureToken: true }),
    'signInWithIdp (google.com)',
  );
}

/** What the web SDK's signInWithEmailLink does with the oobCode of the link. */
export async function signInWithEmailLink(email: string, oobCode: string): Promise<Session> {
  return session(await postJson(identityToolkit('signInWithEmailLink'), { email, oobCode, returnSecureToken: true }), 'signInWithEmailLink');
}

/** What getIdToken(true) does: a fresh ID token (with the current claims) from the refresh token. */
export async function refreshIdToken(refreshToken: string): Promise<{ status: number; idToken: string | null; error: string | null }> {
  const res = await fetch(`http://${authHost()}/securetoken.googleapis.com/v1/token?key=fake-api-key`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }).toString(),
  });
  const body = (await res.json()) as { id_token?: string; error?: { message?: string } };
  return { status: res.status, idToken: body.id_token ?? null, error: body.error?.message ?? null };
}

/**
 * What the web SDK's user.reload() sends: null when the ID token is accepted, else the error
 * (TOKEN_EXPIRED once refresh tokens were revoked after the token was issued; the SDK then signs out).
 */
export async function lookupAccount(idToken: string): Promise<string | null> {
  const result = await postJson(identityToolkit('lookup'), { idToken });
  if (result.status === 200) return null;
  return String((result.body.error as { message?: unknown } | undefined)?.message ?? result.status);
}

/** The payload of a JWT, unverified (to look at the claims a client would see). */
export function jwtClaims(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

const documentsUrl = (path: string) => `http://${firestoreHost()}/v1/projects/${projectId()}/databases/(default)/documents/${path}`;

/** GET a document as the holder of `idToken`, rules enforced: the HTTP status (200, 403, 404). */
export async function readAs(idToken: string, path: string): Promise<number> {
  const res = await fetch(documentsUrl(path), { headers: { Authorization: `Bearer ${idToken}` } });
  await res.arrayBuffer();
  return res.status;
}

/** Creates a document with string fields as the holder of `idToken`: the HTTP status. */
export async function createAs(idToken: string, collectionPath: string, fields: Record<string, string>): Promise<number> {
  const body = { fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { stringValue: v }])) };
  const res = await postJson(documentsUrl(collectionPath), body, { Authorization: `Bearer ${idToken}` });
  return res.status;
}

export interface CallResult {
  status: number;
  result?: unknown;
  error?: { status: string; message: string; details?: unknown };
}

/** The URL of a deployed function in the Functions emulator. */
export const functionUrl = (name: string): string => `${functionsOrigin()}/${projectId()}/us-central1/${name}`;

/** Calls a deployed callable over HTTP (the callable protocol the web SDK speaks). */
export async function callFunction(name: string, data: unknown, idToken?: string): Promise<CallResult> {
  const { status, body } = await postJson(functionUrl(name), { data }, idToken ? { Authorization: `Bearer ${idToken}` } : {});
  return { status, result: body.result, error: body.error as CallResult['error'] };
}

/** Polls until `probe` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
