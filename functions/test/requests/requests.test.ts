/**
 * decideRequest (called directly with real ID tokens from the Auth emulator) and the
 * onRequestCreated notice (called with creation events, as its export does).
 */
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/admin';
import { decideRequestHandler, requestTaskId } from '../../src/requests/decideRequest';
import { onRequestCreatedHandler, requestMailId } from '../../src/requests/onRequestCreated';
import { paths, type ClientRequest, type MailMessage, type OutboxEntry, type Task } from '../../src/model';
import {
  APP_URL,
  account,
  admin,
  anonymousRequest,
  clientRequest,
  company,
  deps,
  project,
  readDoc,
  refusal,
  staff,
  teamProfile,
  uid,
} from '../support/world';

const requestDoc = (companyId: string, requestId: string) => readDoc<ClientRequest>(paths.request(companyId, requestId));

async function tasksOf(companyId: string, requestId: string) {
  const snap = await db.collection(paths.tasks(companyId)).where('requestId', '==', requestId).get();
  return snap.docs.map((d) => ({ id: d.id, ...(d.data() as Task) }));
}

describe('decideRequest: accept', () => {
  it("creates the task from the request (its project and due date) and marks the request accepted, with who and when", async () => {
    const sam = await staff();
    const acme = await company();
    const projectId = await project(acme.companyId);
    const { requestId } = await clientRequest(acme.companyId, { projectId, dueDate: '2027-01-15' });
    const now = new Date('2026-12-03T10:00:00Z');

    const result = await decideRequestHandler(sam.request({ companyId: acme.companyId, requestId, decision: 'accept', reason: '  On it next sprint.  ' }), deps(now));

    expect(result).toEqual({ taskId: requestTaskId(requestId) });
    const task = await readDoc<Task>(paths.task(acme.companyId, requestTaskId(requestId)));
    expect(task).toMatchObject({
      projectId,
      title: 'Landing page for the spring sale',
      description: 'One page with the three offers and a sign-up form.',
      status: 'todo',
      priority: 'medium',
      assignee: null,
      dueDate: '2027-01-15',
      deliverables: [],
      requestId,
    });
    expect(task?.createdAt.toMillis()).toBe(now.getTime());
    expect(task?.updatedAt.toMillis()).toBe(now.getTime());
    const decided = await requestDoc(acme.companyId, requestId);
    expect(decided).toMatchObject({ status: 'accepted', taskId: requestTaskId(requestId), decidedBy: sam.uid, decisionReason: 'On it next sprint.' });
    expect(decided?.decidedAt?.toMillis()).toBe(now.getTime());
  });

  it('asks for a project when the request names none; a named project must exist; without a due date the task is due in 14 days', async () => {
    const ada = await admin();
    const acme = await company();
    const projectId = await project(acme.companyId);
    const { requestId } = await clientRequest(acme.companyId);
    const now = new Date('2026-12-03T10:00:00Z');

    const noProject = await refusal(decideRequestHandler(ada.request({ companyId: acme.companyId, requestId, decision: 'accept' }), deps(now)));
    expect(noProject.code).toBe('invalid-argument');
    expect(noProject.message).toMatch(/Choose the project/);
    const gone = await refusal(decideRequestHandler(ada.request({ companyId: acme.companyId, requestId, decision: 'accept', projectId: 'no-such-project' }), deps(now)));
    expect(gone.code).toBe('failed-precondition');
    expect(gone.message).toMatch(/no project "no-such-project"/);
    expect(await tasksOf(acme.companyId, requestId)).toEqual([]);
    expect((await requestDoc(acme.companyId, requestId))?.status).toBe('submitted');

    // allowed control: the same request with a project
    const result = await decideRequestHandler(ada.request({ companyId: acme.companyId, requestId, decision: 'accept', projectId }), deps(now));
    const task = await readDoc<Task>(paths.task(acme.companyId, result.taskId!));
    expect(task).toMatchObject({ projectId, dueDate: '2026-12-17' });
    expect((await requestDoc(acme.companyId, requestId))?.decisionReason).toBeNull();
  });

  it('creates exactly one task when five people accept at once; every call answers with that task', async () => {
    const [sam, lee, ada] = await Promise.all([staff(), staff(), admin()]);
    const acme = await company();
    const projectId = await project(acme.companyId);
    const { requestId } = await clientRequest(acme.companyId, { projectId });
    const callers = [sam, lee, ada, sam, lee];

    const results = await Promise.all(callers.map((c) => decideRequestHandler(c.request({ companyId: acme.companyId, requestId, decision: 'accept' }), deps())));

    expect(new Set(results.map((r) => r.taskId))).toEqual(new Set([requestTaskId(requestId)]));
    expect(results.filter((r) => !r.alreadyDecided)).toHaveLength(1);
    expect(results.filter((r) => r.alreadyDecided)).toHaveLength(4);
    expect(await tasksOf(acme.companyId, requestId)).toHaveLength(1);
    const decided = await requestDoc(acme.companyId, requestId);
    expect(decided?.status).toBe('accepted');
  });

  it('accept and decline at the same moment: exactly one wins, the other is told what happened', async () => {
    const sam = await staff();
    const acme = await company();
    const projectId = await project(acme.companyId);
    const { requestId } = await clientRequest(acme.companyId, { projectId });

    const outcomes = await Promise.allSettled([
      decideRequestHandler(sam.request({ companyId: acme.companyId, requestId, decision: 'accept' }), deps()),
      decideRequestHandler(sam.request({ companyId: acme.companyId, requestId, decision: 'decline', reason: 'Out of scope.' }), deps()),
    ]);

    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === 'rejected');
    expect((rejected?.reason as { code?: string }).code).toBe('failed-precondition');
    const decided = await requestDoc(acme.companyId, requestId);
    expect(await tasksOf(acme.companyId, requestId)).toHaveLength(decided?.status === 'accepted' ? 1 : 0);
  });
});

describe('decideRequest: decline and decided requests', () => {
  it('declining needs a reason the client reads; with one, the request is declined and no task is made', async () => {
    const sam = await staff();
    const acme = await company();
    const { requestId } = await clientRequest(acme.companyId);

    for (const reason of [undefined, '', '   ']) {
      const refused = await refusal(decideRequestHandler(sam.request({ companyId: acme.companyId, requestId, decision: 'decline', ...(reason === undefined ? {} : { reason }) }), deps()));
      expect(refused.code).toBe('invalid-argument');
      expect(refused.message).toMatch(/say why the request is declined/);
    }
    const tooLong = await refusal(decideRequestHandler(sam.request({ companyId: acme.companyId, requestId, decision: 'decline', reason: 'x'.repeat(2001) }), deps()));
    expect(tooLong.code).toBe('invalid-argument');
    expect((await requestDoc(acme.companyId, requestId))?.status).toBe('submitted');

    // allowed control
    expect(await decideRequestHandler(sam.request({ companyId: acme.companyId, requestId, decision: 'decline', reason: 'We do not build e-commerce.' }), deps())).toEqual({});
    expect(await requestDoc(acme.companyId, requestId)).toMatchObject({ status: 'declined', decisionReason: 'We do not build e-commerce.', taskId: null, decidedBy: sam.uid });
    expect(await tasksOf(acme.companyId, requestId)).toEqual([]);
  });

  it('refuses the other decision on a decided request and any decision on a withdrawn one; the same decision again changes nothing', async () => {
    const sam = await staff();
    const acme = await company();
    const projectId = await project(acme.companyId);
    const accepted = await clientRequest(acme.companyId, { projectId });
    const declined = await clientRequest(acme.companyId, { projectId });
    const withdrawn = await clientRequest(acme.companyId, { projectId, status: 'withdrawn' });
    const first = await decideRequestHandler(sam.request({ companyId: acme.companyId, requestId: accepted.requestId, decision: 'accept' }), deps());
    await decideRequestHandler(sam.request({ companyId: acme.companyId, requestId: declined.requestId, decision: 'decline', reason: 'Not now.' }), deps());

    const declineAccepted = await refusal(decideRequestHandler(sam.request({ companyId: acme.companyId, requestId: accepted.requestId, decision: 'decline', reason: 'Changed my mind' }), deps()));
    expect(declineAccepted).toMatchObject({ code: 'failed-precondition', message: expect.stringMatching(/already accepted/) });
    const acceptDeclined = await refusal(decideRequestHandler(sam.request({ companyId: acme.companyId, requestId: declined.requestId, decision: 'accept' }), deps()));
    expect(acceptDeclined).toMatchObject({ code: 'failed-precondition', message: expect.stringMatching(/already declined/) });
    for (const decision of ['accept', 'decline'] as const) {
      const refused = await refusal(decideRequestHandler(sam.request({ companyId: acme.companyId, requestId: withdrawn.requestId, decision, reason: 'x' }), deps()));
      expect(refused).toMatchObject({ code: 'failed-precondition', message: expect.stringMatching(/withdrew/) });
    }
    const missing = await refusal(decideRequestHandler(sam.request({ companyId: acme.companyId, requestId: 'no-such-request', decision: 'accept' }), deps()));
    expect(missing.code).toBe('not-found');

    // The same decision again: idempotent, nothing changes.
    expect(await decideRequestHandler(sam.request({ companyId: acme.companyId, requestId: accepted.requestId, decision: 'accept' }), deps())).toEqual({ taskId: first.taskId, alreadyDecided: true });
    expect(await decideRequestHandler(sam.request({ companyId: acme.companyId, requestId: declined.requestId, decision: 'decline', reason: 'Again' }), deps())).toEqual({ alreadyDecided: true });
    expect(await requestDoc(acme.companyId, declined.requestId)).toMatchObject({ status: 'declined', decisionReason: 'Not now.' });
    expect(await requestDoc(acme.companyId, withdrawn.requestId)).toMatchObject({ status: 'withdrawn' });
    expect(await tasksOf(acme.companyId, accepted.requestId)).toHaveLength(1);
  });

  it('is for staff and admins only: clients, previews and anonymous callers are refused', async () => {
    const acme = await company();
    const projectId = await project(acme.companyId);
    const { requestId } = await clientRequest(acme.companyId, { projectId });
    const input = { companyId: acme.companyId, requestId, decision: 'accept' };
    const client = await account('client', { claims: { role: 'client', companyId: acme.companyId } });
    const preview = await account('preview', { claims: { role: 'client', companyId: acme.companyId, preview: true, previewBy: 'someone' } });

    expect((await refusal(decideRequestHandler(client.request(input), deps()))).code).toBe('permission-denied');
    expect((await refusal(decideRequestHandler(preview.request(input), deps()))).code).toBe('permission-denied');
    expect((await refusal(decideRequestHandler(anonymousRequest(input), deps()))).code).toBe('unauthenticated');
    expect((await refusal(decideRequestHandler((await staff()).request({ ...input, role: 'admin' }), deps()))).code).toBe('invalid-argument');
    expect((await requestDoc(acme.companyId, requestId))?.status).toBe('submitted');
    // allowed control
    expect((await decideRequestHandler((await staff()).request(input), deps())).taskId).toBe(requestTaskId(requestId));
  });
});

describe('onRequestCreated', () => {
  async function mailsTo(email: string) {
    const snap = await db.collection(paths.mail()).where('to', 'array-contains', email).get();
    return snap.docs.map((d) => ({ id: d.id, ...(d.data() as MailMessage) }));
  }

  it("mails the agency's admins and the named project's team together (not other staff, not disabled members), once per event, with an Outbox entry", async () => {
    const acme = await company('client', 'Acme Corp');
    const [adminMember, teamMember, otherStaff, disabledAdmin] = await Promise.all([
      teamProfile('admin'),
      teamProfile('staff'),
      teamProfile('staff'),
      teamProfile('admin', 'disabled'),
    ]);
    const projectId = uid('pr');
    await db.doc(paths.project(acme.companyId, projectId)).set({
      name: 'Website Redesign', description: '', status: 'active', startDate: '2026-01-01', endDate: '2026-12-31',
      team: [{ uid: teamMember.uid, displayName: teamMember.name }],
    });
    const requestId = uid('rq');
    const event = {
      id: uid('evt'),
      params: { companyId: acme.companyId, requestId },
      data: { title: 'New pricing page', description: 'Three tiers, see https://example.com/brief', projectId, dueDate: '2027-01-15', status: 'submitted', createdByName: 'Carol Chen' },
    };

    expect(await onRequestCreatedHandler(event, deps())).toBeGreaterThanOrEqual(2);
    expect(await onRequestCreatedHandler(event, deps())).toBe(0);

    // (other suites' requests, written to the emulator, mail every active admin too: look at this one's)
    for (const member of [adminMember, teamMember]) {
      const mails = (await mailsTo(member.email)).filter((m) => m.id === requestMailId(acme.companyId, requestId));
      expect(mails).toHaveLength(1);
      expect(mails[0]?.message.text).toContain('Hi team,');
      expect(mails[0]?.message.subject).toBe('New request from Acme Corp: New pricing page');
      expect(mails[0]?.message.text).toContain('Carol Chen (Acme Corp) asked for new work: "New pricing page".');
      expect(mails[0]?.message.text).toContain('Project: Website Redesign');
      expect(mails[0]?.message.text).toContain('Wanted by: January 15, 2027');
      expect(mails[0]?.message.text).toContain(`${APP_URL}/console/requests`);
    }
    // (a request of an earlier test whose trigger ran before any admin existed mails every active staff member: look at this one's)
    for (const silent of [otherStaff, disabledAdmin]) expect((await mailsTo(silent.email)).filter((m) => m.id === requestMailId(acme.companyId, requestId))).toEqual([]);
    const outbox = await readDoc<OutboxEntry>(`${paths.outbox()}/${requestMailId(acme.companyId, requestId)}`);
    expect(outbox?.to).toEqual(expect.arrayContaining([adminMember.email, teamMember.email]));
    expect(outbox?.to).not.toContain(otherStaff.email);
    expect(outbox).toMatchObject({ subject: 'New request from Acme Corp: New pricing page', kind: 'other', refs: { companyId: acme.companyId, requestId } });
    expect(outbox?.summary).not.toMatch(/https?:/);
  });

  it('mails a company’s first 10 requests of an hour, not the 11th: a client cannot flood the team’s inboxes', async () => {
    const acme = await company('client', 'Acme Corp');
    const member = await teamProfile('admin');
    const start = Date.parse('2026-03-02T09:00:00Z');
    const ids = Array.from({ length: 11 }, () => uid('rq'));
    const data = (i: number) => ({ title: `Ask ${i}`, description: '', projectId: null, dueDate: null, status: 'submitted', createdByName: 'Carol Chen', createdAt: Timestamp.fromMillis(start + i * 60_000) });
    await Promise.all(ids.map((id, i) => db.doc(paths.request(acme.companyId, id)).set(data(i))));
    const deliver = (i: number) => onRequestCreatedHandler({ id: uid('evt'), params: { companyId: acme.companyId, requestId: ids[i]! }, data: data(i) }, deps());

    expect(await deliver(9)).toBeGreaterThanOrEqual(1);
    expect(await deliver(10)).toBe(0);
    const mailed = (await mailsTo(member.email)).map((m) => m.id);
    expect(mailed).toContain(requestMailId(acme.companyId, ids[9]!));
    expect(mailed).not.toContain(requestMailId(acme.companyId, ids[10]!));
    // an hour after the first, there is room again
    const later = { ...data(70), title: 'Ask later' };
    const laterId = uid('rq');
    await db.doc(paths.request(acme.companyId, laterId)).set(later);
    expect(await onRequestCreatedHandler({ id: uid('evt'), params: { companyId: acme.companyId, requestId: laterId }, data: later }, deps())).toBeGreaterThanOrEqual(1);
  });

  it("without a project, mails the teams of the company's current projects; only submitted requests notify", async () => {
    const acme = await company('client', 'Acme Corp');
    const [current, planned, finished] = await Promise.all([teamProfile(), teamProfile(), teamProfile()]);
    const team = (m: { uid: string; name: string }) => [{ uid: m.uid, displayName: m.name }];
    await Promise.all([
      db.doc(paths.project(acme.companyId, uid('pr'))).set({ name: 'A', status: 'active', team: team(current) }),
      db.doc(paths.project(acme.companyId, uid('pr'))).set({ name: 'B', status: 'planned', team: team(planned) }),
      db.doc(paths.project(acme.companyId, uid('pr'))).set({ name: 'C', status: 'completed', team: team(finished) }),
    ]);
    const params = { companyId: acme.companyId, requestId: uid('rq') };
    const data = { title: 'Help', description: '', projectId: null, dueDate: null, createdByName: 'Carol Chen' };

    expect(await onRequestCreatedHandler({ id: uid('evt'), params, data: { ...data, status: 'withdrawn' } }, deps())).toBe(0);
    expect(await mailsTo(current.email)).toEqual([]);

    await onRequestCreatedHandler({ id: uid('evt'), params, data: { ...data, status: 'submitted' } }, deps());
    expect(await mailsTo(current.email)).toHaveLength(1);
    expect(await mailsTo(planned.email)).toHaveLength(1);
    expect(await mailsTo(finished.email)).toEqual([]);
    expect((await mailsTo(current.email))[0]?.message.text).toContain('Project: not chosen');
  });
});
