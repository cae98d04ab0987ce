/**
 * onTaskWritten (Firestore trigger, DESIGN §5), two jobs on every task write:
 *
 * - When a task's status becomes `done`, email the company's active portal contacts whose portal
 *   shows work (contact.scopes has `work`; absent = both) a link to the task. Only the task's
 *   title and project name go out — never Notes or other internal content. One `mail` doc per
 *   recipient and completion day, created with create(): a redelivered event, or Done toggled off
 *   and on again the same day, sends nothing twice.
 * - When a task's status enters `in_review`, count the review round (`task.reviewRound`,
 *   Functions only; client approvals name the round they decide on). See countReviewRoundHandler.
 */
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { paths, todayIso, type Project, type Task } from '../model';
import { runtimeDeps, type Deps } from '../shared/deps';
import { toWriteEvent, type WriteEvent } from '../shared/events';
import { activePortalContacts, agencyName, createMailOnce, renderMail, safeId } from '../shared/mail';
import { runTransaction } from '../shared/transaction';

export interface TaskParams {
  companyId: string;
  taskId: string;
}

/**
 * One notice per task, contact and completion day: a task toggled Done off and on again (or
 * an event delivered twice) creates the same id, which is created once.
 */
export function taskDoneMailId(companyId: string, taskId: string, day: string, contactId: string): string {
  return `task-done-${safeId(companyId)}-${safeId(taskId)}-${day}-${safeId(contactId)}`;
}

/** Returns how many mails this delivery created. */
export async function onTaskWrittenHandler(event: WriteEvent<TaskParams>, deps: Pick<Deps, 'db' | 'appUrl' | 'now'>): Promise<number> {
  const before = event.before as Partial<Task> | undefined;
  const after = event.after as Partial<Task> | undefined;
  // An update into `done` (creating a task as done, e.g. an import, notifies nobody).
  if (!before || !after || after.status !== 'done' || before.status === 'done') return 0;

  const { companyId, taskId } = event.params;
  const day = todayIso(deps.now());
  const { db } = deps;
  const recipients = await activePortalContacts(db, companyId, 'work');
  if (recipients.length === 0) return 0;
  const [agency, projectSnap] = await Promise.all([
    agencyName(db),
    after.projectId ? db.doc(paths.project(companyId, after.projectId)).get() : Promise.resolve(null),
  ]);
  const projectName = (projectSnap?.data() as Partial<Project> | undefined)?.name;
  const title = after.title || 'A task';
  const url = `${deps.appUrl}/portal/tasks/${encodeURIComponent(taskId)}`;

  let created = 0;
  for (const recipient of recipients) {
    const mail = renderMail({
      to: recipient.email,
      subject: `Done: ${title}`,
      greeting: recipient.name ? `Hi ${recipient.name},` : 'Hi,',
      paragraphs: [`${agency} marked "${title}"${projectName ? ` (${projectName})` : ''} as done.`, 'See the details and any deliverables in your portal.'],
      action: { label: 'Open the task', url },
      footer: `You receive this because you have access to ${agency}'s client portal.`,
    });
    const meta = { kind: 'task_done', refs: { companyId, taskId } } as const;
    if (await createMailOnce(db, taskDoneMailId(companyId, taskId, day, recipient.contactId), mail, meta)) created += 1;
  }
  return created;
}

/**
 * A task entered `in_review` (from another status, or created in review): its review round is
 * one more than it was before this write. Written in a transaction that checks the task is
 * still in review and its round is still the one before this write, so:
 * - a redelivered event changes nothing (the round already moved on),
 * - the write it makes (reviewRound only, status unchanged) is not an entry into review, so the
 *   trigger it fires does nothing: no loop,
 * - a task created in review with its round already set (the seed, an import) keeps it.
 * Returns the new round, or null when nothing changed. `updatedAt` is not touched: it tells of
 * people's edits.
 */
export async function countReviewRoundHandler(event: WriteEvent<TaskParams>, deps: Pick<Deps, 'db'>): Promise<number | null> {
  const before = event.before as Partial<Task> | undefined;
  const after = event.after as Partial<Task> | undefined;
  if (!after || after.status !== 'in_review' || before?.status === 'in_review') return null;
  const base = before ? roundOf(before) : 0;
  const ref = deps.db.doc(paths.task(event.params.companyId, event.params.taskId));
  return runTransaction(deps.db, async (tx) => {
    const current = (await tx.get(ref)).data() as Partial<Task> | undefined;
    if (!current || current.status !== 'in_review' || roundOf(current) !== base) return null;
    tx.update(ref, { reviewRound: base + 1 } satisfies Partial<Task>);
    return base + 1;
  });
}

function roundOf(task: Partial<Task>): number {
  return typeof task.reviewRound === 'number' && Number.isInteger(task.reviewRound) && task.reviewRound > 0 ? task.reviewRound : 0;
}

export const onTaskWritten = onDocumentWritten('companies/{companyId}/tasks/{taskId}', async (event) => {
  const write = toWriteEvent(event);
  const deps = runtimeDeps();
  await Promise.all([onTaskWrittenHandler(write, deps), countReviewRoundHandler(write, deps)]);
});
