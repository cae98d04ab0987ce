/**
 * Portal scopes (DESIGN §3, issue 14), from the token's claims alone: `work` reads projects, tasks,
 * replies, requests and approvals (and writes replies, requests, approvals); `billing` reads
 * invoices and payments; no claim means both; the company document and portal settings need
 * either. A preview carries the scopes of the contact it shows. Each denial beside its control.
 */
import { doc, getDoc, getDocs, type Firestore } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { paths } from '@model';
import {
  approvalsQuery,
  clientInvoicesQuery,
  companyRef,
  invoicePaymentsQuery,
  invoiceRef,
  portalSettingsRef,
  projectRef,
  projectsQuery,
  repliesQuery,
  requestRef,
  requestsQuery,
  taskRef,
  tasksQuery,
} from '../web/src/lib/refs';
import { ACME, dbOf, previewTokenTimes, type ActorKey } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { env } from './support/env';
import { acmeTask, ids } from './support/fixtures';
import { useRulesEnv } from './support/harness';

useRulesEnv('scopes');

type Read = (db: Firestore) => Promise<unknown>;

const work: [string, Read][] = [
  ['a task', (db) => getDoc(taskRef(db, ACME, ids.task))],
  ['the tasks', (db) => getDocs(tasksQuery(db, ACME))],
  ['a project', (db) => getDoc(projectRef(db, ACME, ids.project))],
  ['the projects', (db) => getDocs(projectsQuery(db, ACME))],
  ["a task's replies", (db) => getDocs(repliesQuery(db, acmeTask))],
  ['a reply', (db) => getDoc(doc(db, `${paths.task(ACME, ids.task)}/replies/${ids.clientReply}`))],
  ['a request', (db) => getDoc(requestRef(db, ACME, ids.request))],
  ['the requests', (db) => getDocs(requestsQuery(db, ACME))],
  ["a task's approvals", (db) => getDocs(approvalsQuery(db, ACME, ids.task))],
];
const billing: [string, Read][] = [
  ['an invoice', (db) => getDoc(invoiceRef(db, ACME, ids.invoicePending))],
  ['the issued invoices', (db) => getDocs(clientInvoicesQuery(db, ACME))],
  ["an invoice's payments", (db) => getDocs(invoicePaymentsQuery(db, ACME, ids.invoicePaid))],
  ['a payment', (db) => getDoc(doc(db, `${paths.payments(ACME)}/${ids.payment}`))],
];
const either: [string, Read][] = [
  ['the company', (db) => getDoc(companyRef(db, ACME))],
  ['the portal settings', (db) => getDoc(portalSettingsRef(db))],
];

/** A token the ACTORS do not carry: a client or a preview of acme with these claims. */
const tokens = new Map<string, Firestore>();
function tokenDb(name: string, claims: Record<string, unknown>): Firestore {
  let db = tokens.get(name);
  if (!db) {
    db = env().authenticatedContext(`u-${name}`, { role: 'client', companyId: ACME, ...claims }).firestore() as unknown as Firestore;
    tokens.set(name, db);
  }
  return db;
}
const previewDb = (scopes: string[]) =>
  tokenDb(`preview-${scopes.join('-')}`, { preview: true, previewBy: 'u-sam', scopes, ...previewTokenTimes(0) });

function suite(label: string, db: () => Firestore, reads: { work: boolean; billing: boolean; company: boolean }) {
  describe(label, () => {
    for (const [area, list, allowed] of [
      ['work', work, reads.work],
      ['billing', billing, reads.billing],
      ['either', either, reads.company],
    ] as const) {
      for (const [name, read] of list) {
        it(`reading ${name} (${area}): ${allowed ? 'allowed' : 'denied (control: the acme client, both scopes)'}`, async () => {
          if (allowed) {
            await expectAllowed(read(db()));
          } else {
            await expectDenied(read(db()));
            await expectAllowed(read(dbOf('clientAcme')));
          }
        });
      }
    }
  });
}

const actor = (key: ActorKey) => () => dbOf(key);
suite('a work-only contact of acme', actor('workAcme'), { work: true, billing: false, company: true });
suite('a billing-only contact of acme', actor('billingAcme'), { work: false, billing: true, company: true });
suite('a contact of acme with both scopes named', () => tokenDb('both', { scopes: ['billing', 'work'] }), { work: true, billing: true, company: true });
suite('a preview of a work-only contact', () => previewDb(['work']), { work: true, billing: false, company: true });
suite('a preview of a billing-only contact', () => previewDb(['billing']), { work: false, billing: true, company: true });
// A malformed claim grants no area (Functions always write a list): the company still reads.
suite("a contact whose scopes claim is the string 'work' (not a list)", () => tokenDb('string', { scopes: 'work' }), { work: false, billing: false, company: true });
suite('a contact with an empty scopes list', () => tokenDb('empty', { scopes: [] }), { work: false, billing: false, company: true });
suite("a contact with scopes ['Work'] (wrong case)", () => tokenDb('case', { scopes: ['Work'] }), { work: false, billing: false, company: true });

describe('scopes do not cross companies', () => {
  it("a work-only contact of acme reading globex's tasks and requests: denied (control: the globex client)", async () => {
    const reads: Read[] = [(db) => getDocs(tasksQuery(db, 'globex')), (db) => getDocs(requestsQuery(db, 'globex'))];
    for (const read of reads) {
      await expectDenied(read(dbOf('workAcme')));
      await expectAllowed(read(dbOf('clientGlobex')));
    }
  });
  it('scopes on a staff token change nothing for staff (control: staff)', async () => {
    const db = env().authenticatedContext('u-staff-scoped', { role: 'staff', scopes: ['billing'] }).firestore() as unknown as Firestore;
    await expectAllowed(getDoc(taskRef(db, ACME, ids.task)));
    await expectAllowed(getDoc(taskRef(dbOf('staff'), ACME, ids.task)));
  });
});
