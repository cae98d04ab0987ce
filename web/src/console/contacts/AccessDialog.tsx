/** Admin: change a portal account's role (and company), via setUserAccess. */
import { useState, type FormEvent } from 'react';
import type { Contact, Role, UserProfile, WithId } from '@model';
import { Dialog } from '../../components/Dialog';
import { Spinner } from '../../components/ui';
import { Field, FormError } from '../components/kit';
import { useSetUserAccess } from './mutations';
import { useCompanies } from '../lib/queries';

export function AccessDialog({
  open,
  onClose,
  contact,
  companyId,
  companyName,
  profile,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  contact: WithId<Contact>;
  companyId: string;
  companyName: string;
  profile: UserProfile | null;
  onDone: (message: string) => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Change ${contact.name}'s access`}
      description="Their current sessions end and they sign in again with the new access."
    >
      <AccessForm contact={contact} companyId={companyId} companyName={companyName} profile={profile} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function AccessForm({
  contact,
  companyId,
  companyName,
  profile,
  onClose,
  onDone,
}: {
  contact: WithId<Contact>;
  companyId: string;
  companyName: string;
  profile: UserProfile | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const change = useSetUserAccess();
  const companies = useCompanies();
  const [role, setRole] = useState<Role>(profile?.role ?? 'client');
  const [targetCompany, setTargetCompany] = useState(profile?.companyId ?? companyId);
  const [invalid, setInvalid] = useState<string | null>(null);
  const error = invalid ?? change.error?.message ?? null;
  const busy = change.isPending;
  const clients = (companies.data ?? []).filter((c) => c.status === 'client' || c.id === targetCompany);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!contact.uid) return setInvalid(`${contact.name} has not accepted an invitation yet: there is no account to change.`);
    setInvalid(null);
    change.mutate(
      { action: 'change', uid: contact.uid, role, companyId: role === 'client' ? targetCompany : null },
      {
        onSuccess: (result) => {
          const where = result.companyId ? ` of ${(companies.data ?? []).find((c) => c.id === result.companyId)?.name ?? result.companyId}` : '';
          onDone(`${contact.name} is now ${result.role === 'admin' ? 'an admin' : result.role === 'staff' ? 'staff' : `a client${where}`}.`);
          onClose();
        },
      },
    );
  }

  return (
    <form className="cx-form" onSubmit={submit}>
      <fieldset className="cx-radio-cards">
        <legend className="cx-label">Role</legend>
        {(
          [
            ['client', 'Client', 'Portal only: the projects, tasks and invoices of one company.'],
            ['staff', 'Staff', 'The agency console: CRM, projects, tasks, time. No rates, revenue or settings.'],
            ['admin', 'Admin', 'Everything, including rates, invoices, settings and user management.'],
          ] as const
        ).map(([value, label, description]) => (
          <label key={value} className={`cx-radio-card ${role === value ? 'is-active' : ''}`}>
            <input type="radio" name="role" value={value} checked={role === value} onChange={() => setRole(value)} />
            <span>
              <span className="cx-radio-title">{label}</span>
              <span className="cx-radio-desc">{description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {role === 'client' ? (
        <Field label="Company whose portal they see">
          <select className="cx-input" value={targetCompany} onChange={(e) => setTargetCompany(e.target.value)}>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
            {clients.some((c) => c.id === companyId) ? null : <option value={companyId}>{companyName}</option>}
          </select>
        </Field>
      ) : (
        <p className="cx-callout cx-callout-warning">
          {contact.name} ({contact.email}) will get {role === 'admin' ? 'full admin' : 'staff'} access to the agency's console, including every client's data.
        </p>
      )}
      <FormError message={error} />
      <div className="cx-dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? <Spinner label="Changing…" /> : 'Change access'}
        </button>
      </div>
    </form>
  );
}
