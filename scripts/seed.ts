/**
 * `npm run seed`: writes the demo agency (scripts/demo-data.ts) into the running emulators with
 * the Admin SDK, and creates the demo accounts (Google provider) with their claims. Idempotent:
 * fixed ids, documents overwritten, accounts updated in place.
 */
import { pathToFileURL } from 'node:url';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth, type Auth } from 'firebase-admin/auth';
import { getFirestore, Timestamp, type DocumentData, type Firestore } from 'firebase-admin/firestore';
import { notesPath, paths, repliesPath, type ThreadParent } from '@model';
import {
  branding,
  DEMO_ACCOUNTS,
  demoComments,
  demoCompanies,
  demoExpenses,
  demoTimeEntries,
  portalSettings,
  staff,
  staffRates,
} from './demo-data';

const projectId = process.env.GCLOUD_PROJECT || process.env.EMULATOR_PROJECT_ID || 'demo-agency-os';
process.env.FIRESTORE_EMULATOR_HOST ||= '127.0.0.1:8080';
process.env.FIREBASE_AUTH_EMULATOR_HOST ||= '127.0.0.1:9099';

/** Dates become Firestore timestamps, recursively. */
function toFirestore(value: unknown): unknown {
  if (value instanceof Date) return Timestamp.fromDate(value);
  if (Array.isArray(value)) return value.map(toFirestore);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toFirestore(v)]));
  }
  return value;
}

async function upsertAccounts(auth: Auth): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    const profile = { email: account.email, displayName: account.displayName, emailVerified: true };
    try {
      await auth.updateUser(account.uid, profile);
    } catch {
      await auth.createUser({ uid: account.uid, ...profile });
    }
    const user = await auth.getUser(account.uid);
    if (!user.providerData.some((p) => p.providerId === 'google.com')) {
      // The emulator's Google sign-in finds this account by the provider uid (the email here).
      await auth.updateUser(account.uid, {
        providerToLink: { providerId: 'google.com', uid: account.email, email: account.email, displayName: account.displayName },
      });
    }
    const claims = account.role === 'client'
      ? { role: account.role, companyId: account.companyId, ...(account.scopes ? { scopes: account.scopes } : {}) }
      : { role: account.role };
    await auth.setCustomUserClaims(account.uid, claims);
  }
}

export async function seed(db: Firestore, auth: Auth): Promise<void> {
  await upsertAccounts(auth);
  const batch = db.batch();
  const put = (path: string, data: unknown) => batch.set(db.doc(path), toFirestore(data) as DocumentData);

  put(paths.branding(), branding);
  put(paths.portalSettings(), portalSettings);
  const createdAt = new Date(Date.now() - 90 * 86_400_000);
  for (const a of DEMO_ACCOUNTS) {
    put(paths.user(a.uid), {
      displayName: a.displayName, email: a.email, role: a.role, companyId: a.companyId, status: 'active', createdAt,
      ...(a.scopes ? { scopes: a.scopes } : {}),
    });
  }
  for (const [uid, member] of Object.entries(staff)) put(`${paths.staff()}/${uid}`, member);
  for (const [uid, rate] of Object.entries(staffRates)) put(`${paths.staffRates()}/${uid}`, rate);

  for (const c of demoCompanies()) {
    put(paths.company(c.id), c.company);
    put(paths.companyCrm(c.id), c.crm);
    for (const [id, contact] of Object.entries(c.contacts)) put(`${paths.contacts(c.id)}/${id}`, contact);
    for (const [id, { project, finance }] of Object.entries(c.projects)) {
      put(paths.project(c.id, id), project);
      put(paths.projectFinance(c.id, id), finance);
    }
    for (const [id, task] of Object.entries(c.tasks)) {
      const stamp = new Date(Date.now() - 14 * 86_400_000);
      put(paths.task(c.id, id), { ...task, createdAt: stamp, updatedAt: stamp });
    }
    for (const [id, invoice] of Object.entries(c.invoices)) put(paths.invoice(c.id, id), invoice);
    for (const [id, payment] of Object.entries(c.payments)) put(`${paths.payments(c.id)}/${id}`, payment);
    for (const [id, request] of Object.entries(c.requests)) put(paths.request(c.id, id), request);
  }
  for (const comment of demoComments()) {
    const parent: ThreadParent = comment.parent.kind === 'project'
      ? { kind: 'project', companyId: comment.companyId, projectId: comment.parent.id }
      : { kind: 'task', companyId: comment.companyId, taskId: comment.parent.id };
    const { body, authorUid, authorName, authorRole, createdAt: at } = comment;
    if (comment.kind === 'reply') put(`${repliesPath(parent)}/${comment.id}`, { body, authorUid, authorName, authorRole, createdAt: at });
    else put(`${notesPath(parent)}/${comment.id}`, { body, authorUid, authorName, createdAt: at });
  }
  for (const [id, entry] of Object.entries(demoTimeEntries())) put(`${paths.timeEntries()}/${id}`, entry);
  for (const [id, expense] of Object.entries(demoExpenses())) put(`${paths.expenses()}/${id}`, expense);
  await batch.commit();
}

async function main(): Promise<void> {
  const app = getApps()[0] ?? initializeApp({ projectId });
  await seed(getFirestore(app), getAuth(app));
  console.log(`Seeded ${projectId}: Northwind Studio, ${DEMO_ACCOUNTS.length} accounts, Acme Corp, Globex, Initech.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error('Seeding failed:', error instanceof Error ? error.message : error);
    console.error('Are the emulators running? Start them with `npm start` (or `npm run emulators`).');
    process.exit(1);
  });
}
