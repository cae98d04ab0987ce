/**
 * The Outbox: every email the functions queued (invitations, task-done and invoice notices),
 * newest first, with its delivery state. It shows what staff may know — recipient, subject, the
 * text without its links, state — never a sign-in link: an invitation that did not arrive is
 * sent again with "Resend invitation", which makes a new link only the invitee receives.
 */
import { useState } from 'react';
import type { MailKind } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { Badge, EmptyState, Spinner } from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { MailIcon, SearchIcon } from '../components/icons';
import { LoadMore } from '../../components/LoadMore';
import { Loadable, NoneLoadedMatch, PageHeader } from '../components/kit';
import { useToast } from '../components/toast';
import { useResendInvitation } from './mutations';
import { formatMomentDay } from '../lib/dates';
import { deliveryLabel, useOutbox, type OutboxItem } from './queries';
import { useConsole } from '../lib/env';
import { normalize } from '../lib/text';

const INVITATION_TONE = { pending: 'warning', accepted: 'success', revoked: 'danger', superseded: 'neutral' } as const;
const KIND_LABEL: Record<MailKind, string> = {
  invitation: 'Invitation',
  task_done: 'Task done',
  invoice_issued: 'New invoice',
  other: 'Email',
};

export default function OutboxPage() {
  useDocumentTitle('Outbox');
  const outbox = useOutbox();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const query = { data: outbox.items, isPending: outbox.isPending, error: outbox.error, refetch: outbox.retry };
  const needle = normalize(q.trim());

  return (
    <div className="cx-page">
      <PageHeader
        title="Outbox"
        subtitle="Email the system sends: invitations, task updates and invoice notices, with their delivery. Sign-in links reach only their recipient; resend an invitation that did not arrive."
      />
      <div className="row wrap between cx-toolbar">
        <span className="muted" data-testid="outbox-total">{outbox.total === undefined ? '' : `${outbox.total} ${outbox.total === 1 ? 'message' : 'messages'}`}</span>
        <label className="row cx-filter-search gap-6">
          <SearchIcon />
          <input type="search" placeholder="Filter by recipient or subject…" value={q} onChange={(e) => setQ(e.target.value)} aria-label="Filter mail" />
        </label>
      </div>
      {needle && outbox.pages.hasMore ? <p className="muted small">Filtering the mail loaded so far, newest first.</p> : null}
      <Loadable query={query} rows={4}>
        {(items) => {
          const rows = needle ? items.filter((m) => normalize(`${m.entry.to.join(' ')} ${m.entry.subject}`).includes(needle)) : items;
          if (rows.length === 0 && items.length === 0) {
            return (
              <EmptyState icon={<MailIcon size={24} />} title="No mail yet">
                Invitations you send from a contact card appear here.
              </EmptyState>
            );
          }
          if (rows.length === 0) {
            return <NoneLoadedMatch pages={outbox.pages} icon={<MailIcon size={24} />} title="No mail matches" noun="messages" label="More mail" />;
          }
          return (
            <>
              <ul className="stack">
                {rows.map((item) => (
                  <MailRow key={item.id} item={item} expanded={open === item.id} onToggle={() => setOpen((id) => (id === item.id ? null : item.id))} />
                ))}
              </ul>
              <LoadMore pages={outbox.pages} label="More mail" />
            </>
          );
        }}
      </Loadable>
    </div>
  );
}

function MailRow({ item, expanded, onToggle }: { item: OutboxItem; expanded: boolean; onToggle: () => void }) {
  const { isAdmin } = useConsole();
  const toast = useToast();
  const resendMutation = useResendInvitation();
  const resending = resendMutation.isPending;
  const { entry, invitation } = item;
  const delivery = deliveryLabel(entry.state);
  const sentAt = entry.deliveredAt ?? entry.createdAt;
  // Staff resend client invitations; team invitations are the admins'.
  const canResend = invitation?.status === 'pending' && (invitation.role === 'client' || isAdmin);

  function resend() {
    if (!invitation) return;
    resendMutation.mutate(invitation.id, {
      onSuccess: (result) => toast.success(`A new invitation is on its way to ${result.email}; the previous link no longer works.`),
      onError: (e) => toast.error(e.message || 'Could not resend the invitation.'),
    });
  }

  return (
    <li className={`cx-mail ${expanded ? 'is-open' : ''}`} data-testid="mail" data-mail-id={item.id}>
      <button type="button" className="row cx-mail-summary gap-14" onClick={onToggle} aria-expanded={expanded}>
        <span className="tile">
          <MailIcon />
        </span>
        <span className="cx-mail-main">
          <span className="strong truncate">{entry.subject}</span>
          <span className="small muted">
            {KIND_LABEL[entry.kind]} · To {entry.to.join(', ')}
          </span>
        </span>
        <Badge tone={delivery.tone}>{delivery.label}</Badge>
        <span className="muted small cx-nowrap">{sentAt ? formatDateTime(sentAt.toDate()) : '—'}</span>
      </button>
      <div className="row wrap cx-mail-links" style={{ gap: '8px 14px' }}>
        {invitation ? <Badge tone={INVITATION_TONE[invitation.status]}>Invitation {invitation.status}</Badge> : null}
        {invitation?.status === 'pending' ? <span className="muted">Expires {formatMomentDay(invitation.expiresAt)}</span> : null}
        {canResend ? (
          <button type="button" className="btn btn-secondary btn-sm" onClick={() => resend()} disabled={resending}>
            {resending ? <Spinner label="Sending…" /> : 'Resend invitation'}
          </button>
        ) : null}
      </div>
      {entry.state === 'ERROR' && entry.error ? (
        <p className="hint cx-mail-warning" role="note">
          Delivery failed: {entry.error}
        </p>
      ) : null}
      {expanded ? <div className="cx-mail-body">{entry.summary}</div> : null}
    </li>
  );
}
