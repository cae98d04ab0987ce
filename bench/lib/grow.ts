/**
 * Grows the seeded demo agency into a large one (issue 10, the scale benchmark): more projects,
 * tasks and invoices for Acme, more client companies, a long history of time entries. Generated
 * deterministically (a seeded PRNG: the same sizes give the same documents, dates relative to
 * the day it runs): history in the past (completed projects, done tasks, paid invoices, logged
 * time), open work in the future (active and planned projects, open tasks due ahead).
 * Documents follow functions/src/model/documents.ts; they are written with the Admin SDK in
 * batches of 500 while the Functions emulator's background triggers are off, then the derived
 * documents (rollups, search index) are rebuilt with the same functions the callables use.
 */
import type { Auth } from 'firebase-admin/auth';
import { getApps, initializeApp } from 'firebase-admin/app';
import { Timestamp, type DocumentData, type Firestore } from 'firebase-admin/firestore';
import {
  paths,
  type Company,
  type CompanyCrm,
  type Contact,
  type Expense,
  type Invoice,
  type LineItem,
  type Payment,
  type Project,
  type ProjectFinance,
  type Task,
  type TaskPriority,
  type TeamMemberRef,
  type TimeEntry,
} from '@model';
import { batchedWriter } from '../../functions/src/shared/bulk';
import { demoCompanies } from '../../scripts/demo-data';
import { setBackgroundTriggers } from '../../scripts/emulatorHub';

export interface GrowSizes {
  /** Acme's totals after growing (the demo's own count included) */
  acmeTasks: number;
  acmeProjects: number;
  acmeInvoices: number;
  /** client companies added, each with these */
  clients: number;
  clientProjects: number;
  clientTasks: number;
  clientInvoices: number;
  /** time entries added (all companies) */
  timeEntries: number;
  expenses: number;
}

/** The benchmark's grown agency (issue 10). */
export const FULL_SIZES: GrowSizes = {
  acmeTasks: 3000,
  acmeProjects: 300,
  acmeInvoices: 500,
  clients: 60,
  clientProjects: 4,
  clientTasks: 50,
  clientInvoices: 5,
  timeEntries: 20_000,
  expenses: 600,
};

/** A tenth of it, for the budget test in `npm test` (e2e/tests/scale.e2e.ts). */
export const CI_SIZES: GrowSizes = {
  acmeTasks: 300,
  acmeProjects: 30,
  acmeInvoices: 50,
  clients: 10,
  clientProjects: 4,
  clientTasks: 50,
  clientInvoices: 5,
  timeEntries: 2_000,
  expenses: 60,
};

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const STAFF: TeamMemberRef[] = [
  { uid: 'u-ada', displayName: 'Ada Lovelace' },
  { uid: 'u-sam', displayName: 'Sam Rivera' },
  { uid: 'u-lee', displayName: 'Lee Park' },
];
const WORDS = ['Atlas', 'Beacon', 'Cobalt', 'Delta', 'Ember', 'Fjord', 'Granite', 'Harbor', 'Indigo', 'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Nimbus', 'Orchid', 'Pioneer', 'Quartz', 'Ridge', 'Summit', 'Tundra'];
const WORK = ['Landing page', 'Checkout flow', 'Email templates', 'Onboarding', 'Analytics setup', 'Product pages', 'Search', 'Accessibility audit', 'Style guide', 'Newsletter', 'Pricing page', 'Dashboard', 'Content migration', 'Performance pass', 'Illustrations', 'Copy review', 'Photo shoot', 'Ad creatives', 'Social kit', 'Release notes'];
const PRIORITIES: TaskPriority[] = ['low', 'medium', 'medium', 'high', 'urgent'];

/** What growing wrote, by kind. */
export type GrownCounts = Record<'companies' | 'projects' | 'tasks' | 'invoices' | 'payments' | 'timeEntries' | 'expenses' | 'contacts', number>;

interface Planned {
  companyId: string;
  projectId: string;
  start: number;
  end: number;
  status: Project['status'];
  taskIds: string[];
}

/** A generated agency: every document by path, in write order. */
export function generateGrowth(sizes: GrowSizes, now = new Date(), seed = 10): { docs: [string, DocumentData][]; counts: GrownCounts } {
  const rand = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const ts = (ms: number) => Timestamp.fromMillis(ms);
  const docs: [string, DocumentData][] = [];
  const counts: GrownCounts = { companies: 0, projects: 0, tasks: 0, invoices: 0, payments: 0, timeEntries: 0, expenses: 0, contacts: 0 };
  const put = (path: string, data: object, kind?: keyof GrownCounts) => {
    docs.push([path, data as DocumentData]);
    if (kind) counts[kind] += 1;
  };
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const planned: Planned[] = [];

  const addProjects = (companyId: string, n: number, prefix: string) => {
    const mine: Planned[] = [];
    for (let i = 1; i <= n; i++) {
      const r = rand();
      // 70% completed (the past), 15% active, 10% planned (the future), 5% on hold
      const status: Project['status'] = r < 0.7 ? 'completed' : r < 0.85 ? 'active' : r < 0.95 ? 'planned' : 'on_hold';
      const start =
        status === 'completed' ? today - int(120, 720) * DAY : status === 'planned' ? today + int(7, 120) * DAY : today - int(20, 200) * DAY;
      const end = status === 'completed' ? Math.min(start + int(30, 110) * DAY, today - int(2, 30) * DAY) : Math.max(start, today) + int(20, 240) * DAY;
      const projectId = `${prefix}-p${pad(i, 4)}`;
      const team = STAFF.filter(() => rand() < 0.6);
      const project: Project = {
        name: `${pick(WORDS)} ${pick(WORK)} ${i}`,
        description: `Generated project ${i} for the scale benchmark.`,
        status,
        startDate: iso(start),
        endDate: iso(end),
        team: team.length ? team : [pick(STAFF)],
      };
      const budget = int(20, 400) * 10_000;
      const finance: ProjectFinance = {
        engagementType: pick(['fixed_fee', 'time_and_materials', 'retainer'] as const),
        budget,
        currency: 'USD',
        costToDate: status === 'planned' ? 0 : Math.round(budget * rand()),
        health: pick(['on_track', 'on_track', 'needs_attention', 'critical'] as const),
      };
      put(paths.project(companyId, projectId), project, 'projects');
      put(paths.projectFinance(companyId, projectId), finance);
      mine.push({ companyId, projectId, start, end, status, taskIds: [] });
    }
    planned.push(...mine);
    return mine;
  };

  const addTasks = (companyId: string, projects: Planned[], n: number, prefix: string) => {
    for (let i = 1; i <= n; i++) {
      const project = pick(projects);
      const taskId = `${prefix}-t${pad(i, 5)}`;
      project.taskIds.push(taskId);
      let status: Task['status'];
      let due: number;
      if (project.status === 'completed') {
        status = 'done';
        due = project.start + Math.floor(rand() * Math.max(DAY, project.end - project.start));
      } else if (project.status === 'planned') {
        status = 'todo';
        due = project.start + int(1, 60) * DAY;
      } else if (rand() < 0.45) {
        status = 'done';
        due = project.start + Math.floor(rand() * Math.max(DAY, today - project.start));
      } else {
        status = pick(['todo', 'todo', 'in_progress', 'in_review'] as const);
        due = today + int(1, 90) * DAY;
      }
      const created = Math.min(due, today) - int(5, 40) * DAY;
      const task: Task = {
        projectId: project.projectId,
        title: `${pick(WORK)} ${pick(WORDS).toLowerCase()} ${i}`,
        description: 'Generated for the scale benchmark.',
        status,
        priority: pick(PRIORITIES),
        assignee: rand() < 0.85 ? pick(STAFF) : null,
        dueDate: iso(due),
        deliverables: [],
        createdAt: ts(created),
        updatedAt: ts(Math.min(today, due)),
      };
      if (status === 'in_review') task.reviewRound = 1;
      put(paths.task(companyId, taskId), task, 'tasks');
    }
  };

  const addInvoices = (companyId: string, n: number, prefix: string, numberBase: number) => {
    for (let i = 1; i <= n; i++) {
      const r = rand();
      // 85% paid, 4% pending, 3% overdue, 5% draft, 3% void
      const status: Invoice['status'] = r < 0.85 ? 'paid' : r < 0.89 ? 'pending' : r < 0.92 ? 'overdue' : r < 0.97 ? 'draft' : 'void';
      const issue = status === 'pending' || status === 'draft' ? today - int(0, 20) * DAY : status === 'overdue' ? today - int(45, 90) * DAY : today - int(30, 720) * DAY;
      const lineItems: LineItem[] = Array.from({ length: int(1, 3) }, (_, k) =>
        k === 0
          ? { description: `${pick(WORK)} — milestone`, quantity: 1, unitAmount: int(5, 120) * 10_000, kind: 'fixed' as const }
          : { description: `${pick(WORK)} — hours`, quantity: int(2, 40), unitAmount: pick([12000, 14000, 18000]), kind: 'hourly' as const },
      );
      const subtotal = lineItems.reduce((sum, item) => sum + Math.round(item.quantity * item.unitAmount), 0);
      const tax = Math.round(subtotal * 0.08);
      const total = subtotal + tax;
      const paidAt = status === 'paid' ? issue + int(3, 40) * DAY : null;
      const invoiceId = `${prefix}-i${pad(i, 4)}`;
      const invoice: Invoice = {
        number: `INV-${numberBase + i}`,
        status,
        issueDate: iso(issue),
        dueDate: iso(issue + 30 * DAY),
        currency: 'USD',
        lineItems,
        subtotal,
        tax,
        total,
        amountPaid: status === 'paid' ? total : 0,
        paidAt: paidAt === null ? null : ts(Math.min(paidAt, today - DAY)),
      };
      put(paths.invoice(companyId, invoiceId), invoice, 'invoices');
      if (paidAt !== null) {
        const payment: Payment = {
          invoiceId,
          amount: total,
          currency: 'USD',
          provider: 'stripe',
          stripeSessionId: `cs_test_grow_${invoiceId}`,
          paidAt: ts(Math.min(paidAt, today - DAY)),
        };
        put(`${paths.payments(companyId)}/${invoiceId}-pay`, payment, 'payments');
      }
    }
  };

  // ---- Acme: up to the target totals (the demo's own documents count) ----
  const acme = demoCompanies().find((c) => c.id === 'acme')!;
  const acmeProjects = addProjects('acme', Math.max(0, sizes.acmeProjects - Object.keys(acme.projects).length), 'g-acme');
  addTasks('acme', acmeProjects, Math.max(0, sizes.acmeTasks - Object.keys(acme.tasks).length), 'g-acme');
  addInvoices('acme', Math.max(0, sizes.acmeInvoices - Object.keys(acme.invoices).length), 'g-acme', 5000);

  // ---- more client companies ----
  for (let c = 1; c <= sizes.clients; c++) {
    const companyId = `g-client-${pad(c, 3)}`;
    const name = `${pick(WORDS)} ${pick(['Labs', 'Group', 'Foods', 'Health', 'Logistics', 'Studio', 'Energy', 'Retail'])} ${c}`;
    const company: Company = { name, status: 'client', website: `https://${companyId}.example.com`, logoUrl: '', createdAt: ts(today - int(60, 900) * DAY) };
    const crm: CompanyCrm = { dealValue: int(10, 500) * 10_000, source: pick(['Referral', 'Website', 'Conference']), stage: 'Won', ownerUid: pick(STAFF).uid, lastInteractionAt: ts(today - int(1, 60) * DAY) };
    const contact: Contact = { name: `Contact ${c}`, email: `contact@${companyId}.test`, phone: '', title: 'Buyer', portal: 'none', uid: null };
    put(paths.company(companyId), company, 'companies');
    put(paths.companyCrm(companyId), crm);
    put(`${paths.contacts(companyId)}/main`, contact, 'contacts');
    const projects = addProjects(companyId, sizes.clientProjects, `g-c${pad(c, 3)}`);
    addTasks(companyId, projects, sizes.clientTasks, `g-c${pad(c, 3)}`);
    addInvoices(companyId, sizes.clientInvoices, `g-c${pad(c, 3)}`, 10_000 + c * 100);
  }

  // ---- time: logged on the projects' past days (weekdays), half of it on Acme ----
  const started = planned.filter((p) => p.start < today);
  const acmeStarted = started.filter((p) => p.companyId === 'acme');
  const otherStarted = started.filter((p) => p.companyId !== 'acme');
  for (let i = 1; i <= sizes.timeEntries && started.length > 0; i++) {
    const pool = acmeStarted.length && (rand() < 0.5 || !otherStarted.length) ? acmeStarted : otherStarted.length ? otherStarted : acmeStarted;
    const project = pick(pool);
    const last = Math.min(project.end, today - DAY);
    let day = project.start + Math.floor(rand() * Math.max(1, (last - project.start) / DAY + 1)) * DAY;
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) day -= (weekday === 6 ? 1 : 2) * DAY;
    const entry: TimeEntry = {
      uid: pick(STAFF).uid,
      companyId: project.companyId,
      projectId: project.projectId,
      taskId: project.taskIds.length && rand() < 0.75 ? pick(project.taskIds) : null,
      date: iso(Math.max(day, project.start)),
      minutes: int(2, 32) * 15,
      billable: rand() < 0.85,
      note: '',
    };
    put(`${paths.timeEntries()}/g-te-${pad(i, 6)}`, entry, 'timeEntries');
  }
  for (let i = 1; i <= sizes.expenses && started.length > 0; i++) {
    const project = pick(started);
    const last = Math.min(project.end, today - DAY);
    const expense: Expense = {
      companyId: project.companyId,
      projectId: rand() < 0.9 ? project.projectId : null,
      amount: int(5, 900) * 100,
      currency: 'USD',
      category: pick(['software', 'hardware', 'travel', 'contractor', 'media', 'other'] as const),
      date: iso(project.start + Math.floor(rand() * Math.max(1, (last - project.start) / DAY + 1)) * DAY),
      createdBy: pick(STAFF).uid,
      description: `Generated expense ${i}`,
    };
    put(`${paths.expenses()}/g-ex-${pad(i, 5)}`, expense, 'expenses');
  }
  return { docs, counts };
}

/** Writes documents with the rebuilds' batchedWriter: batches of 500, one after another, retried when the busy emulator aborts one. */
async function writeInBatches(db: Firestore, docs: readonly [string, DocumentData][]): Promise<void> {
  const writer = batchedWriter(db);
  for (const [path, data] of docs) writer.set(db.doc(path), data);
  await writer.close();
}

// ---- the emulators ----

let triggersOff = false;

/** Background triggers off while thousands of documents are written or cleared; back on after. */
export async function setTriggers(enabled: boolean): Promise<void> {
  if (!(await setBackgroundTriggers(enabled))) throw new Error('The Functions emulator is not running: its triggers keep the rollups and the search index.');
  triggersOff = !enabled;
}

/**
 * Empties the Firestore emulator (as e2e/support/global-setup.ts does before seeding). Clearing
 * a grown agency can outlast fetch's 300 s wait for headers: the emulator goes on deleting, and
 * the next attempt finds less to delete.
 */
export async function clearFirestore(firestoreHost: string, projectId: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    let failure: string;
    try {
      const response = await fetch(`http://${firestoreHost}/emulator/v1/projects/${projectId}/databases/(default)/documents`, { method: 'DELETE' });
      if (response.ok) return;
      failure = `${response.status}: ${await response.text()}`;
      if (response.status !== 409) throw new Error(`Could not clear the Firestore emulator (${failure})`);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error; // fetch failed: no answer (yet)
      failure = `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}`;
    }
    if (attempt >= 5) throw new Error(`Could not clear the Firestore emulator (${failure})`);
    await new Promise((r) => setTimeout(r, 2000 * attempt));
  }
}

/**
 * Waits until the triggers have caught up with a seed: every time entry, expense and task has its
 * rollup source record, every company, project and task its search entry, and the derived
 * collections have not changed for `quietMs`.
 */
export async function waitForTriggers(db: Firestore, { quietMs = 2000, timeoutMs = 120_000 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const count = async (q: FirebaseFirestore.Query) => (await q.count().get()).data().count;
  const [entries, expenses, companies, projects, tasks] = await Promise.all([
    count(db.collection(paths.timeEntries())),
    count(db.collection(paths.expenses())),
    count(db.collection(paths.companies())),
    count(db.collectionGroup('projects')),
    count(db.collectionGroup('tasks')),
  ]);
  const probe = async () => {
    const [sources, search, mail, inReview] = await Promise.all([
      count(db.collection(paths.rollupSources())),
      count(db.collection(paths.searchIndex())),
      count(db.collection(paths.mail())),
      count(db.collectionGroup('tasks').where('reviewRound', '>=', 1)),
    ]);
    return { done: sources >= entries + expenses + tasks && search >= companies + projects + tasks, key: [sources, search, mail, inReview].join('/') };
  };
  let last = await probe();
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 400));
    const now = await probe();
    if (now.key !== last.key) stableSince = Date.now();
    last = now;
    if (now.done && Date.now() - stableSince >= quietMs) return;
  }
  throw new Error(`The Functions emulator's triggers did not catch up with the seed within ${timeoutMs / 1000}s (${last.key})`);
}

/**
 * The demo agency as `npm test`'s global set-up leaves it: Firestore emptied, the demo seeded
 * with the triggers on, and their work waited for. Triggers turned off by growAgency are turned
 * back on after the clear (once: reloading the functions is slow on a busy machine, and a
 * reload that timed out is retried by turning them on again and reseeding).
 */
export async function resetDemo(db: Firestore, auth: Auth, env: { firestore: string; projectId: string }): Promise<void> {
  const { seed } = await import('../../scripts/seed');
  await clearFirestore(env.firestore, env.projectId);
  for (let attempt = 1; ; attempt++) {
    if (triggersOff || attempt > 1) await setTriggers(true);
    await seed(db, auth);
    try {
      await waitForTriggers(db, { timeoutMs: 90_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      console.warn(`${error instanceof Error ? error.message : error}: turning the triggers on again and reseeding`);
    }
  }
}

/**
 * rebuildRollups and rebuildSearchIndex, run in this process (the callables' own functions,
 * functions/src/rollups/rebuildRollups.ts and functions/src/search/rebuildSearchIndex.ts), writing
 * with batchedWriter.
 */
export async function rebuildDerived(db: Firestore): Promise<{ rollups: number; rollupSources: number; searchEntries: number }> {
  // The functions' modules use the default Admin app: make sure one exists before they load.
  if (!getApps().some((app) => app.name === '[DEFAULT]')) initializeApp({ projectId: process.env.GCLOUD_PROJECT });
  const [{ rebuildAllRollups }, { rebuildAllSearchEntries }] = await Promise.all([
    import('../../functions/src/rollups/rebuildRollups'),
    import('../../functions/src/search/rebuildSearchIndex'),
  ]);
  // Sequential batches of 500: the emulator holding the grown agency lets BulkWriter's parallel
  // batches pass their deadline (the callables keep BulkWriter, which production Firestore wants).
  const deps = { db, now: () => new Date(), writer: batchedWriter };
  const rollups = await rebuildAllRollups(deps);
  const search = await rebuildAllSearchEntries(deps);
  return { rollups: rollups.rollups, rollupSources: rollups.sources, searchEntries: search.entries };
}

/**
 * Grows the seeded agency, then rebuilds rollups and the search index. The triggers are turned
 * off for it and stay off (the measurement should not compete with them): resetDemo turns them
 * back on.
 */
export async function growAgency(
  db: Firestore,
  sizes: GrowSizes,
): Promise<{ counts: GrownCounts; rebuilt: Awaited<ReturnType<typeof rebuildDerived>>; ms: number; phases: Record<string, number> }> {
  const started = Date.now();
  const phases: Record<string, number> = {};
  let mark = started;
  const lap = (name: string) => {
    phases[name] = Date.now() - mark;
    mark = Date.now();
  };
  const { docs, counts } = generateGrowth(sizes);
  lap('generate');
  await setTriggers(false);
  lap('triggersOff');
  await writeInBatches(db, docs);
  lap('write');
  const rebuilt = await rebuildDerived(db);
  lap('rebuild');
  return { counts, rebuilt, ms: Date.now() - started, phases };
}
