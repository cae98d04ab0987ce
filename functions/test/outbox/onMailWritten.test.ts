/**
 * onMailWritten: the Outbox follows each message's delivery as the Trigger Email extension
 * records it on `mail/{id}`, and never carries a link. Run through the handler the export wraps
 * and, once, through the deployed trigger.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/admin';
import { onMailWrittenHandler } from '../../src/outbox/onMailWritten';
import { paths, type MailMessage, type OutboxEntry } from '../../src/model';
import { createMailOnce, renderMail, withoutLinks } from '../../src/shared/mail';
import { eventually } from '../support/emulators';
import { readDoc, uid } from '../support/world';

const outbox = (id: string) => readDoc<OutboxEntry>(`${paths.outbox()}/${id}`);
const mailRef = (id: string) => db.doc(`${paths.mail()}/${id}`);

function message(to: string): MailMessage {
  return renderMail({
    to,
    subject: 'Done: Homepage copy',
    greeting: 'Hi Carol,',
    paragraphs: ['Northwind marked "Homepage copy" as done.'],
    action: { label: 'Open the task', url: 'http://portal.test/portal/tasks/t1?x=1' },
    footer: 'See www.northwind.test for more.',
  });
}

describe('onMailWritten', () => {
  it('queues a message with its redacted Outbox entry, then mirrors SUCCESS and ERROR from the extension', async () => {
    const id = uid('task-done-test');
    expect(await createMailOnce(db, id, message('carol@acme.test'), { kind: 'task_done', refs: { companyId: 'acme', taskId: 't1' } })).toBe(true);
    expect(await createMailOnce(db, id, message('carol@acme.test'), { kind: 'task_done', refs: {} })).toBe(false); // once per id

    const queued = await outbox(id);
    expect(queued).toMatchObject({ to: ['carol@acme.test'], subject: 'Done: Homepage copy', kind: 'task_done', refs: { companyId: 'acme', taskId: 't1' }, state: 'queued', error: null, deliveredAt: null });
    expect(queued?.summary).toContain('Open the task: [link removed]');
    expect(JSON.stringify(queued)).not.toMatch(/https?:|www\./);

    const endTime = Timestamp.fromMillis(Date.parse('2026-12-01T10:00:00Z'));
    await mailRef(id).update({ delivery: { state: 'SUCCESS', endTime, error: null, attempts: 1 } });
    expect(await onMailWrittenHandler(id, { db, now: () => new Date() })).toMatch(/updated|unchanged/); // the trigger may have been first
    expect(await outbox(id)).toMatchObject({ state: 'SUCCESS', error: null });
    expect((await outbox(id))?.deliveredAt?.toMillis()).toBe(endTime.toMillis());

    await mailRef(id).update({ delivery: { state: 'ERROR', error: 'Invalid login: 535 Authentication failed', attempts: 2 } });
    await onMailWrittenHandler(id, { db, now: () => new Date() });
    expect(await outbox(id)).toMatchObject({ state: 'ERROR', error: 'Invalid login: 535 Authentication failed' });
    // a repeated delivery of the event changes nothing
    expect(await onMailWrittenHandler(id, { db, now: () => new Date() })).toBe('unchanged');
  });

  it('gives mail written without an entry one from its id, and removes the entry with its mail', async () => {
    const invitationId = uid('inv');
    const id = `invite-${invitationId}`;
    await mailRef(id).set(message('dave@acme.test'));
    await onMailWrittenHandler(id, { db, now: () => new Date() });
    expect(await outbox(id)).toMatchObject({ kind: 'invitation', refs: { invitationId }, state: 'queued' });

    await mailRef(id).delete();
    await onMailWrittenHandler(id, { db, now: () => new Date() });
    expect(await outbox(id)).toBeUndefined();
  });

  it('runs as a deployed trigger: a delivery state the extension writes reaches the Outbox', async () => {
    const id = uid('other');
    await mailRef(id).set(message('ops@northwind.test'));
    await eventually(async () => ((await outbox(id))?.state === 'queued' ? true : undefined), 'the Outbox entry');
    await mailRef(id).update({ delivery: { state: 'PROCESSING' } });
    await eventually(async () => ((await outbox(id))?.state === 'PROCESSING' ? true : undefined), 'PROCESSING in the Outbox');
  });

  it('removes every kind of URL from the summary', () => {
    expect(withoutLinks('a https://x.test/?oobCode=1&b=2 b http://y c www.z.test/p d mailto:me@x.test')).toBe(
      'a [link removed] b [link removed] c [link removed] d [link removed]',
    );
  });
});
