/**
 * onTaskWritten (Firestore trigger, DESIGN §5): when a task's status becomes `done`, email the
 * company's active portal contacts a link to the task. Only the task's title and project name
 * go out — never Notes or other internal content. One `mail` doc per recipient and completion
 * day, created with create(): a redelivered event, or Done toggled off and on again the same
 * day, sends nothing twice.
 */
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { paths, todayIso, type Project, type Task } from '../model';
import { runtimeDeps, type Deps } from '../shared/deps';
import { toWriteEvent, type WriteEvent } from '../shared/events';
import { activePortalContacts, agencyName, createMailOnce, renderMail, safeId } from '../shared/mail';

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
  const recipients = await activePortalContacts(db, companyId);
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

export const onTaskWritten = onDocumentWritten('companies/{companyId}/tasks/{taskId}', (event) =>
  onTaskWrittenHandler(toWriteEvent(event), runtimeDeps()).then(() => undefined),
);
