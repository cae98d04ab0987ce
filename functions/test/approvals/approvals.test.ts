/**
 * Review rounds (onTaskWritten's countReviewRoundHandler) and client approvals
 * (onApprovalCreatedHandler), called with events as their exports do, on tasks in the Firestore
 * emulator. The deployed onTaskWritten trigger runs in the emulator too and counts the same
 * rounds: the assertions are on the task as it ends up, which must be the same whoever counted.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/admin';
import { approvalMailId, onApprovalCreatedHandler } from '../../src/approvals/onApprovalCreated';
import { countReviewRoundHandler } from '../../src/notifications/onTaskWritten';
import { approvalId, paths, type MailMessage, type OutboxEntry, type Task, type TaskStatus } from '../../src/model';
import { eventually } from '../support/emulators';
import { APP_URL, company, deps, readDoc, teamProfile, uid } from '../support/world';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function taskFields(status: TaskStatus, extra: Partial<Task> = {}) {
  return {
    projectId: 'website', title: 'Homepage design', description: '', status, priority: 'high', assignee: null,
    dueDate: '2026-12-20', deliverables: [], createdAt: Timestamp.now(), updatedAt: Timestamp.now(), ...extra,
  };
}

async function roundOf(companyId: string, taskId: string): Promise<number | undefined> {
  return (await readDoc<Task>(paths.task(companyId, taskId)))?.reviewRound;
}

/** Moves the task to `status` and delivers the event to the handler (the deployed trigger gets it too). */
async function moveTo(companyId: string, taskId: string, status: TaskStatus) {
  const ref = db.doc(paths.task(companyId, taskId));
  const before = (await ref.get()).data();
  await ref.update({ status, updatedAt: Timestamp.now() });
  const after = (await ref.get()).data();
  const event = { id: uid('evt'), params: { companyId, taskId }, before, after };
  await countReviewRoundHandler(event, deps());
  return event;
}

describe('review rounds (onTaskWritten)', () => {
  it('counts each entry into in_review once: redelivered events and its own write change nothing', async () => {
    const acme = await company();
    const taskId = uid('task');
    await db.doc(paths.task(acme.companyId, taskId)).set(taskFields('in_progress'));

    const first = await moveTo(acme.companyId, taskId, 'in_review');
    expect(await eventually(async () => ((await roundOf(acme.companyId, taskId)) === 1 ? 1 : undefined), 'round 1')).toBe(1);
    // The same event again (redelivery), and again at once: nothing more.
    expect(await Promise.all([countReviewRoundHandler(first, deps()), countReviewRoundHandler(first, deps())])).toEqual([null, null]);
    // The write the count made (reviewRound only) is not an entry into review: no loop.
    const own = { id: uid('evt'), params: first.params, before: first.after, after: { ...first.after, reviewRound: 1 } };
    expect(await countReviewRoundHandler(own, deps())).toBeNull();
    await sleep(1500);
    expect(await roundOf(acme.companyId, taskId)).toBe(1);

    // Changes requested → back to work → in review again: round 2; done → reopened for review: 3.
    await moveTo(acme.companyId, taskId, 'in_progress');
    await moveTo(acme.companyId, taskId, 'in_review');
    expect(await eventually(async () => ((await roundOf(acme.companyId, taskId)) === 2 ? 2 : undefined), 'round 2')).toBe(2);
    await moveTo(acme.companyId, taskId, 'done');
    await moveTo(acme.companyId, taskId, 'in_review');
    expect(await eventually(async () => ((await roundOf(acme.companyId, taskId)) === 3 ? 3 : undefined), 'round 3')).toBe(3);
    await sleep(1500);
    expect(await roundOf(acme.companyId, taskId)).toBe(3);
  });

  it('changes nothing for writes that are not an entry into review; a task created in review with its round keeps it', async () => {
    const acme = await company();
    const params = { companyId: acme.companyId, taskId: uid('task') };
    const cases = [
      { before: taskFields('todo'), after: taskFields('in_progress') },
      { before: taskFields('in_review', { reviewRound: 1 }), after: taskFields('in_review', { reviewRound: 1, title: 'Renamed' }) },
      { before: taskFields('in_review', { reviewRound: 1 }), after: taskFields('done', { reviewRound: 1 }) },
      { before: taskFields('in_review', { reviewRound: 1 }), after: undefined },
    ];
    for (const c of cases) expect(await countReviewRoundHandler({ id: uid('evt'), ...c, params }, deps())).toBeNull();

    // The seed (or an import) creates a task in review at round 1: it stays 1.
    const seeded = uid('task');
    await db.doc(paths.task(acme.companyId, seeded)).set(taskFields('in_review', { reviewRound: 1 }));
    expect(await countReviewRoundHandler({ id: uid('evt'), params: { companyId: acme.companyId, taskId: seeded }, before: undefined, after: taskFields('in_review', { reviewRound: 1 }) }, deps())).toBeNull();
    // Created in review without a round: this is round 1.
    const fresh = uid('task');
    await db.doc(paths.task(acme.companyId, fresh)).set(taskFields('in_review'));
    await countReviewRoundHandler({ id: uid('evt'), params: { companyId: acme.companyId, taskId: fresh }, before: undefined, after: taskFields('in_review') }, deps());
    expect(await eventually(async () => ((await roundOf(acme.companyId, fresh)) === 1 ? 1 : undefined), 'round 1')).toBe(1);
    await sleep(1000);
    expect(await roundOf(acme.companyId, seeded)).toBe(1);
  });
});

describe('onApprovalCreated', () => {
  async function mailsTo(email: string) {
    const snap = await db.collection(paths.mail()).where('to', '==', email).get();
    return snap.docs.map((d) => ({ id: d.id, ...(d.data() as MailMessage) }));
  }

  async function taskInReview(assignee: { uid: string; name: string } | null, round = 1) {
    const acme = await company('client', 'Acme Corp');
    const taskId = uid('task');
    await db.doc(paths.task(acme.companyId, taskId)).set(
      taskFields('in_review', { reviewRound: round, assignee: assignee ? { uid: assignee.uid, displayName: assignee.name } : null }),
    );
    return { companyId: acme.companyId, taskId };
  }

  function approvalEvent(at: { companyId: string; taskId: string }, fields: { decision: string; comment: string; reviewRound: number; createdAt?: Timestamp }) {
    const clientUid = uid('client');
    const id = approvalId(fields.reviewRound, clientUid);
    return {
      id: uid('evt'),
      params: { ...at, approvalId: id },
      data: { uid: clientUid, name: 'Carol Chen', createdAt: Timestamp.now(), ...fields },
    };
  }

  it("records lastApproval and mails the assignee the decision and comment (not the rest of the team), once per event", async () => {
    const [lee, sam] = await Promise.all([teamProfile(), teamProfile()]);
    const at = await taskInReview(lee);
    const event = approvalEvent(at, { decision: 'changes_requested', comment: 'Could the headline be bolder?', reviewRound: 1 });

    expect(await onApprovalCreatedHandler(event, deps())).toEqual({ recorded: true, mailed: 1 });
    expect(await onApprovalCreatedHandler(event, deps())).toEqual({ recorded: true, mailed: 0 });

    const task = await readDoc<Task>(paths.task(at.companyId, at.taskId));
    expect(task?.lastApproval).toEqual({ decision: 'changes_requested', reviewRound: 1, name: 'Carol Chen', createdAt: event.data.createdAt });
    expect(task?.status).toBe('in_review');
    const [mail] = await mailsTo(lee.email);
    expect(mail?.id).toBe(approvalMailId(at.companyId, at.taskId, event.params.approvalId, lee.uid));
    expect(mail?.message.subject).toBe('Changes requested: Homepage design');
    expect(mail?.message.text).toContain('Carol Chen (Acme Corp) asked for changes to "Homepage design" (review round 1).');
    expect(mail?.message.text).toContain('Their comment: "Could the headline be bolder?"');
    expect(mail?.message.text).toContain(`${APP_URL}/console/tasks/${at.companyId}/${at.taskId}`);
    expect(await mailsTo(sam.email)).toEqual([]);
    const outbox = await readDoc<OutboxEntry>(`${paths.outbox()}/${mail?.id}`);
    expect(outbox).toMatchObject({ to: [lee.email], kind: 'other', refs: { companyId: at.companyId, taskId: at.taskId } });
  });

  it('an approval keeps the latest decision: a later round replaces an earlier one, never the other way round', async () => {
    const lee = await teamProfile();
    const at = await taskInReview(lee, 2);
    const later = approvalEvent(at, { decision: 'approved', comment: '', reviewRound: 2 });
    const earlier = approvalEvent(at, { decision: 'changes_requested', comment: 'Old', reviewRound: 1, createdAt: Timestamp.fromMillis(Date.now() - 86_400_000) });

    expect((await onApprovalCreatedHandler(later, deps())).recorded).toBe(true);
    expect((await onApprovalCreatedHandler(earlier, deps())).recorded).toBe(false);

    expect((await readDoc<Task>(paths.task(at.companyId, at.taskId)))?.lastApproval).toMatchObject({ decision: 'approved', reviewRound: 2 });
    const subjects = (await mailsTo(lee.email)).map((m) => m.message.subject).sort();
    expect(subjects).toEqual(['Approved: Homepage design', 'Changes requested: Homepage design']);
    expect((await mailsTo(lee.email)).find((m) => m.message.subject.startsWith('Approved'))?.message.text).toContain('They left no comment.');
  });

  it("an unassigned task's decision goes to its project's team; a malformed approval or a missing task does nothing", async () => {
    const member = await teamProfile();
    const at = await taskInReview(null);
    await db.doc(paths.project(at.companyId, 'website')).set({ name: 'Website', status: 'active', team: [{ uid: member.uid, displayName: member.name }] });

    expect(await onApprovalCreatedHandler(approvalEvent(at, { decision: 'approved', comment: 'Ship it', reviewRound: 1 }), deps())).toEqual({ recorded: true, mailed: 1 });
    expect(await mailsTo(member.email)).toHaveLength(1);

    expect(await onApprovalCreatedHandler(approvalEvent(at, { decision: 'maybe', comment: '', reviewRound: 1 }), deps())).toEqual({ recorded: false, mailed: 0 });
    expect(await onApprovalCreatedHandler(approvalEvent({ ...at, taskId: 'gone' }, { decision: 'approved', comment: '', reviewRound: 1 }), deps())).toEqual({ recorded: false, mailed: 0 });
  });
});
