/**
 * onRequestCreated (Firestore trigger): a client asked for new work
 * (`companies/{c}/requests/{id}`). Emails the people who decide on it, each with a redacted Outbox
 * entry like every other notice:
 * - the agency's active admins (they see every request), and
 * - the team of the project the request names, or — when it names none — the teams of the
 *   company's current (active and planned) projects: the people who know this client's work;
 * - when that finds nobody, every active staff member, so no request goes unnoticed.
 * One message per request to all of them together (`mail/request-{c}-{id}`, created once; an
 * internal notice, so recipients seeing each other is fine): a redelivered event sends nothing
 * twice, and a request costs one mail and one Outbox entry however large the team. A company's
 * requests beyond MAIL_LIMIT in an hour (by their server-stamped createdAt) mail nobody: the
 * inbox and its count still show them, and a client cannot spend the agency's mail quota.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions/v2';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { formatCalendarDate, paths, type ClientRequest, type Company } from '../model';
import { runtimeDeps, type Deps } from '../shared/deps';
import { toCreateEvent, type CreateEvent } from '../shared/events';
import { agencyName, createMailOnce, renderMail, safeId, TEXT_LOCALE } from '../shared/mail';
import { activeAdmins, activeStaff, projectTeams, staffByUid, uniqueByEmail } from '../shared/staffRecipients';

const EXCERPT = 500;
/** Requests of one company in an hour that are mailed to the team (the rest only show in the inbox). */
export const MAIL_LIMIT = { requests: 10, windowMs: 3_600_000 };

export interface RequestParams {
  companyId: string;
  requestId: string;
}

export function requestMailId(companyId: string, requestId: string): string {
  return `request-${safeId(companyId)}-${safeId(requestId)}`;
}

/** Returns how many recipients this delivery mailed (0 when the notice already went out). */
export async function onRequestCreatedHandler(event: CreateEvent<RequestParams>, deps: Pick<Deps, 'db' | 'appUrl' | 'now'>): Promise<number> {
  const request = event.data as Partial<ClientRequest> | undefined;
  if (!request || request.status !== 'submitted') return 0;
  const { companyId, requestId } = event.params;
  const { db } = deps;

  const at = request.createdAt instanceof Timestamp ? request.createdAt : Timestamp.fromDate(deps.now());
  const inTheHour = await db
    .collection(paths.requests(companyId))
    .where('createdAt', '>', Timestamp.fromMillis(at.toMillis() - MAIL_LIMIT.windowMs))
    .where('createdAt', '<=', at)
    .count()
    .get();
  if (inTheHour.data().count > MAIL_LIMIT.requests) {
    logger.warn('onRequestCreated: not mailed, over the hourly limit', { companyId, requestId, inTheHour: inTheHour.data().count });
    return 0;
  }

  const [companySnap, team, admins, agency] = await Promise.all([
    db.doc(paths.company(companyId)).get(),
    projectTeams(db, companyId, request.projectId ?? null),
    activeAdmins(db),
    agencyName(db),
  ]);
  let recipients = uniqueByEmail(admins, await staffByUid(db, team.uids));
  if (recipients.length === 0) recipients = await activeStaff(db);
  if (recipients.length === 0) return 0;

  const companyName = (companySnap.data() as Partial<Company> | undefined)?.name ?? companyId;
  const title = request.title || 'A new request';
  const who = request.createdByName || 'A client';
  const description = (request.description ?? '').trim();
  const details = [
    team.projectName ? `Project: ${team.projectName}` : 'Project: not chosen (pick one when you accept it)',
    request.dueDate ? `Wanted by: ${formatCalendarDate(request.dueDate, TEXT_LOCALE)}` : null,
  ].filter((line): line is string => line !== null);

  const mail = renderMail({
    to: recipients.map((r) => r.email),
    subject: `New request from ${companyName}: ${title}`,
    greeting: 'Hi team,',
    paragraphs: [
      `${who} (${companyName}) asked for new work: "${title}".`,
      ...(description ? [description.length > EXCERPT ? `${description.slice(0, EXCERPT)}…` : description] : []),
      details.join('\n'),
      'Accept it to turn it into a task, or decline it with a reason the client will read.',
    ],
    action: { label: 'Review the request', url: `${deps.appUrl}/console/requests` },
    footer: `You receive this as a member of ${agency}'s team.`,
  });
  const meta = { kind: 'other', refs: { companyId, requestId } } as const;
  return (await createMailOnce(db, requestMailId(companyId, requestId), mail, meta)) ? recipients.length : 0;
}

export const onRequestCreated = onDocumentCreated('companies/{companyId}/requests/{requestId}', (event) =>
  onRequestCreatedHandler(toCreateEvent(event), runtimeDeps()).then(() => undefined),
);
