/**
 * The Outbox: every email the functions queued in `mail/` (invitations, task-done and invoice
 * notices), newest first, with their links clickable so the demo's invitations can be opened.
 */
import { useState, type ReactNode } from 'react';
import { useDocumentTitle } from '../../app/branding';
import { Badge, EmptyState } from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { ExternalIcon, MailIcon, SearchIcon } from '../components/icons';
import { Loadable, PageHeader } from '../components/kit';
import { useToast } from '../components/toast';
import { formatMomentDay } from '../lib/dates';
import { normalize } from '../shell/search';
import { useOutbox, type OutboxItem } from './queries';

const INVITATION_TONE = { pending: 'warning', accepted: 'success', revoked: 'danger', superseded: 'neutral' } as const;

/** Text with its URLs as links. */
function Linkified({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  const pattern = /https?:\/\/[^\s<>"]+/g;
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    parts.push(text.slice(last, m.index));
    parts.push(
      <a key={m.index} href={m[0]} target="_blank" rel="noreferrer" className="cx-mail-url">
        {m[0]}
      </a>,
    );
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}

export default function OutboxPage() {
  useDocumentTitle('Outbox');
  const outbox = useOutbox();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const query = { data: outbox.items, isPending: outbox.isPending, error: outbox.error, refetch: outbox.refetch };

  return (
    <div className="cx-page">
      <PageHeader
        title="Outbox"
        subtitle="Email the system has queued: invitations, task updates and invoice notices. In this demo nothing leaves the building — open the links from here."
      />
      <div className="cx-toolbar">
        <span className="cx-muted">{outbox.items ? `${outbox.items.length} ${outbox.items.length === 1 ? 'message' : 'messages'}` : ''}</span>
        <label className="cx-filter-search">
          <SearchIcon />
          <input type="search" placeholder="Filter by recipient or subject…" value={q} onChange={(e) => setQ(e.target.value)} aria-label="Filter mail" />
        </label>
      </div>
      <Loadable query={query} rows={4}>
        {(items) => {
          const rows = items.filter((m) => !q.trim() || normalize(`${m.to.join(' ')} ${m.subject}`).includes(normalize(q)));
          return rows.length === 0 ? (
            <EmptyState icon={<MailIcon size={24} />} title={items.length ? 'No mail matches' : 'No mail yet'}>
              Invitations you send from a contact card appear here.
            </EmptyState>
          ) : (
            <ul className="cx-mail-list">
              {rows.map((item) => (
                <MailRow key={item.id} item={item} expanded={open === item.id} onToggle={() => setOpen((id) => (id === item.id ? null : item.id))} />
              ))}
            </ul>
          );
        }}
      </Loadable>
    </div>
  );
}

function MailRow({ item, expanded, onToggle }: { item: OutboxItem; expanded: boolean; onToggle: () => void }) {
  const toast = useToast();
  const invitation = item.invitation;
  return (
    <li className={`cx-mail ${expanded ? 'is-open' : ''}`} data-testid="mail" data-mail-id={item.id}>
      <button type="button" className="cx-mail-summary" onClick={onToggle} aria-expanded={expanded}>
        <span className="cx-mail-icon">
          <MailIcon />
        </span>
        <span className="cx-mail-main">
          <span className="cx-mail-subject">{item.subject}</span>
          <span className="cx-mail-to">To {item.to.join(', ')}</span>
        </span>
        {invitation ? (
          <Badge tone={INVITATION_TONE[invitation.status]}>Invitation {invitation.status}</Badge>
        ) : (
          <Badge tone="neutral">{item.state === 'queued' ? 'Queued' : item.state}</Badge>
        )}
        <span className="cx-mail-time">{item.sentAt ? formatDateTime(item.sentAt) : '—'}</span>
      </button>
      <div className="cx-mail-links">
        {item.links.map((link) => (
          <span key={link.url} className="cx-mail-link">
            <a href={link.url} target="_blank" rel="noreferrer" className="btn btn-secondary btn-sm" data-testid="mail-link">
              {link.label} <ExternalIcon size={14} />
            </a>
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              onClick={() => {
                navigator.clipboard.writeText(link.url).then(
                  () => toast.success('Link copied.'),
                  () => toast.error('Could not copy: select the link in the message instead.'),
                );
              }}
            >
              Copy link
            </button>
          </span>
        ))}
        {invitation && invitation.status === 'pending' ? <span className="cx-muted">Expires {formatMomentDay(invitation.expiresAt)}</span> : null}
      </div>
      {item.links.length ? (
        <p className="cx-mail-warning">
          The link signs in as {item.to.join(', ')}: open it in a private window or another browser, or this browser's session becomes theirs.
        </p>
      ) : null}
      {expanded ? (
        <div className="cx-mail-body">
          <Linkified text={item.text} />
        </div>
      ) : null}
    </li>
  );
}
