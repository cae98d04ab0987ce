/**
 * The Outbox: `outbox/{id}`, the redacted mirror of each queued email (Functions keep it in step
 * with the Trigger Email extension's delivery state). Staff never read `mail/` itself: its
 * invitation links are bearer sign-ins.
 */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import type { Invitation, MailState, OutboxEntry, WithId } from '@model';
import type { Tone } from '../../components/ui';
import { outboxQuery } from '../../lib/refs';
import { liveList } from '../lib/options';
import { useInvitationsById } from '../lib/queries';
import { useConsole } from '../lib/env';

export const outboxKeys = {
  all: () => ['outbox'] as const,
};

export const outboxOptions = (db: Firestore) => liveList(outboxKeys.all(), () => outboxQuery(db));

export interface OutboxItem {
  id: string;
  entry: WithId<OutboxEntry>;
  /** The invitation an invitation email belongs to (its status decides "Resend"). */
  invitation: WithId<Invitation> | null;
}


/** The delivery state in words, as the Outbox shows it. */
export function deliveryLabel(state: MailState): { label: string; tone: Tone } {
  switch (state) {
    case 'queued':
      return { label: 'Queued', tone: 'neutral' };
    case 'PENDING':
    case 'PROCESSING':
      return { label: 'Sending', tone: 'info' };
    case 'RETRY':
      return { label: 'Retrying', tone: 'warning' };
    case 'SUCCESS':
      return { label: 'Sent', tone: 'success' };
    case 'ERROR':
      return { label: 'Not delivered', tone: 'danger' };
  }
}

export function useOutbox() {
  const { db } = useConsole();
  const outbox = useQuery(outboxOptions(db));
  const invitations = useInvitationsById((outbox.data ?? []).flatMap((entry) => (entry.refs?.invitationId ? [entry.refs.invitationId] : [])));
  const byId = new Map((invitations.data ?? []).map((inv) => [inv.id, inv]));
  const items: OutboxItem[] | undefined = outbox.data?.map((entry) => ({
    id: entry.id,
    entry,
    invitation: entry.refs?.invitationId ? (byId.get(entry.refs.invitationId) ?? null) : null,
  }));
  return { items, isPending: outbox.isPending, error: outbox.error ?? invitations.error, refetch: () => void outbox.refetch() };
}
