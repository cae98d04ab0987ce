/**
 * The Outbox: `outbox/{id}`, the redacted mirror of each queued email (Functions keep it in step
 * with the Trigger Email extension's delivery state). Staff never read `mail/` itself: its
 * invitation links are bearer sign-ins.
 */
import type { Invitation, MailState, OutboxEntry, WithId } from '@model';
import type { Tone } from '../../components/ui';
import { querySubscription } from '../../lib/live';
import { countOf, useAggregate, useLivePages, type LivePages } from '../../lib/pages';
import { outboxCursor, outboxQuery, pageQuery } from '../../lib/refs';
import { useInvitationsById } from '../lib/queries';
import { useConsole } from '../lib/env';

export const outboxKeys = {
  all: () => ['outbox'] as const,
  list: () => [...outboxKeys.all(), 'list'] as const,
  count: () => [...outboxKeys.all(), 'count'] as const,
};

export const OUTBOX_PAGE_SIZE = 50;

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

export interface Outbox {
  /** the mail loaded so far, newest first, each with its invitation */
  items: OutboxItem[] | undefined;
  /** how many mails there are in all (count()), undefined until it is known */
  total: number | undefined;
  pages: LivePages<WithId<OutboxEntry>>;
  isPending: boolean;
  error: Error | null;
  retry: () => void;
}

/** The Outbox a page at a time (live), its total by count(), and the invitations its mails belong to. */
export function useOutbox(): Outbox {
  const { db } = useConsole();
  const pages = useLivePages({
    listKey: outboxKeys.list(),
    pageSize: OUTBOX_PAGE_SIZE,
    page: (cursor, size) => querySubscription(() => pageQuery(outboxQuery(db), cursor, size)),
    cursorOf: outboxCursor,
  });
  const total = useAggregate({ queryKey: outboxKeys.count(), queryFn: () => countOf(outboxQuery(db)) }, pages.version);
  const invitations = useInvitationsById(pages.items.flatMap((entry) => (entry.refs?.invitationId ? [entry.refs.invitationId] : [])));
  const items: OutboxItem[] | undefined = pages.isPending
    ? undefined
    : pages.items.map((entry) => ({
        id: entry.id,
        entry,
        invitation: entry.refs?.invitationId ? (invitations.byId.get(entry.refs.invitationId) ?? null) : null,
      }));
  return {
    items,
    total: total.data,
    pages,
    isPending: pages.isPending,
    error: pages.error ?? invitations.error,
    retry: () => {
      pages.retry();
      invitations.retry();
      if (total.isError) void total.refetch();
    },
  };
}
