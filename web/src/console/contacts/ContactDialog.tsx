/** Add or edit a contact: name, email (where invitations go), phone, title. */
import { useState, type FormEvent } from 'react';
import type { Contact, WithId } from '@model';
import { Dialog } from '../../components/Dialog';
import { Spinner } from '../../components/ui';
import { Field, FormError } from '../components/kit';
import { useSaveContact } from './mutations';
import { validateContact, type ContactFields } from './writes';

export function ContactDialog({
  open,
  onClose,
  companyId,
  companyName,
  contact,
}: {
  open: boolean;
  onClose: () => void;
  companyId: string;
  companyName: string;
  contact?: WithId<Contact>;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={contact ? `Edit ${contact.name}` : `Add a contact at ${companyName}`}>
      <ContactForm companyId={companyId} contact={contact} onClose={onClose} />
    </Dialog>
  );
}

function ContactForm({ companyId, contact, onClose }: { companyId: string; contact?: WithId<Contact>; onClose: () => void }) {
  const save = useSaveContact(companyId);
  const [fields, setFields] = useState<ContactFields>({
    name: contact?.name ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    title: contact?.title ?? '',
  });
  const [invalid, setInvalid] = useState<string | null>(null);
  const error = invalid ?? save.error?.message ?? null;
  const busy = save.isPending;
  const set = (key: keyof ContactFields, value: string) => setFields((f) => ({ ...f, [key]: value }));
  const emailLocked = contact && contact.portal !== 'none' && fields.email.trim().toLowerCase() !== contact.email.toLowerCase();

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = validateContact(fields);
    setInvalid(problem);
    if (!problem) save.mutate({ contactId: contact?.id, fields }, { onSuccess: onClose });
  }

  return (
    <form className="cx-form" onSubmit={submit} noValidate>
      <Field label="Name">
        <input className="cx-input" value={fields.name} onChange={(e) => set('name', e.target.value)} autoFocus maxLength={200} autoComplete="off" />
      </Field>
      <Field label="Email" hint={emailLocked ? 'Their portal sign-in stays on the old address; invite them again to move it.' : 'Required: the portal invitation is sent here.'}>
        <input className="cx-input" type="email" value={fields.email} onChange={(e) => set('email', e.target.value)} maxLength={254} autoComplete="off" />
      </Field>
      <div className="cx-form-row">
        <Field label="Title">
          <input className="cx-input" value={fields.title} onChange={(e) => set('title', e.target.value)} maxLength={200} />
        </Field>
        <Field label="Phone">
          <input className="cx-input" type="tel" value={fields.phone} onChange={(e) => set('phone', e.target.value)} maxLength={200} />
        </Field>
      </div>
      <FormError message={error} />
      <div className="cx-dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? <Spinner label="Saving…" /> : contact ? 'Save contact' : 'Add contact'}
        </button>
      </div>
    </form>
  );
}
