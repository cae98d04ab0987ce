/**
 * Approvals (DESIGN §4, issue 14): a client with the work scope records exactly {decision,
 * comment, reviewRound: the task's, uid: self, name, createdAt: now} at the id
 * `r<round>~<uid>`, only while the task is in review; one per round; never edited or deleted.
 * The portal's own write (web/src/lib/requests.ts decideApproval) is the control.
 */
import { deleteDoc, doc, serverTimestamp, setDoc, updateDoc, type DocumentData } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { LIMITS, approvalId, paths, type TaskStatus } from '@model';
import { decideApproval } from '../web/src/lib/requests';
import { ACME, ACTORS, GLOBEX, dbOf, uidOf, type ActorKey } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { FUTURE, PAST, build, ids, put, reviewTask, storedTask } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/approvals';
import { runMatrix } from './support/matrix';

useRulesEnv('approvals');

runMatrix(rows);

const carol = ACTORS.clientAcme;
const author = { uid: uidOf(carol), name: carol.displayName };
let n = 0;
/** A fresh acme task (in review, round `round` unless said otherwise) and its id. */
async function freshTask(round: number | null = 1, status: TaskStatus = 'in_review'): Promise<string> {
  const taskId = `t-esc-${(n += 1)}`;
  const task: DocumentData = round === null ? storedTask(status) : { ...reviewTask(round), status };
  await put(paths.task(ACME, taskId), task);
  return taskId;
}
const at = (key: ActorKey, taskId: string, id: string) => doc(dbOf(key), `${paths.approvals(ACME, taskId)}/${id}`);
const own = (taskId: string, round = 1, key: ActorKey = 'clientAcme') => at(key, taskId, approvalId(round, uidOf(ACTORS[key])));

describe('field escalation: deciding', () => {
  const valid = (): DocumentData => build.approval(carol, 1);
  const cases: [string, DocumentData][] = [
    ['with an extra key', { ...valid(), attachments: [] }],
    ['without a name', (({ name: _, ...rest }) => rest)(valid())],
    ['as another user (uid of the globex client)', { ...valid(), uid: uidOf(ACTORS.clientGlobex) }],
    ['as another user (uid of a colleague)', { ...valid(), uid: 'u-carl' }],
    ['for an earlier round (reviewRound 0)', { ...valid(), reviewRound: 0 }],
    ['for a later round (reviewRound 2)', { ...valid(), reviewRound: 2 }],
    ['with reviewRound as a string', { ...valid(), reviewRound: '1' }],
    ['with a decision outside the enum', { ...valid(), decision: 'rejected' }],
    ['requesting changes without a comment', { ...valid(), decision: 'changes_requested', comment: '' }],
    [`with a ${LIMITS.approvalComment + 1}-character comment`, { ...valid(), comment: 'x'.repeat(LIMITS.approvalComment + 1) }],
    ['with a null comment', { ...valid(), comment: null }],
    ['with a back-dated createdAt', { ...valid(), createdAt: PAST }],
    ['with a future createdAt', { ...valid(), createdAt: FUTURE }],
    ['with an empty name', { ...valid(), name: '' }],
    [`with a ${LIMITS.shortText + 1}-character name`, { ...valid(), name: 'x'.repeat(LIMITS.shortText + 1) }],
  ];
  for (const [label, data] of cases) {
    it(`client approval ${label}: denied (control: the valid decision)`, async () => {
      const taskId = await freshTask();
      await expectDenied(setDoc(own(taskId), data));
      await expectAllowed(setDoc(own(taskId), valid()));
    });
  }

  it(`the portal's decideApproval: approve with no comment, request changes with ${LIMITS.approvalComment} characters: allowed`, async () => {
    await expectAllowed(decideApproval(dbOf('clientAcme'), ACME, await freshTask(), 1, author, 'approved', ''));
    await expectAllowed(decideApproval(dbOf('clientAcme'), ACME, await freshTask(), 1, author, 'changes_requested', 'x'.repeat(LIMITS.approvalComment)));
  });

  it("at another round's id, or at a colleague's id: denied (control: own id of this round)", async () => {
    const taskId = await freshTask();
    await expectDenied(setDoc(at('clientAcme', taskId, approvalId(0, uidOf(carol))), valid()));
    await expectDenied(setDoc(at('clientAcme', taskId, approvalId(2, uidOf(carol))), valid()));
    await expectDenied(setDoc(at('clientAcme', taskId, approvalId(1, 'u-carl')), valid()));
    await expectDenied(setDoc(at('clientAcme', taskId, 'my-approval'), valid()));
    await expectAllowed(setDoc(own(taskId), valid()));
  });

  it('a second decision in the same round: denied; in the next round (the task back in review): allowed', async () => {
    const taskId = await freshTask();
    await expectAllowed(decideApproval(dbOf('clientAcme'), ACME, taskId, 1, author, 'changes_requested', 'Bigger logo.'));
    await expectDenied(decideApproval(dbOf('clientAcme'), ACME, taskId, 1, author, 'approved', ''));
    await put(paths.task(ACME, taskId), reviewTask(2));
    await expectAllowed(decideApproval(dbOf('clientAcme'), ACME, taskId, 2, author, 'approved', ''));
  });

  for (const status of ['todo', 'in_progress', 'done'] as const) {
    it(`deciding on a task ${status}: denied (control: the task in review)`, async () => {
      const taskId = await freshTask(1, status);
      await expectDenied(decideApproval(dbOf('clientAcme'), ACME, taskId, 1, author, 'approved', ''));
      await put(paths.task(ACME, taskId), reviewTask(1));
      await expectAllowed(decideApproval(dbOf('clientAcme'), ACME, taskId, 1, author, 'approved', ''));
    });
  }

  it('a task in review without reviewRound counts as round 0: r0 allowed, r1 denied', async () => {
    const taskId = await freshTask(null, 'in_review');
    await expectDenied(decideApproval(dbOf('clientAcme'), ACME, taskId, 1, author, 'approved', ''));
    await expectAllowed(decideApproval(dbOf('clientAcme'), ACME, taskId, 0, author, 'approved', ''));
  });

  it('deciding on a task that does not exist, or on a globex task id under acme: denied (control: an acme task in review)', async () => {
    await expectDenied(setDoc(own('t-ghost'), valid()));
    await put(paths.task(GLOBEX, 't-globex-review'), reviewTask(1));
    await expectDenied(setDoc(own('t-globex-review'), valid()));
    await expectAllowed(setDoc(own(await freshTask()), valid()));
  });

  it('a preview, a billing-only contact, the globex client, staff and admin deciding: denied (control: the acme client and a work-only contact)', async () => {
    const taskId = await freshTask();
    await expectDenied(setDoc(own(taskId, 1, 'previewAcme'), build.approval(ACTORS.previewAcme, 1)));
    await expectDenied(decideApproval(dbOf('previewAcme'), ACME, taskId, 1, author, 'approved', ''));
    await expectDenied(setDoc(own(taskId, 1, 'billingAcme'), build.approval(ACTORS.billingAcme, 1)));
    await expectDenied(setDoc(own(taskId, 1, 'clientGlobex'), build.approval(ACTORS.clientGlobex, 1)));
    await expectDenied(setDoc(own(taskId, 1, 'staff'), build.approval(ACTORS.staff, 1)));
    await expectDenied(setDoc(own(taskId, 1, 'admin'), build.approval(ACTORS.admin, 1)));
    await expectAllowed(setDoc(own(taskId, 1, 'workAcme'), build.approval(ACTORS.workAcme, 1)));
    await expectAllowed(setDoc(own(taskId), valid()));
  });
});

describe('field escalation: an approval is immutable', () => {
  it('its author editing the decision or comment, or deleting it: denied; staff and admin too (control: a new decision next round)', async () => {
    const taskId = await freshTask();
    await expectAllowed(decideApproval(dbOf('clientAcme'), ACME, taskId, 1, author, 'changes_requested', 'Bigger logo.'));
    await expectDenied(updateDoc(own(taskId), { decision: 'approved' }));
    await expectDenied(updateDoc(own(taskId), { comment: 'Never mind' }));
    await expectDenied(setDoc(own(taskId), { ...build.approval(carol, 1), createdAt: serverTimestamp() }));
    await expectDenied(deleteDoc(own(taskId)));
    await expectDenied(updateDoc(at('staff', taskId, approvalId(1, uidOf(carol))), { comment: 'Edited by staff' }));
    await expectDenied(deleteDoc(at('admin', taskId, approvalId(1, uidOf(carol)))));
    await put(paths.task(ACME, taskId), reviewTask(2));
    await expectAllowed(decideApproval(dbOf('clientAcme'), ACME, taskId, 2, author, 'approved', ''));
  });
});

describe("tasks: review rounds, the latest decision and the request a task came from are Functions'", () => {
  const task = paths.task(ACME, 't-functions-fields');
  const staffUpdate = (change: object) => updateDoc(doc(dbOf('staff'), task), { ...change, updatedAt: serverTimestamp() });
  const summary = { decision: 'approved', reviewRound: 1, name: carol.displayName, createdAt: PAST };

  for (const [field, value] of [['reviewRound', 3], ['lastApproval', summary], ['requestId', ids.request]] as const) {
    it(`staff creating a task with ${field}: denied (control: without it)`, async () => {
      await expectDenied(setDoc(doc(dbOf('staff'), paths.task(ACME, `t-new-${field}`)), { ...build.task(), [field]: value }));
      await expectAllowed(setDoc(doc(dbOf('staff'), paths.task(ACME, `t-new-${field}-ok`)), build.task()));
    });
    it(`staff setting or changing ${field} on a task: denied (control: editing the task keeps it)`, async () => {
      await put(task, storedTask('in_progress'));
      await expectDenied(staffUpdate({ [field]: value }));
      await put(task, { ...reviewTask(1), lastApproval: summary, requestId: ids.request });
      await expectDenied(staffUpdate({ [field]: field === 'reviewRound' ? 0 : field === 'lastApproval' ? null : 'rq-other' }));
      await expectAllowed(staffUpdate({ status: 'in_progress', title: 'Hero v3' }));
    });
  }
  it('staff removing reviewRound: denied (control: a valid edit)', async () => {
    await put(task, reviewTask(2));
    const { reviewRound: _, ...without } = reviewTask(2);
    await expectDenied(setDoc(doc(dbOf('staff'), task), { ...without, updatedAt: serverTimestamp() }));
    await expectAllowed(staffUpdate({ status: 'done' }));
  });
});
