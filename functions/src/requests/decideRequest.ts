/**
 * decideRequest (callable, staff and admin): the team's answer to a client's request for new work
 * (`companies/{c}/requests/{id}`, created by the client through the rules).
 *
 * - accept: in ONE transaction, while the request is still `submitted`, creates its task
 *   (`companies/{c}/tasks/req-{requestId}`: the request's title, description and due date — or
 *   14 days from today —, status `todo`, priority `medium`, unassigned, `requestId`) in the
 *   request's project, or in `projectId` (required when the request names none; when both are
 *   given the team's choice wins), and marks the request `accepted` with `taskId`, `decidedBy`,
 *   `decidedAt` and `decisionReason` (the optional note, or null).
 * - decline: marks it `declined` with the reason (required: the client reads it).
 *
 * Concurrency (two people, or a double click): the transaction re-reads the request, so exactly
 * one call creates the task; the other sees the request already accepted. Repeating the SAME
 * decision is idempotent — it succeeds with `alreadyDecided: true` (and, for accept, the task the
 * first call created) so a double click never shows an error. The OTHER decision on a decided
 * request, and any decision on a withdrawn one, is refused with `failed-precondition`. The
 * task's id derives from the request's, so even a bypassed check could not make a second task.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { paths, todayIso, type ClientRequest, type DecideRequestResult, type Project, type Task } from '../model';
import { decideRequestInput } from '../model/schemas';
import { parseInput, requireActiveStaff, type CallRequest } from '../shared/callable';
import { runtimeDeps, type Deps } from '../shared/deps';
import { runTransaction } from '../shared/transaction';

/** A request without a due date becomes a task due this many days after it was accepted. */
export const DEFAULT_DUE_DAYS = 14;

/** The id of the task an accepted request becomes (one request, one task). */
export function requestTaskId(requestId: string): string {
  return `req-${requestId}`;
}

export async function decideRequestHandler(request: CallRequest, deps: Deps): Promise<DecideRequestResult> {
  const caller = await requireActiveStaff(request, deps.auth, 'decide on client requests');
  const input = parseInput(
    decideRequestInput,
    request.data,
    'Send { companyId, requestId, decision: "accept", projectId? } or { companyId, requestId, decision: "decline", reason }.',
  );
  const { db } = deps;
  const now = deps.now();
  const stamp = Timestamp.fromDate(now);
  const requestRef = db.doc(paths.request(input.companyId, input.requestId));
  const reason = input.reason ? input.reason : null;

  return runTransaction(db, async (tx): Promise<DecideRequestResult> => {
    const snap = await tx.get(requestRef);
    if (!snap.exists) {
      throw new HttpsError('not-found', 'This request does not exist (it may have been deleted). Reload the list of requests.');
    }
    const current = snap.data() as ClientRequest;
    const wanted = input.decision === 'accept' ? 'accepted' : 'declined';
    if (current.status === wanted) {
      // The same decision again: nothing to do, the first call's outcome stands.
      return current.status === 'accepted' && current.taskId ? { taskId: current.taskId, alreadyDecided: true } : { alreadyDecided: true };
    }
    switch (current.status) {
      case 'accepted':
        throw new HttpsError('failed-precondition', 'This request was already accepted: it became a task, so it can no longer be declined. Reload to see it.', {
          status: current.status,
          taskId: current.taskId,
        });
      case 'declined':
        throw new HttpsError('failed-precondition', 'This request was already declined. The client can send a new request if the work is still wanted.', {
          status: current.status,
        });
      case 'withdrawn':
        throw new HttpsError('failed-precondition', 'The client withdrew this request, so there is nothing to decide.', { status: current.status });
      case 'submitted':
        break;
    }

    if (input.decision === 'decline') {
      tx.update(requestRef, {
        status: 'declined',
        decisionReason: reason,
        taskId: null,
        decidedBy: caller.uid,
        decidedAt: stamp,
      } satisfies Partial<ClientRequest>);
      return {};
    }

    const projectId = input.projectId ?? current.projectId;
    if (!projectId) {
      throw new HttpsError('invalid-argument', 'Choose the project the new task belongs to: this request names none.');
    }
    const project = (await tx.get(db.doc(paths.project(input.companyId, projectId)))).data() as Project | undefined;
    if (!project) {
      throw new HttpsError('failed-precondition', `There is no project "${projectId}" at this company any more. Choose another project for the task.`);
    }
    const taskId = requestTaskId(input.requestId);
    const task: Task = {
      projectId,
      title: current.title,
      description: current.description,
      status: 'todo',
      priority: 'medium',
      assignee: null,
      dueDate: current.dueDate ?? todayIso(new Date(now.getTime() + DEFAULT_DUE_DAYS * 86_400_000)),
      deliverables: [],
      createdAt: stamp,
      updatedAt: stamp,
      requestId: input.requestId,
    };
    tx.create(db.doc(paths.task(input.companyId, taskId)), task);
    tx.update(requestRef, {
      status: 'accepted',
      taskId,
      decisionReason: reason,
      decidedBy: caller.uid,
      decidedAt: stamp,
    } satisfies Partial<ClientRequest>);
    return { taskId };
  });
}

export const decideRequest = onCall((request) => decideRequestHandler(request, runtimeDeps()));
