/**
 * onMailWritten (Firestore trigger): keeps `outbox/{id}` — the redacted view staff have of a
 * queued email — in step with `mail/{id}` as the Trigger Email extension records its delivery
 * (PROCESSING → SUCCESS or ERROR with the error). It reads the mail document as it is now rather
 * than the event's copy, so late or repeated deliveries of older events cannot set an old state.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { paths, type MailKind, type MailMessage, type OutboxEntry, type OutboxRefs } from '../model';
import { runtimeDeps, type Deps } from '../shared/deps';
import { outboxEntry } from '../shared/mail';
import { runTransaction } from '../shared/transaction';

/** What a message is about, from the id its writer gave it (for mail written without an entry). */
export function mailMetaFromId(id: string): { kind: MailKind; refs: OutboxRefs } {
  if (id.startsWith('invite-')) return { kind: 'invitation', refs: { invitationId: id.slice('invite-'.length) } };
  if (id.startsWith('task-done-')) return { kind: 'task_done', refs: {} };
  if (id.startsWith('invoice-issued-')) return { kind: 'invoice_issued', refs: {} };
  return { kind: 'other', refs: {} };
}

export type OutboxSync = 'updated' | 'created' | 'deleted' | 'unchanged';

export async function onMailWrittenHandler(mailId: string, deps: Pick<Deps, 'db' | 'now'>): Promise<OutboxSync> {
  const { db } = deps;
  const mailRef = db.doc(`${paths.mail()}/${mailId}`);
  const outboxRef = db.doc(`${paths.outbox()}/${mailId}`);
  return runTransaction(db, async (tx) => {
    const [mailSnap, outboxSnap] = await Promise.all([tx.get(mailRef), tx.get(outboxRef)]);
    if (!mailSnap.exists) {
      if (!outboxSnap.exists) return 'unchanged';
      tx.delete(outboxRef);
      return 'deleted';
    }
    const mail = mailSnap.data() as MailMessage;
    const now = Timestamp.fromDate(deps.now());
    const current = outboxSnap.data() as OutboxEntry | undefined;
    const meta = current ? { kind: current.kind, refs: current.refs } : mailMetaFromId(mailId);
    const next = outboxEntry(mail, meta, (current?.createdAt as Timestamp | undefined) ?? now, now);
    if (current && current.state === next.state && current.error === next.error) return 'unchanged';
    tx.set(outboxRef, next);
    return current ? 'updated' : 'created';
  });
}

export const onMailWritten = onDocumentWritten('mail/{mailId}', (event) =>
  onMailWrittenHandler(event.params.mailId, runtimeDeps()).then(() => undefined),
);
