/**
 * onApprovalCreated (Firestore trigger): a client decided on a task in review
 * (`companies/{c}/tasks/{t}/approvals/{r<round>~<uid>}`, created through the rules, immutable).
 *
 * - Writes `task.lastApproval` {decision, reviewRound, name, createdAt} (Functions only) in a
 *   transaction, unless the task already shows a later decision (a later round, or a later one
 *   in the same round): lists show the latest decision without reading the approvals. The write
 *   leaves `status` and `updatedAt` alone, so onTaskWritten does nothing with it.
 * - Emails the task's assignee the decision and the client's comment (redacted Outbox entry
 *   beside it, like every notice); an unassigned task's notice goes to its project's team, and
 *   when that is nobody, to the agency's admins. One mail per approval and recipient
 *   (`approval-{c}-{t}-{approvalId}-{uid}`, created once): a redelivered event sends nothing twice.
 */
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import type { Timestamp } from 'firebase-admin/firestore';
import { APPROVAL_DECISIONS, paths, type Approval, type ApprovalSummary, type Company, type Task } from '../model';
import { runtimeDeps, type Deps } from '../shared/deps';
import { toCreateEvent, type CreateEvent } from '../shared/events';
import { agencyName, createMailOnce, renderMail, safeId } from '../shared/mail';
import { activeAdmins, projectTeams, staffByUid, type StaffRecipient } from '../shared/staffRecipients';
import { runTransaction } from '../shared/transaction';

export interface ApprovalParams {
  companyId: string;
  taskId: string;
  approvalId: string;
}

export function approvalMailId(companyId: string, taskId: string, approvalId: string, uid: string): string {
  return `approval-${safeId(companyId)}-${safeId(taskId)}-${safeId(approvalId)}-${safeId(uid)}`;
}

function millis(value: unknown): number {
  return value && typeof (value as Timestamp).toMillis === 'function' ? (value as Timestamp).toMillis() : 0;
}

/** True when `next` is at least as recent as `current` (round first, then time). */
function isLatest(current: Partial<ApprovalSummary> | null | undefined, next: ApprovalSummary): boolean {
  if (!current || typeof current.reviewRound !== 'number') return true;
  if (next.reviewRound !== current.reviewRound) return next.reviewRound > current.reviewRound;
  return millis(next.createdAt) >= millis(current.createdAt);
}

export interface ApprovalOutcome {
  /** task.lastApproval now shows this approval */
  recorded: boolean;
  /** mails this delivery created */
  mailed: number;
}

export async function onApprovalCreatedHandler(event: CreateEvent<ApprovalParams>, deps: Pick<Deps, 'db' | 'appUrl'>): Promise<ApprovalOutcome> {
  const approval = event.data as Partial<Approval> | undefined;
  if (!approval || !(APPROVAL_DECISIONS as readonly unknown[]).includes(approval.decision) || typeof approval.reviewRound !== 'number' || !approval.createdAt) {
    return { recorded: false, mailed: 0 };
  }
  const { companyId, taskId, approvalId } = event.params;
  const { db } = deps;
  const taskRef = db.doc(paths.task(companyId, taskId));
  const summary: ApprovalSummary = {
    decision: approval.decision!,
    reviewRound: approval.reviewRound,
    name: approval.name || 'The client',
    createdAt: approval.createdAt,
  };

  const result = await runTransaction(db, async (tx) => {
    const task = (await tx.get(taskRef)).data() as Partial<Task> | undefined;
    if (!task) return { task: undefined, recorded: false };
    if (!isLatest(task.lastApproval, summary)) return { task, recorded: false };
    tx.update(taskRef, { lastApproval: summary } satisfies Partial<Task>);
    return { task, recorded: true };
  });
  const task = result.task;
  if (!task) return { recorded: false, mailed: 0 };

  let recipients: StaffRecipient[] = task.assignee?.uid ? await staffByUid(db, [task.assignee.uid]) : [];
  if (recipients.length === 0 && task.projectId) recipients = await staffByUid(db, (await projectTeams(db, companyId, task.projectId)).uids);
  if (recipients.length === 0) recipients = await activeAdmins(db);

  const [agency, companySnap] = await Promise.all([agencyName(db), db.doc(paths.company(companyId)).get()]);
  const companyName = (companySnap.data() as Partial<Company> | undefined)?.name ?? companyId;
  const title = task.title || 'A task';
  const approved = summary.decision === 'approved';
  const comment = (approval.comment ?? '').trim();
  let mailed = 0;
  for (const recipient of recipients) {
    const mail = renderMail({
      to: recipient.email,
      subject: `${approved ? 'Approved' : 'Changes requested'}: ${title}`,
      greeting: recipient.name ? `Hi ${recipient.name},` : 'Hi,',
      paragraphs: [
        `${summary.name} (${companyName}) ${approved ? 'approved' : 'asked for changes to'} "${title}" (review round ${summary.reviewRound}).`,
        comment ? `Their comment: "${comment}"` : 'They left no comment.',
      ],
      action: { label: 'Open the task', url: `${deps.appUrl}/console/tasks/${encodeURIComponent(companyId)}/${encodeURIComponent(taskId)}` },
      footer: `You receive this as ${task.assignee?.uid === recipient.uid ? "the task's assignee" : `a member of ${agency}'s team`}.`,
    });
    const meta = { kind: 'other', refs: { companyId, taskId } } as const;
    if (await createMailOnce(db, approvalMailId(companyId, taskId, approvalId, recipient.uid), mail, meta)) mailed += 1;
  }
  return { recorded: result.recorded, mailed };
}

export const onApprovalCreated = onDocumentCreated('companies/{companyId}/tasks/{taskId}/approvals/{approvalId}', (event) =>
  onApprovalCreatedHandler(toCreateEvent(event), runtimeDeps()).then(() => undefined),
);
