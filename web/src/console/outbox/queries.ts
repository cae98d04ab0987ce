/**
 * The Outbox: `mail/{id}` documents the functions queued (Trigger Email format). Mail documents
 * carry no timestamp of their own; the time shown is the delivery time when a mail extension
 * recorded one, else the invitation's creation time for invitation mail (`invite-{invitationId}`).
 */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import type { Invitation, MailMessage, TimestampLike, WithId } from '@model';
import { mailQuery } from '../../lib/refs';
import { useInvitations } from '../contacts/queries';
import { useConsole } from '../env';
import { liveList } from '../lib/options';
import { extractLinks } from './mail';

export const outboxKeys = {
  mail: () => ['mail'] as const,
};

export const mailOptions = (db: Firestore) => liveList(outboxKeys.mail(), () => mailQuery(db));

/** Fields the Trigger Email extension adds when it delivers (absent in the emulator). */
interface DeliveredMail extends MailMessage {
  createdAt?: TimestampLike;
  delivery?: { state?: string; startTime?: TimestampLike; endTime?: TimestampLike; error?: string | null };
}

export interface OutboxItem {
  id: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  sentAt: Date | null;
  state: string;
  invitation: WithId<Invitation> | null;
  links: { label: string; url: string }[];
}

export function toOutboxItem(mail: WithId<DeliveredMail>, invitations: Map<string, WithId<Invitation>>): OutboxItem {
  const invitation = mail.id.startsWith('invite-') ? (invitations.get(mail.id.slice('invite-'.length)) ?? null) : null;
  const sent = mail.delivery?.endTime ?? mail.delivery?.startTime ?? mail.createdAt ?? invitation?.createdAt ?? null;
  const html = mail.message?.html ?? '';
  const text = mail.message?.text ?? '';
  return {
    id: mail.id,
    to: Array.isArray(mail.to) ? mail.to : [mail.to],
    subject: mail.message?.subject ?? '(no subject)',
    text,
    html,
    sentAt: sent ? sent.toDate() : null,
    state: mail.delivery?.state ?? 'queued',
    invitation,
    links: extractLinks(html, text),
  };
}

export function useOutbox() {
  const { db } = useConsole();
  const mail = useQuery(mailOptions(db));
  const invitations = useInvitations();
  const byId = new Map((invitations.data ?? []).map((inv) => [inv.id, inv]));
  const items = mail.data
    ? mail.data
        .map((m) => toOutboxItem(m as WithId<DeliveredMail>, byId))
        .sort((a, b) => (b.sentAt?.getTime() ?? 0) - (a.sentAt?.getTime() ?? 0) || b.id.localeCompare(a.id))
    : undefined;
  return { items, isPending: mail.isPending, error: mail.error ?? invitations.error, refetch: () => void mail.refetch() };
}
