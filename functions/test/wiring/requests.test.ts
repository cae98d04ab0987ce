/**
 * Issue 14's functions as deployed in the Functions emulator: decideRequest and setContactScopes
 * over HTTP with ID tokens from the Auth emulator, and the triggers (onRequestCreated,
 * onApprovalCreated, review rounds in onTaskWritten) firing from real Firestore writes.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it, onTestFinished } from 'vitest';
import { db } from '../../src/admin';
import { approvalId, paths, type ClientRequest, type MailMessage, type Task } from '../../src/model';
import { callFunction, eventually } from '../support/emulators';
import { seedInvoice, setPortalSettings } from '../support/invoices';
import { account, clientRequest, company, contact, project, readDoc, staff, teamProfile, uid } from '../support/world';

// Each function's first call (and each trigger's first event) starts an emulator worker: on a
// busy 2-core machine, with the other suites' triggers still queued, that takes minutes.
const SLOW = { timeout: 300_000 };
const TRIGGER_WAIT = 150_000;

describe('deployed: requests, approvals and scopes', SLOW, () => {
  it('decideRequest: staff accept over HTTP (one task), a client is refused 403, a decline without a reason 400', async () => {
    const sam = await staff();
    const acme = await company();
    const projectId = await project(acme.companyId);
    const { requestId } = await clientRequest(acme.companyId, { projectId });
    const client = await account('client', { claims: { role: 'client', companyId: acme.companyId } });

    const refused = await callFunction('decideRequest', { companyId: acme.companyId, requestId, decision: 'accept' }, client.session.idToken);
    expect(refused.status).toBe(403);
    const noReason = await callFunction('decideRequest', { companyId: acme.companyId, requestId, decision: 'decline' }, sam.session.idToken);
    expect(noReason.status).toBe(400);

    const accepted = await callFunction('decideRequest', { companyId: acme.companyId, requestId, decision: 'accept' }, sam.session.idToken);
    expect(accepted.error).toBeUndefined();
    const { taskId } = accepted.result as { taskId: string };
    expect((await readDoc<Task>(paths.task(acme.companyId, taskId)))?.requestId).toBe(requestId);
    expect((await readDoc<ClientRequest>(paths.request(acme.companyId, requestId)))?.status).toBe('accepted');
  });

  it("setContactScopes over HTTP: narrowing billing away makes the client's old token fail createInvoiceCheckout (403), no sign-out", async () => {
    const sam = await staff();
    const acme = await company();
    const person = await account('client', { claims: { role: 'client', companyId: acme.companyId } });
    const linked = await contact(acme.companyId, 'active', { email: person.email, uid: person.uid });
    await setPortalSettings(true);
    onTestFinished(() => setPortalSettings(null));
    const { invoiceId } = await seedInvoice({}, acme.companyId);
    // control: before the change the same token passes the billing check (whatever Stripe says next)
    const before = await callFunction('createInvoiceCheckout', { companyId: acme.companyId, invoiceId }, person.session.idToken);
    expect(before.error?.message ?? '').not.toMatch(/does not include invoices/);
    expect(before.status).not.toBe(403);

    const changed = await callFunction('setContactScopes', { companyId: acme.companyId, contactId: linked.contactId, scopes: ['work'] }, sam.session.idToken);
    expect(changed.error).toBeUndefined();
    expect(changed.result).toEqual({ scopes: ['work'], accountUpdated: true });

    // The token from before still names billing; the deployed callable goes by the account's claims.
    const stale = await callFunction('createInvoiceCheckout', { companyId: acme.companyId, invoiceId }, person.session.idToken);
    expect(stale.status).toBe(403);
    expect(stale.error?.message).toMatch(/does not include invoices/);
  });

  it('a new request mails the project team; an approval sets lastApproval; entering review counts the round', async () => {
    const acme = await company();
    const member = await teamProfile();
    const projectId = uid('pr');
    await db.doc(paths.project(acme.companyId, projectId)).set({ name: 'Website', status: 'active', team: [{ uid: member.uid, displayName: member.name }] });
    await clientRequest(acme.companyId, { projectId, title: 'A landing page' });
    const mails = await eventually(async () => {
      const snap = await db.collection(paths.mail()).where('to', 'array-contains', member.email).get();
      return snap.empty ? undefined : snap.docs.map((d) => d.data() as MailMessage);
    }, 'the new-request mail', TRIGGER_WAIT);
    expect(mails[0]?.message.subject).toMatch(/A landing page$/);

    const taskId = uid('task');
    const ref = db.doc(paths.task(acme.companyId, taskId));
    await ref.set({ projectId, title: 'Homepage', status: 'in_progress', assignee: { uid: member.uid, displayName: member.name } });
    await ref.update({ status: 'in_review' });
    expect(await eventually(async () => ((await readDoc<Task>(ref.path))?.reviewRound === 1 ? 1 : undefined), 'review round 1', TRIGGER_WAIT)).toBe(1);

    const clientUid = uid('client');
    await db.doc(`${paths.approvals(acme.companyId, taskId)}/${approvalId(1, clientUid)}`).set({
      decision: 'approved', comment: '', reviewRound: 1, uid: clientUid, name: 'Carol Chen', createdAt: Timestamp.now(),
    });
    const last = await eventually(async () => (await readDoc<Task>(ref.path))?.lastApproval ?? undefined, 'lastApproval', TRIGGER_WAIT);
    expect(last).toMatchObject({ decision: 'approved', reviewRound: 1, name: 'Carol Chen' });
    expect((await readDoc<Task>(ref.path))?.reviewRound).toBe(1);
  });
});
