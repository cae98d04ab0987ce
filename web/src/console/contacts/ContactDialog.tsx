/** Add or edit a contact: name, email (where invitations go), phone, title. */
import { LIMITS, type Contact, type WithId } from '@model';
import { Dialog } from '../../components/Dialog';
import { DialogActions, firstError, useZodForm } from '../components/form';
import { Field, FormError } from '../components/kit';
import { useSaveContact } from './mutations';
import { contactSchema } from './schemas';

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
  const { register, handleSubmit, formState, watch } = useZodForm(contactSchema, {
    name: contact?.name ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    title: contact?.title ?? '',
  });
  const email = watch('email');
  const emailLocked = contact && contact.portal !== 'none' && email.trim().toLowerCase() !== contact.email.toLowerCase();
  const submit = handleSubmit((fields) => save.mutate({ contactId: contact?.id, fields }, { onSuccess: onClose }));

  return (
    <form className="stack cx-stack-form gap-16" onSubmit={(e) => void submit(e)} noValidate>
      <Field label="Name">
        <input className="input cx-input" {...register('name')} autoFocus maxLength={LIMITS.shortText} autoComplete="off" />
      </Field>
      <Field label="Email" hint={emailLocked ? 'Their portal sign-in stays on the old address; invite them again to move it.' : 'Required: the portal invitation is sent here.'}>
        <input className="input cx-input" type="email" {...register('email')} maxLength={254} autoComplete="off" />
      </Field>
      <div className="cx-cols-2">
        <Field label="Title">
          <input className="input cx-input" {...register('title')} maxLength={LIMITS.shortText} />
        </Field>
        <Field label="Phone">
          <input className="input cx-input" type="tel" {...register('phone')} maxLength={LIMITS.shortText} />
        </Field>
      </div>
      <FormError message={firstError(formState.errors) ?? save.error?.message ?? null} />
      <DialogActions onCancel={onClose} pending={save.isPending} submitLabel={contact ? 'Save contact' : 'Add contact'} />
    </form>
  );
}
