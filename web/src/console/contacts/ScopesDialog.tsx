/**
 * The portal areas a contact gets — Work (projects, tasks, requests, approvals) and/or Billing
 * (invoices, payments), at least one — chosen when inviting them (inviteUser) and changeable
 * later (setContactScopes, which applies at once to their open portal).
 */
import { PORTAL_SCOPES, type Contact, type InviteUserResult, type PortalScope, type WithId } from '@model';
import { Dialog } from '../../components/Dialog';
import { DialogActions, firstError, useZodForm } from '../components/form';
import { FormError } from '../components/kit';
import { PORTAL_AREA } from '../lib/labels';
import { useInviteContact, useSetContactScopes } from './mutations';
import { scopesSchema } from './schemas';

/** A contact's areas as stored (absent = both). */
export const contactScopes = (contact: Pick<Contact, 'scopes'>): PortalScope[] => (contact.scopes?.length ? contact.scopes : [...PORTAL_SCOPES]);

/** "Work and billing", "Billing only". */
export function describeScopes(scopes: readonly PortalScope[]): string {
  if (scopes.length >= PORTAL_SCOPES.length) return 'Work and billing';
  return `${scopes.map((s) => PORTAL_AREA[s].label).join(', ')} only`;
}

export function ScopesDialog({
  mode,
  onClose,
  contact,
  companyId,
  onInvited,
  onSaved,
  onError,
}: {
  mode: 'invite' | 'change';
  onClose: () => void;
  contact: WithId<Contact>;
  companyId: string;
  onInvited?: (result: InviteUserResult) => void;
  onSaved?: (message: string) => void;
  onError?: (message: string) => void;
}) {
  return (
    <Dialog
      open
      onClose={onClose}
      title={mode === 'invite' ? `Invite ${contact.name} to the portal` : `${contact.name}'s portal areas`}
      description={mode === 'invite' ? 'Choose what they will see in the portal.' : 'Changes apply to their open portal at once.'}
    >
      <ScopesForm mode={mode} contact={contact} companyId={companyId} onClose={onClose} onInvited={onInvited} onSaved={onSaved} onError={onError} />
    </Dialog>
  );
}

function ScopesForm({
  mode,
  contact,
  companyId,
  onClose,
  onInvited,
  onSaved,
  onError,
}: {
  mode: 'invite' | 'change';
  contact: WithId<Contact>;
  companyId: string;
  onClose: () => void;
  onInvited?: (result: InviteUserResult) => void;
  onSaved?: (message: string) => void;
  onError?: (message: string) => void;
}) {
  const invite = useInviteContact(companyId);
  const save = useSetContactScopes(companyId);
  const current = contactScopes(contact);
  const { register, handleSubmit, formState } = useZodForm(scopesSchema, { work: current.includes('work'), billing: current.includes('billing') });
  const pending = invite.isPending || save.isPending;
  const error = firstError(formState.errors) ?? (mode === 'invite' ? null : (save.error?.message ?? null));
  const submit = handleSubmit((scopes) => {
    if (mode === 'invite') {
      invite.mutate(
        { contactId: contact.id, scopes },
        {
          onSuccess: (result) => {
            onInvited?.(result);
            onClose();
          },
          onError: (e) => {
            onError?.(e.message);
            onClose();
          },
        },
      );
    } else {
      save.mutate(
        { contactId: contact.id, scopes },
        {
          onSuccess: (result) => {
            onSaved?.(`${contact.name} now sees: ${describeScopes(result.scopes).toLowerCase()}.${result.accountUpdated ? ' Their open portal follows without signing out.' : ''}`);
            onClose();
          },
        },
      );
    }
  });
  return (
    <form className="stack cx-stack-form gap-16" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className="stack cx-fieldset gap-8">
        <legend>Portal areas</legend>
        {PORTAL_SCOPES.map((scope) => (
          <label key={scope} className="cx-check">
            <input type="checkbox" {...register(scope)} /> {PORTAL_AREA[scope].label}
            <span className="muted"> — {PORTAL_AREA[scope].description}</span>
          </label>
        ))}
      </fieldset>
      <FormError message={error} />
      <DialogActions
        onCancel={onClose}
        pending={pending}
        submitLabel={mode === 'invite' ? 'Send invitation' : 'Save portal areas'}
        pendingLabel={mode === 'invite' ? 'Inviting…' : 'Saving…'}
      />
    </form>
  );
}
