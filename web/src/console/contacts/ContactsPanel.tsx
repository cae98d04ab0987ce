/**
 * A company's contacts and their portal access (none / invited / active / revoked): add, edit,
 * "Invite to portal" (inviteUser), and for admins revoke or change the role (setUserAccess).
 * Refusals from the functions are shown as they were written.
 */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Company, Contact, Invitation, WithId } from '@model';
import { Avatar, Badge, EmptyState } from '../../components/ui';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DotsIcon, EditIcon, EyeIcon, GridIcon, MailIcon, PlusIcon, ShieldIcon, TrashIcon, UserPlusIcon, UsersIcon, XCircleIcon } from '../components/icons';
import { Loadable, Panel } from '../components/kit';
import { Menu, type MenuItem } from '../components/Menu';
import { useToast } from '../components/toast';
import { formatMomentDay } from '../lib/dates';
import { AccessDialog } from './AccessDialog';
import { ContactDialog } from './ContactDialog';
import { contactScopes, describeScopes, ScopesDialog } from './ScopesDialog';
import { useContacts, useUserProfile } from './queries';
import { useDeleteContact, useSetUserAccess } from './mutations';
import { useConsole } from '../lib/env';
import { PORTAL_ACCESS, ROLE_LABEL } from '../lib/labels';
import { usePendingInvitations } from '../lib/queries';

type Notice = { tone: 'success' | 'error'; contactId: string; message: string; outbox?: boolean };

export function ContactsPanel({ company }: { company: WithId<Company> }) {
  const contacts = useContacts(company.id);
  const invitations = usePendingInvitations(company.id);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const pendingFor = (contactId: string) =>
    (invitations.data ?? []).find((inv) => inv.contactId === contactId) ?? null;

  return (
    <Panel
      title="Contacts and portal access"
      actions={
        <button type="button" className="btn btn-primary btn-sm" onClick={() => setAdding(true)}>
          <PlusIcon /> Add contact
        </button>
      }
      flush
    >
      {company.status !== 'client' ? (
        <p className="row wrap cx-callout cx-callout-info cx-callout-inset" style={{ gap: '6px 12px' }}>
          <span>
            {company.name} is a {company.status}. Portal invitations need the company's status to be <strong>Client</strong> — use “Mark as won” when the
            deal closes.
          </span>
        </p>
      ) : null}
      {notice ? (
        <div className={`row wrap cx-callout cx-callout-inset ${notice.tone === 'success' ? 'cx-callout-success' : 'cx-callout-error'}`} style={{ gap: '6px 12px' }} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="access-notice">
          <span>{notice.message}</span>
          {notice.outbox ? (
            <Link to="/console/outbox" className="cx-link">
              Open the Outbox
            </Link>
          ) : null}
          <button type="button" className="cx-callout-close" aria-label="Dismiss" onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      ) : null}
      <Loadable query={contacts}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState icon={<UsersIcon size={24} />} title="No contacts yet">
              Add the people you work with at {company.name}. Their email address is where the portal invitation goes.
            </EmptyState>
          ) : (
            <ul className="cx-contacts">
              {list.map((contact) => (
                <ContactRow key={contact.id} company={company} contact={contact} invitation={pendingFor(contact.id)} onNotice={setNotice} />
              ))}
            </ul>
          )
        }
      </Loadable>
      <ContactDialog open={adding} onClose={() => setAdding(false)} companyId={company.id} companyName={company.name} />
    </Panel>
  );
}

function ContactRow({
  company,
  contact,
  invitation,
  onNotice,
}: {
  company: WithId<Company>;
  contact: WithId<Contact>;
  invitation: WithId<Invitation> | null;
  onNotice: (notice: Notice) => void;
}) {
  const { isAdmin } = useConsole();
  const toast = useToast();
  const profile = useUserProfile(contact.uid);
  const navigate = useNavigate();
  const [choosing, setChoosing] = useState<'invite' | 'change' | null>(null);
  const setAccess = useSetUserAccess();
  const deleteContact = useDeleteContact(company.id);
  const [editing, setEditing] = useState(false);
  const [changing, setChanging] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const access = PORTAL_ACCESS[contact.portal];
  const areas = describeScopes(contactScopes(contact));

  const inviteLabel = contact.portal === 'invited' ? 'Resend invitation' : contact.portal === 'revoked' ? 'Invite again' : 'Invite to portal';
  const menu: (MenuItem | 'divider')[] = [
    { label: 'Edit contact', icon: <EditIcon />, onSelect: () => setEditing(true) },
    { label: 'Portal areas…', icon: <GridIcon />, onSelect: () => setChoosing('change') },
  ];
  if (contact.portal === 'active') {
    menu.push({ label: `View as ${contact.name}`, icon: <EyeIcon />, onSelect: () => navigate(`/console/view-as/${company.id}?contact=${encodeURIComponent(contact.id)}`) });
  }
  if (isAdmin && contact.uid && contact.portal === 'active') {
    menu.push({ label: 'Change role…', icon: <ShieldIcon />, onSelect: () => setChanging(true) });
    menu.push({ label: 'Revoke portal access', icon: <XCircleIcon />, danger: true, onSelect: () => setRevoking(true) });
  }
  if (isAdmin && contact.uid && contact.portal === 'revoked') {
    menu.push({ label: 'Restore access…', icon: <ShieldIcon />, onSelect: () => setChanging(true) });
  }
  menu.push('divider', { label: 'Delete contact', icon: <TrashIcon />, danger: true, onSelect: () => setDeleting(true) });

  return (
    <li className="stack cx-contact gap-14" data-testid={`contact-${contact.id}`}>
      <Avatar name={contact.name} />
      <div className="cx-contact-main">
        <div className="cx-contact-name">
          {contact.name}
          {contact.title ? <span className="cx-contact-title">{contact.title}</span> : null}
        </div>
        <div className="row wrap task-meta" style={{ gap: '4px 14px' }}>
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
          {contact.phone ? <span>{contact.phone}</span> : null}
        </div>
      </div>
      <div className="stack cx-contact-access gap-3">
        <Badge tone={access.tone}>
          <span data-testid="portal-state" data-state={contact.portal}>Portal: {access.label}</span>
        </Badge>
        <span className="hint" data-testid="portal-areas">
          {areas}
        </span>
        <span className="hint">
          {contact.portal === 'invited' && invitation
            ? `Expires ${formatMomentDay(invitation.expiresAt)}`
            : contact.portal === 'active' && profile.data
              ? `${ROLE_LABEL[profile.data.role ?? 'client']}${profile.data.status === 'disabled' ? ' · disabled' : ''}`
              : access.description}
        </span>
      </div>
      <div className="row end cx-contact-actions">
        {contact.portal !== 'active' && (contact.portal !== 'revoked' || isAdmin) ? (
          <button type="button" className="btn btn-secondary btn-sm" onClick={() => setChoosing('invite')}>
            {contact.portal === 'invited' ? <><MailIcon /> {inviteLabel}</> : <><UserPlusIcon /> {inviteLabel}</>}
          </button>
        ) : isAdmin ? (
          <button type="button" className="btn btn-ghost btn-sm text-danger" onClick={() => setRevoking(true)}>
            Revoke
          </button>
        ) : null}
        <Menu label={`Actions for ${contact.name}`} button={<DotsIcon />} items={menu} className="icon-button" />
      </div>
      {choosing ? (
        <ScopesDialog
          mode={choosing}
          onClose={() => setChoosing(null)}
          contact={contact}
          companyId={company.id}
          onInvited={(result) =>
            onNotice({ tone: 'success', contactId: contact.id, message: `Invitation sent to ${result.email}. Follow its delivery in the Outbox.`, outbox: true })
          }
          onError={(message) => onNotice({ tone: 'error', contactId: contact.id, message })}
          onSaved={(message) => onNotice({ tone: 'success', contactId: contact.id, message })}
        />
      ) : null}
      {editing ? <ContactDialog open onClose={() => setEditing(false)} companyId={company.id} companyName={company.name} contact={contact} /> : null}
      {changing ? (
      <AccessDialog
        open
        onClose={() => setChanging(false)}
        contact={contact}
        companyId={company.id}
        companyName={company.name}
        profile={profile.data ?? null}
        onDone={(message) => onNotice({ tone: 'success', contactId: contact.id, message })}
      />
      ) : null}
      {revoking ? (
        <ConfirmDialog
          open={revoking}
          title={`Revoke ${contact.name}'s portal access?`}
          confirmLabel="Revoke access"
          danger
          onClose={() => setRevoking(false)}
          onConfirm={async () => {
            if (!contact.uid) throw new Error(`${contact.name} has no portal account yet.`);
            await setAccess.mutateAsync({ action: 'revoke', uid: contact.uid });
            onNotice({ tone: 'success', contactId: contact.id, message: `${contact.name}'s access is revoked and their sessions were ended.` });
          }}
        >
          <p>
            {contact.name} is signed out everywhere and can no longer open {company.name}'s portal. You can invite them again later.
          </p>
        </ConfirmDialog>
      ) : null}
      {deleting ? (
        <ConfirmDialog
          open={deleting}
          title={`Delete ${contact.name}?`}
          confirmLabel="Delete contact"
          danger
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            await deleteContact.mutateAsync(contact.id);
            toast.success(`${contact.name} was deleted.`);
          }}
        >
          <p>
            The contact card is removed.
            {contact.portal === 'active' ? ' Their portal account keeps working until an admin revokes it — revoke first if they should lose access.' : ''}
          </p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
