/**
 * Test data for every functions suite: unique companies, contacts and accounts per test (suites
 * never clear the emulators), and callable requests carrying a real, verified ID token from the
 * Auth emulator — exactly what onCall hands the handler. Billing adds invoices.ts,
 * stripeEvents.ts, fakeStripe.ts and localSecrets.ts beside it.
 */
import { HttpsError, type FunctionsErrorCode } from 'firebase-functions/v2/https';
import { Timestamp } from 'firebase-admin/firestore';
import { expect } from 'vitest';
import { auth, db } from '../../src/admin';
import { paths, type ClientRequest, type Company, type CompanyStatus, type Contact, type PortalAccess, type Project } from '../../src/model';
import type { CallRequest } from '../../src/shared/callable';
import type { Deps } from '../../src/shared/deps';
import { signInWithCustomToken, signInWithGoogle, type Session } from './emulators';
import { uid } from './ids';

export { uid };

export const APP_URL = 'http://portal.test';

export function deps(now: Date = new Date()): Deps {
  return { db, auth, appUrl: APP_URL, now: () => now };
}

export interface Account {
  uid: string;
  email: string;
  session: Session;
  request: (data: unknown) => CallRequest;
}

export interface AccountOptions {
  email?: string;
  emailVerified?: boolean;
  displayName?: string;
  claims?: Record<string, unknown>;
}

/** Creates an Auth account with these claims and signs it in (custom token → ID token). */
export async function account(prefix: string, options: AccountOptions = {}): Promise<Account> {
  const id = uid(prefix);
  const email = options.email ?? `${id}@people.test`;
  await auth.createUser({ uid: id, email, emailVerified: options.emailVerified ?? true, displayName: options.displayName ?? `Person ${id}` });
  if (options.claims) await auth.setCustomUserClaims(id, options.claims);
  return signedIn(id, email);
}

/** A session for an existing account (fresh ID token with its current claims). */
export async function signedIn(accountUid: string, email: string): Promise<Account> {
  const session = await signInWithCustomToken(await auth.createCustomToken(accountUid));
  return withSession(accountUid, email, session);
}

export async function withSession(accountUid: string, email: string, session: Session): Promise<Account> {
  const token = await auth.verifyIdToken(session.idToken);
  return {
    uid: accountUid,
    email,
    session,
    request: (data: unknown) => ({ data, auth: { uid: accountUid, token, rawToken: session.idToken } }),
  };
}

/** "Continue with Google" as `email` (the account is created on first sign-in). */
export async function googleAccount(email: string, claims?: Record<string, unknown>): Promise<Account> {
  let session = await signInWithGoogle(email);
  const user = await auth.getUserByEmail(email);
  if (claims) {
    await auth.setCustomUserClaims(user.uid, claims);
    session = await signInWithGoogle(email);
  }
  return withSession(user.uid, email, session);
}

export const admin = () => account('admin', { claims: { role: 'admin' } });
export const staff = () => account('staff', { claims: { role: 'staff' } });
export const anonymousRequest = (data: unknown): CallRequest => ({ data });

export interface World {
  companyId: string;
  companyName: string;
}

export async function company(status: CompanyStatus = 'client', name?: string): Promise<World> {
  const companyId = uid('co');
  const companyName = name ?? `Company ${companyId}`;
  const doc: Company = { name: companyName, status, website: '', logoUrl: '', createdAt: Timestamp.now() };
  await db.doc(paths.company(companyId)).set(doc);
  return { companyId, companyName };
}

export async function contact(companyId: string, portal: PortalAccess = 'none', fields: Partial<Contact> = {}): Promise<{ contactId: string; email: string; name: string }> {
  const contactId = uid('ct');
  const doc: Contact = { name: `Contact ${contactId}`, email: `${contactId}@client.test`, phone: '', title: '', portal, uid: null, ...fields };
  await db.doc(`${paths.contacts(companyId)}/${contactId}`).set(doc);
  return { contactId, email: doc.email, name: doc.name };
}

/** A client with a linked active contact and a profile, as acceptInvitation leaves them (`scopes`: their portal areas; absent = both). */
export async function linkedClient(companyId: string, scopes?: Array<'work' | 'billing'>): Promise<{ person: Account; contactId: string }> {
  const person = await account('client', { claims: { role: 'client', companyId, theme: 'dark', ...(scopes ? { scopes } : {}) } });
  const linked = await contact(companyId, 'active', { email: person.email, uid: person.uid, ...(scopes ? { scopes } : {}) });
  await db.doc(paths.user(person.uid)).set({
    displayName: 'Carol Chen',
    email: person.email,
    role: 'client',
    companyId,
    status: 'active',
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
  });
  return { person, contactId: linked.contactId };
}

export async function project(companyId: string): Promise<string> {
  const projectId = uid('pr');
  const doc: Project = { name: 'Website', description: '', status: 'active', startDate: '2026-01-01', endDate: '2026-12-31', team: [] };
  await db.doc(paths.project(companyId, projectId)).set(doc);
  return projectId;
}

export async function readDoc<T>(path: string): Promise<T | undefined> {
  return (await db.doc(path).get()).data() as T | undefined;
}

export async function claimsOf(accountUid: string): Promise<Record<string, unknown>> {
  return (await auth.getUser(accountUid)).customClaims ?? {};
}

/** Awaits a handler that must refuse; returns the HttpsError's code, message and details. */
export async function refusal(promise: Promise<unknown>): Promise<{ code: FunctionsErrorCode; message: string; reason: unknown }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'expected the call to be refused').toBeInstanceOf(HttpsError);
  const { code, message, details } = error as HttpsError;
  return { code, message, reason: (details as { reason?: unknown } | undefined)?.reason };
}

/** The oobCode and continue URL inside an email sign-in link. */
export function parseSignInLink(link: string): { oobCode: string; continueUrl: URL } {
  const url = new URL(link);
  const oobCode = url.searchParams.get('oobCode');
  const continueUrl = url.searchParams.get('continueUrl');
  if (!oobCode || !continueUrl) throw new Error(`not an email sign-in link: ${link}`);
  return { oobCode, continueUrl: new URL(continueUrl) };
}

/** The sign-in link inside a mail document's text. */
export function linkIn(text: string): string {
  const match = /https?:\/\/\S*oobCode=\S+/.exec(text);
  if (!match) throw new Error(`no sign-in link in: ${text}`);
  return match[0];
}

/**
 * A team member known only by their profile (`users/{uid}`: what notices read to find staff
 * emails); no Auth account. Unique email per call.
 */
export async function teamProfile(
  role: 'staff' | 'admin' = 'staff',
  status: 'active' | 'disabled' = 'active',
): Promise<{ uid: string; email: string; name: string }> {
  const id = uid(role);
  const profile = { displayName: `Member ${id}`, email: `${id}@agency.test`, role, companyId: null, status, createdAt: Timestamp.now() };
  await db.doc(paths.user(id)).set(profile);
  return { uid: id, email: profile.email, name: profile.displayName };
}

/** A client's submitted request (as the rules let a client create it), written with the Admin SDK. */
export async function clientRequest(companyId: string, fields: Partial<ClientRequest> = {}): Promise<{ requestId: string; request: ClientRequest }> {
  const requestId = uid('rq');
  const request: ClientRequest = {
    title: 'Landing page for the spring sale',
    description: 'One page with the three offers and a sign-up form.',
    projectId: null,
    dueDate: null,
    status: 'submitted',
    decisionReason: null,
    taskId: null,
    createdBy: 'u-client',
    createdByName: 'Carol Chen',
    createdAt: Timestamp.now(),
    ...fields,
  };
  await db.doc(paths.request(companyId, requestId)).set(request);
  return { requestId, request };
}
