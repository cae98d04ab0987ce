/**
 * Client requests (DESIGN §4, issue 14): a client with the work scope submits exactly {title,
 * description, projectId, dueDate, status 'submitted', no decision, createdBy: self, createdByName,
 * createdAt: now} and may withdraw their own while it is submitted (the status, nothing else);
 * staff decide it (accepted with an existing task, or declined with a reason), as themselves, now.
 * The portal's own writes (web/src/lib/requests.ts) are the controls.
 */
import { deleteDoc, doc, serverTimestamp, setDoc, updateDoc, type DocumentData } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { LIMITS, paths } from '@model';
import { submitRequest, withdrawRequest } from '../web/src/lib/requests';
import { ACME, ACTORS, GLOBEX, dbOf, uidOf, type ActorKey } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { EARLIER, FUTURE, PAST, build, declineBy, ids, put, storedRequestBy } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/requests';
import { runMatrix } from './support/matrix';

useRulesEnv('requests');

runMatrix(rows);

const carol = ACTORS.clientAcme;
const author = { uid: uidOf(carol), name: carol.displayName };
const newRequest = { title: 'Spring sale page', description: 'Like the homepage.', projectId: ids.project, dueDate: '2026-04-01' };

describe('field escalation: submitting', () => {
  let n = 0;
  const fresh = (key: ActorKey = 'clientAcme') => doc(dbOf(key), paths.request(ACME, `esc-${(n += 1)}`));
  const valid = (): DocumentData => build.request(carol);

  const createCases: [string, DocumentData][] = [
    ['with an extra key', { ...valid(), priority: 'high' }],
    ['without createdByName', (({ createdByName: _, ...rest }) => rest)(valid())],
    ['without dueDate', (({ dueDate: _, ...rest }) => rest)(valid())],
    ['as another user (createdBy of the globex client)', { ...valid(), createdBy: uidOf(ACTORS.clientGlobex) }],
    ['as another user (createdBy of staff)', { ...valid(), createdBy: uidOf(ACTORS.staff) }],
    ["already accepted (status 'accepted')", { ...valid(), status: 'accepted' }],
    ["withdrawn (status 'withdrawn')", { ...valid(), status: 'withdrawn' }],
    ['with a status outside the enum', { ...valid(), status: 'urgent' }],
    ['with a decisionReason', { ...valid(), decisionReason: 'Approved by me' }],
    ['with a taskId', { ...valid(), taskId: ids.task }],
    ['with decidedBy', { ...valid(), decidedBy: uidOf(ACTORS.staff) }],
    ['with a back-dated createdAt', { ...valid(), createdAt: PAST }],
    ['with a future createdAt', { ...valid(), createdAt: FUTURE }],
    ['with an empty title', { ...valid(), title: '' }],
    [`with a ${LIMITS.requestTitle + 1}-character title`, { ...valid(), title: 'x'.repeat(LIMITS.requestTitle + 1) }],
    ['with a number as title', { ...valid(), title: 42 }],
    [`with a ${LIMITS.requestDescription + 1}-character description`, { ...valid(), description: 'x'.repeat(LIMITS.requestDescription + 1) }],
    ['with a null description', { ...valid(), description: null }],
    ['for a project that does not exist', { ...valid(), projectId: 'p-ghost' }],
    ["for globex's project (no such acme project)", { ...valid(), projectId: ids.globexProject }],
    ['with a projectId containing a slash', { ...valid(), projectId: 'p-website/x' }],
    ['with a due date that is not YYYY-MM-DD', { ...valid(), dueDate: '04/01/2026' }],
    ['with an empty createdByName', { ...valid(), createdByName: '' }],
    [`with a ${LIMITS.shortText + 1}-character createdByName`, { ...valid(), createdByName: 'x'.repeat(LIMITS.shortText + 1) }],
  ];
  for (const [label, data] of createCases) {
    it(`client request ${label}: denied (control: the valid request)`, async () => {
      await expectDenied(setDoc(fresh(), data));
      await expectAllowed(setDoc(fresh(), valid()));
    });
  }

  it(`the portal's submitRequest: allowed; with no project and no due date, ${LIMITS.requestTitle}-character title and ${LIMITS.requestDescription}-character description: allowed`, async () => {
    await expectAllowed(submitRequest(dbOf('clientAcme'), ACME, author, newRequest));
    await expectAllowed(
      submitRequest(dbOf('clientAcme'), ACME, author, {
        title: 't'.repeat(LIMITS.requestTitle),
        description: 'd'.repeat(LIMITS.requestDescription),
        projectId: null,
        dueDate: null,
      }),
    );
    await expectAllowed(setDoc(fresh(), { ...valid(), description: '' }));
  });

  it('a preview, a billing-only contact, the globex client and staff submitting to acme: denied (control: the acme client)', async () => {
    await expectDenied(submitRequest(dbOf('previewAcme'), ACME, author, newRequest));
    await expectDenied(setDoc(fresh('previewAcme'), build.request(ACTORS.previewAcme)));
    await expectDenied(setDoc(fresh('billingAcme'), build.request(ACTORS.billingAcme)));
    await expectDenied(setDoc(fresh('clientGlobex'), { ...build.request(ACTORS.clientGlobex), projectId: null }));
    await expectDenied(setDoc(fresh('staff'), build.request(ACTORS.staff)));
    await expectAllowed(submitRequest(dbOf('clientAcme'), ACME, author, newRequest));
    await expectAllowed(setDoc(fresh('workAcme'), build.request(ACTORS.workAcme)));
  });

  it('the globex client submitting in their own company: allowed; naming an acme project there: denied', async () => {
    const gina = ACTORS.clientGlobex;
    await expectDenied(setDoc(doc(dbOf('clientGlobex'), paths.request(GLOBEX, 'esc-g-1')), build.request(gina, ids.project)));
    await expectAllowed(setDoc(doc(dbOf('clientGlobex'), paths.request(GLOBEX, 'esc-g-2')), build.request(gina, ids.globexProject)));
  });
});

describe('field escalation: withdrawing', () => {
  const path = paths.request(ACME, 'esc-withdraw');
  const as = (key: ActorKey, change: object) => updateDoc(doc(dbOf(key), path), change);
  const reset = (change: object = {}) => put(path, storedRequestBy(carol, change));

  it("the portal's withdrawRequest of one's own submitted request: allowed", async () => {
    await reset();
    await expectAllowed(withdrawRequest(dbOf('clientAcme'), ACME, 'esc-withdraw'));
  });
  const cases: [string, object][] = [
    ['changing the title too', { status: 'withdrawn', title: 'Another title' }],
    ['changing the due date instead', { dueDate: '2026-05-01' }],
    ["setting status 'accepted'", { status: 'accepted' }],
    ["setting status 'declined'", { status: 'declined', decisionReason: 'Never mind' }],
    ['back to submitted with a new createdAt', { createdAt: serverTimestamp() }],
    ['adding a key', { status: 'withdrawn', note: 'sorry' }],
    ['handing it to someone else', { createdBy: 'u-carl' }],
  ];
  for (const [label, change] of cases) {
    it(`client editing own request ${label}: denied (control: withdrawing it)`, async () => {
      await reset();
      await expectDenied(as('clientAcme', change));
      await expectAllowed(as('clientAcme', { status: 'withdrawn' }));
    });
  }
  it("withdrawing a colleague's request (same company): denied (control: own)", async () => {
    await put(paths.request(ACME, 'esc-colleague'), { ...storedRequestBy(carol), createdBy: 'u-carl', createdByName: 'Carl' });
    await expectDenied(withdrawRequest(dbOf('clientAcme'), ACME, 'esc-colleague'));
    await reset();
    await expectAllowed(withdrawRequest(dbOf('clientAcme'), ACME, 'esc-withdraw'));
  });
  for (const status of ['accepted', 'declined', 'withdrawn'] as const) {
    it(`withdrawing one's own ${status} request: denied (control: a submitted one)`, async () => {
      await reset({ status, decisionReason: status === 'declined' ? 'Not now.' : null });
      await expectDenied(as('clientAcme', { status: 'withdrawn' }));
      await reset();
      await expectAllowed(as('clientAcme', { status: 'withdrawn' }));
    });
  }
  it("a preview or a billing-only contact withdrawing (even 'their own'): denied (control: the author)", async () => {
    await put(path, storedRequestBy(ACTORS.billingAcme));
    await expectDenied(as('billingAcme', { status: 'withdrawn' }));
    await put(path, storedRequestBy(ACTORS.previewAcme));
    await expectDenied(as('previewAcme', { status: 'withdrawn' }));
    await reset();
    await expectDenied(as('previewAcme', { status: 'withdrawn' }));
    await expectAllowed(as('clientAcme', { status: 'withdrawn' }));
  });
  it('deleting one’s own request: denied, to the client and to admin (control: withdrawing it)', async () => {
    await reset();
    await expectDenied(deleteDoc(doc(dbOf('clientAcme'), path)));
    await expectDenied(deleteDoc(doc(dbOf('admin'), path)));
    await expectAllowed(as('clientAcme', { status: 'withdrawn' }));
  });
});

describe('field escalation: staff decisions', () => {
  const path = paths.request(ACME, 'esc-decide');
  const sam = ACTORS.staff;
  const decide = (change: object, key: ActorKey = 'staff') => updateDoc(doc(dbOf(key), path), change);
  const reset = (change: object = {}) => put(path, storedRequestBy(carol, change));
  const accept = (taskId: string | null = ids.task): DocumentData => ({ status: 'accepted', taskId, decidedBy: uidOf(sam), decidedAt: serverTimestamp() });

  it('staff and admin declining with a reason, or accepting with the task it became: allowed', async () => {
    await reset();
    await expectAllowed(decide(declineBy(sam)));
    await reset();
    await expectAllowed(decide(declineBy(ACTORS.admin), 'admin'));
    await reset();
    await expectAllowed(decide(accept()));
    await reset();
    await expectAllowed(decide({ ...accept(null), decisionReason: 'Scheduled for May.' }));
  });
  const cases: [string, DocumentData][] = [
    ['declining without a reason', { ...declineBy(sam), decisionReason: null }],
    ['declining with an empty reason', declineBy(sam, '')],
    [`declining with a ${LIMITS.decisionReason + 1}-character reason`, declineBy(sam, 'x'.repeat(LIMITS.decisionReason + 1))],
    ['declining and naming a task', { ...declineBy(sam), taskId: ids.task }],
    ['accepting with a task that does not exist', accept('t-ghost')],
    ["accepting with globex's task (no such acme task)", accept(ids.globexTask)],
    [`accepting with a ${LIMITS.decisionReason + 1}-character reason`, { ...accept(), decisionReason: 'x'.repeat(LIMITS.decisionReason + 1) }],
    ["setting status 'withdrawn'", { ...declineBy(sam), status: 'withdrawn' }],
    ["setting status 'submitted'", { ...declineBy(sam), status: 'submitted' }],
    ['setting a status outside the enum', { ...declineBy(sam), status: 'maybe' }],
    ['deciding as another staff member', { ...declineBy(sam), decidedBy: ids.otherStaffUid }],
    ['with a back-dated decidedAt', { ...declineBy(sam), decidedAt: PAST }],
    ['without decidedBy and decidedAt', { status: 'declined', decisionReason: 'No.' }],
    ['changing the title', { ...declineBy(sam), title: 'Edited by staff' }],
    ["changing the client's description", { ...declineBy(sam), description: 'Words the client never wrote' }],
    ['changing createdBy', { ...declineBy(sam), createdBy: uidOf(sam) }],
    ['changing createdAt', { ...declineBy(sam), createdAt: EARLIER }],
    ['adding a key', { ...declineBy(sam), internal: true }],
  ];
  for (const [label, change] of cases) {
    it(`staff ${label}: denied (control: declining with a reason)`, async () => {
      await reset();
      await expectDenied(decide(change));
      await expectAllowed(decide(declineBy(sam)));
    });
  }
  for (const status of ['accepted', 'declined', 'withdrawn'] as const) {
    it(`staff deciding a request already ${status}: denied (control: a submitted one)`, async () => {
      await reset({ status, decisionReason: status === 'declined' ? 'Not now.' : null });
      await expectDenied(decide(declineBy(sam, 'Changed our mind.')));
      await reset();
      await expectAllowed(decide(declineBy(sam)));
    });
  }
  it('the client declining or accepting their own request: denied (control: staff)', async () => {
    await reset();
    await expectDenied(decide(declineBy(carol), 'clientAcme'));
    await expectDenied(decide({ ...accept(), decidedBy: uidOf(carol) }, 'clientAcme'));
    await expectAllowed(decide(declineBy(sam)));
  });
});
