/**
 * The web app's own query builders (web/src/lib/refs.ts) and reply writes (web/src/lib/comments.ts)
 * run as each role: a query the portal issues is a query the rules were proven against.
 * Rules are not filters: a client query that could match a forbidden document fails whole.
 */
import { DocumentReference, Firestore, collection, getDoc, getDocs, limit, query, type Query } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { CLIENT_VISIBLE_INVOICE_STATUSES, LIMITS, paths, repliesPath } from '@model';
import {
  OPEN_TASK_STATUSES,
  allInvoicesQuery,
  allPaymentsQuery,
  allProjectsQuery,
  allTasksQuery,
  approvalRef,
  approvalsQuery,
  brandingRef,
  clientInvoicesQuery,
  companiesQuery,
  companyCrmRef,
  companyRef,
  contactsQuery,
  invitationsByIdQuery,
  invoicePaymentsQuery,
  invoiceRef,
  invoicesQuery,
  latestNotesQuery,
  notesQuery,
  openTasksQuery,
  pageQuery,
  pendingInvitationsQuery,
  portalSettingsRef,
  projectFinanceRef,
  projectRef,
  projectTasksQuery,
  projectsQuery,
  repliesQuery,
  requestRef,
  requestsQuery,
  staffQuery,
  submittedRequestsQuery,
  staffRatesQuery,
  taskRef,
  tasksQuery,
  teamAccountsQuery,
  userRef,
} from '../web/src/lib/refs';
import { consoleRequestCursor, consoleRequestsQuery } from '../web/src/lib/dashboardRefs';
import { addClientReply, editReplyBody, validateReplyBody } from '../web/src/lib/comments';
import { ACME, ACTORS, GLOBEX, dbOf, uidOf, type ActorKey } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { acmeProject, acmeTask, globexProject, globexTask, ids } from './support/fixtures';
import { useRulesEnv } from './support/harness';

useRulesEnv('queries');

type Target = Query<unknown> | DocumentReference<unknown>;
type Builder = (db: Firestore) => Target;

function read(target: Target): Promise<unknown> {
  return target instanceof DocumentReference ? getDoc(target) : getDocs(target);
}

describe('the compat Firestore of rules-unit-testing works with the modular builders', () => {
  it('the builders unwrap it (getModularInstance): queries are bound to the modular Firestore behind it', async () => {
    const compat = dbOf('clientAcme') as unknown as { _delegate?: unknown };
    const q = clientInvoicesQuery(dbOf('clientAcme'), ACME);
    expect(compat._delegate).toBeInstanceOf(Firestore);
    expect(q.firestore).toBe(compat._delegate);
    const snapshot = await expectAllowed(getDocs(q));
    expect(snapshot.size).toBe(3);
  });
});

/** Builders a client runs on their own company (allowed) and on another one (denied). */
const scoped: [string, (db: Firestore, companyId: string) => Target][] = [
  ['openTasksQuery', (db, c) => openTasksQuery(db, c)],
  ['tasksQuery', (db, c) => tasksQuery(db, c)],
  ['projectTasksQuery', (db, c) => projectTasksQuery(db, c, c === ACME ? ids.project : ids.globexProject)],
  ['projectsQuery', (db, c) => projectsQuery(db, c)],
  ['repliesQuery (project)', (db, c) => repliesQuery(db, c === ACME ? acmeProject : globexProject)],
  ['repliesQuery (task)', (db, c) => repliesQuery(db, c === ACME ? acmeTask : globexTask)],
  ['clientInvoicesQuery', (db, c) => clientInvoicesQuery(db, c)],
  ['invoicePaymentsQuery', (db, c) => invoicePaymentsQuery(db, c, c === ACME ? ids.invoicePaid : ids.globexInvoice)],
  ['companyRef', (db, c) => companyRef(db, c)],
  ['projectRef', (db, c) => projectRef(db, c, c === ACME ? ids.project : ids.globexProject)],
  ['taskRef', (db, c) => taskRef(db, c, c === ACME ? ids.task : ids.globexTask)],
  ['requestsQuery', (db, c) => requestsQuery(db, c)],
  ['requestRef', (db, c) => requestRef(db, c, c === ACME ? ids.request : ids.globexRequest)],
  ['approvalsQuery', (db, c) => approvalsQuery(db, c, c === ACME ? ids.task : ids.globexTask)],
  ['approvalRef', (db, c) => approvalRef(db, c, c === ACME ? ids.task : ids.globexTask, 0, uidOf(ACTORS.clientAcme))],
];

/** The portal area each scoped builder reads (a client's `scopes` claim; the company needs either). */
const AREA: Record<string, 'work' | 'billing' | 'either'> = {
  clientInvoicesQuery: 'billing',
  invoicePaymentsQuery: 'billing',
  companyRef: 'either',
};

/** Console builders a client must never run, with who may (the control). */
const internal: [string, Builder, ActorKey][] = [
  ['invoicesQuery (no status filter)', (db) => invoicesQuery(db, ACME), 'staff'],
  ['invoiceRef (a draft)', (db) => invoiceRef(db, ACME, ids.invoiceDraft), 'staff'],
  ['notesQuery (task)', (db) => notesQuery(db, acmeTask), 'staff'],
  ['notesQuery (project)', (db) => notesQuery(db, acmeProject), 'staff'],
  ['latestNotesQuery (task, a page)', (db) => query(latestNotesQuery(db, acmeTask), limit(51)), 'staff'],
  ['companyCrmRef', (db) => companyCrmRef(db, ACME), 'staff'],
  ['projectFinanceRef', (db) => projectFinanceRef(db, ACME, ids.project), 'staff'],
  ['contactsQuery', (db) => contactsQuery(db, ACME), 'staff'],
  ['companiesQuery', (db) => companiesQuery(db), 'staff'],
  ['teamAccountsQuery', (db) => teamAccountsQuery(db), 'staff'],
  ["userRef (someone else's)", (db) => userRef(db, ids.otherStaffUid), 'staff'],
  ['staffQuery', (db) => staffQuery(db), 'staff'],
  ['staffRatesQuery', (db) => staffRatesQuery(db), 'admin'],
  ['pendingInvitationsQuery', (db) => pendingInvitationsQuery(db, ACME), 'staff'],
  ['invitationsByIdQuery', (db) => invitationsByIdQuery(db, ['any-invitation']), 'staff'],
  ['allTasksQuery (collection group)', (db) => allTasksQuery(db), 'staff'],
  ['allProjectsQuery (collection group)', (db) => allProjectsQuery(db), 'staff'],
  ['allInvoicesQuery (collection group)', (db) => allInvoicesQuery(db), 'staff'],
  ['allPaymentsQuery (collection group)', (db) => allPaymentsQuery(db), 'staff'],
  ['consoleRequestsQuery (collection group, submitted)', (db) => pageQuery(consoleRequestsQuery(db, { companyId: null, status: 'submitted' }), null, 20), 'staff'],
  ['consoleRequestsQuery (collection group, all)', (db) => pageQuery(consoleRequestsQuery(db, { companyId: null, status: 'all' }), null, 20), 'staff'],
  ['submittedRequestsQuery (collection group)', (db) => submittedRequestsQuery(db), 'staff'],
];

// A contact with one scope runs the same builders: its area allowed, the other denied.
for (const key of ['workAcme', 'billingAcme'] as const) {
  const actor = ACTORS[key];
  describe(`${actor.label}: the portal's queries`, () => {
    for (const [name, build] of scoped) {
      const area = AREA[name] ?? 'work';
      const allowed = area === 'either' || (actor.scopes ?? []).includes(area);
      it(`${name} (${area}): ${allowed ? 'allowed; globex denied' : 'denied (control: the acme client)'}`, async () => {
        if (allowed) {
          await expectAllowed(read(build(dbOf(key), ACME)));
          await expectDenied(read(build(dbOf(key), GLOBEX)));
        } else {
          await expectDenied(read(build(dbOf(key), ACME)));
          await expectAllowed(read(build(dbOf('clientAcme'), ACME)));
        }
      });
    }
  });
}

// The preview of acme must read exactly as the acme client does.
for (const key of ['clientAcme', 'previewAcme'] as const) {
  const actor = ACTORS[key];
  describe(`${actor.label}: the portal's queries`, () => {
    const db = () => dbOf(key);

    it('clientInvoicesQuery returns the issued invoices and no draft or void one', async () => {
      const snapshot = await expectAllowed(getDocs(clientInvoicesQuery(db(), ACME)));
      const statuses = snapshot.docs.map((d) => d.data().status).sort();
      expect(statuses).toEqual([...CLIENT_VISIBLE_INVOICE_STATUSES].sort());
    });

    it('openTasksQuery returns open tasks only; projectTasksQuery the project’s tasks', async () => {
      const open = await expectAllowed(getDocs(openTasksQuery(db(), ACME)));
      expect(open.docs.every((d) => (OPEN_TASK_STATUSES as readonly string[]).includes(d.data().status))).toBe(true);
      expect(open.docs.map((d) => d.id).sort()).toEqual(['t-brand', 't-copy', 't-homepage']);
      const byProject = await expectAllowed(getDocs(projectTasksQuery(db(), ACME, ids.project)));
      expect(byProject.docs.map((d) => d.id).sort()).toEqual(['t-copy', 't-homepage', 't-launch']);
    });

    it('branding, portal settings and their own profile: allowed', async () => {
      await expectAllowed(getDoc(brandingRef(db())));
      await expectAllowed(getDoc(portalSettingsRef(db())));
      await expectAllowed(getDoc(userRef(db(), uidOf(actor))));
    });

    for (const [name, build] of scoped) {
      it(`${name}: own company allowed; globex denied (control: the globex client on globex)`, async () => {
        await expectAllowed(read(build(db(), ACME)));
        await expectDenied(read(build(db(), GLOBEX)));
        await expectAllowed(read(build(dbOf('clientGlobex'), GLOBEX)));
      });
    }

    for (const [name, build, control] of internal) {
      it(`${name}: denied (control: ${ACTORS[control].label})`, async () => {
        await expectDenied(read(build(db())));
        await expectAllowed(read(build(dbOf(control))));
      });
    }
  });
}

describe('staff: console queries across companies', () => {
  it('collection-group queries return both tenants’ documents', async () => {
    const tasks = await expectAllowed(getDocs(allTasksQuery(dbOf('staff'))));
    expect(new Set(tasks.docs.map((d) => d.ref.parent.parent?.id))).toEqual(new Set([ACME, GLOBEX]));
    const invoices = await expectAllowed(getDocs(allInvoicesQuery(dbOf('staff'))));
    expect(invoices.size).toBe(7);
    await expectAllowed(getDocs(allProjectsQuery(dbOf('staff'))));
    await expectAllowed(getDocs(allPaymentsQuery(dbOf('staff'))));
  });
  it('the team’s accounts leave clients out; invitations are read by company or by id, not all', async () => {
    const team = await expectAllowed(getDocs(teamAccountsQuery(dbOf('admin'))));
    const everyone = await expectAllowed(getDocs(query(collection(dbOf('admin'), paths.users()))));
    expect(new Set(team.docs.map((d) => d.data().role))).toEqual(new Set(['staff', 'admin']));
    expect(team.size).toBe(everyone.docs.filter((d) => ['staff', 'admin'].includes(d.data().role as string)).length);
    expect(everyone.size).toBeGreaterThan(team.size);
    const acme = await expectAllowed(getDocs(pendingInvitationsQuery(dbOf('staff'), ACME)));
    expect(acme.docs.map((d) => d.id)).toEqual([ids.invitation]);
    expect((await expectAllowed(getDocs(pendingInvitationsQuery(dbOf('staff'), GLOBEX)))).size).toBe(0);
    const byId = await expectAllowed(getDocs(invitationsByIdQuery(dbOf('staff'), [ids.invitation, 'gone'])));
    expect(byId.docs.map((d) => d.id)).toEqual([ids.invitation]);
  });
  for (const [name, build, control] of internal) {
    if (control !== 'staff') continue;
    it(`${name}: allowed to staff and admin`, async () => {
      await expectAllowed(read(build(dbOf('staff'))));
      await expectAllowed(read(build(dbOf('admin'))));
    });
  }
  it("consoleRequestsQuery for a company (by status, or all), a page: allowed to staff and admin — and to that company's client, who reads every request of it; not to another company's (control: staff)", async () => {
    const page = (db: Firestore, companyId: string, status: 'submitted' | 'accepted' | 'all') => getDocs(pageQuery(consoleRequestsQuery(db, { companyId, status }), null, 20));
    for (const status of ['submitted', 'accepted', 'all'] as const) {
      await expectAllowed(page(dbOf('staff'), ACME, status));
      await expectAllowed(page(dbOf('admin'), GLOBEX, status));
      await expectAllowed(page(dbOf('clientAcme'), ACME, status));
      await expectDenied(page(dbOf('clientGlobex'), ACME, status));
      await expectDenied(page(dbOf('billingAcme'), ACME, status));
    }
  });
  it('the requests inbox across companies returns both tenants’ requests, newest first, a page after a cursor', async () => {
    const every = { companyId: null, status: 'all' } as const;
    const all = await expectAllowed(getDocs(consoleRequestsQuery(dbOf('staff'), every)));
    expect(new Set(all.docs.map((d) => d.data().companyId))).toEqual(new Set([ACME, GLOBEX]));
    const first = await expectAllowed(getDocs(pageQuery(consoleRequestsQuery(dbOf('staff'), every), null, 1)));
    const rest = await expectAllowed(getDocs(pageQuery(consoleRequestsQuery(dbOf('staff'), every), consoleRequestCursor(every)(first.docs[0]!.data()), all.size)));
    expect([...first.docs, ...rest.docs].map((d) => d.ref.path)).toEqual(all.docs.map((d) => d.ref.path));
    expect(all.size).toBeGreaterThan(1);
  });
  it('staffRatesQuery: admin only (control: admin)', async () => {
    await expectDenied(getDocs(staffRatesQuery(dbOf('staff'))));
    await expectAllowed(getDocs(staffRatesQuery(dbOf('admin'))));
  });
  it('a signed-in user without a role reads branding and their own profile, nothing else', async () => {
    await expectAllowed(getDoc(brandingRef(dbOf('noRole'))));
    await expectAllowed(getDoc(userRef(dbOf('noRole'), uidOf(ACTORS.noRole))));
    await expectDenied(getDoc(portalSettingsRef(dbOf('noRole'))));
    await expectDenied(getDocs(clientInvoicesQuery(dbOf('noRole'), ACME)));
    await expectAllowed(getDocs(clientInvoicesQuery(dbOf('clientAcme'), ACME)));
  });
});

describe("the portal's reply writes (web/src/lib/comments.ts)", () => {
  const carol = { uid: uidOf(ACTORS.clientAcme), name: ACTORS.clientAcme.displayName };

  for (const parent of [acmeProject, acmeTask]) {
    describe(`on a ${parent.kind}`, () => {
      it('the client adds a reply and edits it: allowed, and the thread shows it', async () => {
        const db = dbOf('clientAcme');
        const id = await expectAllowed(addClientReply(db, parent, carol, '  Can we move the button?  '));
        await expectAllowed(editReplyBody(db, parent, id, 'Can we move the button left?'));
        const thread = await expectAllowed(getDocs(repliesQuery(db, parent)));
        const mine = thread.docs.find((d) => d.id === id)?.data();
        expect(mine?.body).toBe('Can we move the button left?');
        expect(mine?.authorRole).toBe('client');
        expect(mine?.editedAt).toBeDefined();
      });

      it('the preview adds a reply: denied, as itself or as the client (control: the client)', async () => {
        const preview = { uid: uidOf(ACTORS.previewAcme), name: 'Preview' };
        await expectDenied(addClientReply(dbOf('previewAcme'), parent, preview, 'Hello from preview'));
        await expectDenied(addClientReply(dbOf('previewAcme'), parent, carol, 'Hello from preview'));
        await expectAllowed(addClientReply(dbOf('clientAcme'), parent, carol, 'Hello'));
      });

      it("the preview edits the client's reply: denied (control: the client)", async () => {
        const id = await expectAllowed(addClientReply(dbOf('clientAcme'), parent, carol, 'Original'));
        await expectDenied(editReplyBody(dbOf('previewAcme'), parent, id, 'Changed by preview'));
        await expectAllowed(editReplyBody(dbOf('clientAcme'), parent, id, 'Changed by Carol'));
      });

      it("the client edits staff's reply: denied (control: their own)", async () => {
        const own = await expectAllowed(addClientReply(dbOf('clientAcme'), parent, carol, 'Mine'));
        await expectDenied(editReplyBody(dbOf('clientAcme'), parent, ids.staffReply, 'Not mine'));
        await expectAllowed(editReplyBody(dbOf('clientAcme'), parent, own, 'Still mine'));
      });

      it('the client posting as someone else: denied (control: as themselves)', async () => {
        await expectDenied(addClientReply(dbOf('clientAcme'), parent, { uid: 'u-carl', name: 'Carl' }, 'Hi'));
        await expectAllowed(addClientReply(dbOf('clientAcme'), parent, carol, 'Hi'));
      });

      it('bodies the UI rejects are rejected by the rules too (control: the limit itself)', async () => {
        expect(validateReplyBody('   ')).not.toBeNull();
        expect(validateReplyBody('x'.repeat(LIMITS.replyBody + 1))).not.toBeNull();
        await expectDenied(addClientReply(dbOf('clientAcme'), parent, carol, '   '));
        await expectDenied(addClientReply(dbOf('clientAcme'), parent, carol, 'x'.repeat(LIMITS.replyBody + 1)));
        expect(validateReplyBody('x'.repeat(LIMITS.replyBody))).toBeNull();
        await expectAllowed(addClientReply(dbOf('clientAcme'), parent, carol, 'x'.repeat(LIMITS.replyBody)));
      });
    });
  }

  it('the globex client replying in an acme thread: denied (control: in a globex thread)', async () => {
    const gina = { uid: uidOf(ACTORS.clientGlobex), name: ACTORS.clientGlobex.displayName };
    await expectDenied(addClientReply(dbOf('clientGlobex'), acmeTask, gina, 'Hi'));
    const id = await expectAllowed(addClientReply(dbOf('clientGlobex'), globexTask, gina, 'Hi'));
    expect(id).toBeTruthy();
    // and the reply landed where the model says replies live
    expect(repliesPath(globexTask)).toBe(`companies/${GLOBEX}/tasks/${ids.globexTask}/replies`);
  });
});
