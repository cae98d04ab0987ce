/** Admin: change a portal account's role (and company), via setUserAccess. */
import { useState } from 'react';
import type { Contact, UserProfile, WithId } from '@model';
import { Dialog } from '../../components/Dialog';
import { DialogActions, useZodForm } from '../components/form';
import { Field, FormError } from '../components/kit';
import { useSetUserAccess } from './mutations';
import { accessSchema } from './schemas';
import { useCompanyName } from '../lib/names';
import { CompanyPicker, FormPicker } from '../components/Picker';

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
  const { register, control, handleSubmit, watch } = useZodForm(accessSchema, { role: profile?.role ?? 'client', companyId: profile?.companyId ?? companyId });
  const [role, targetCompany] = [watch('role'), watch('companyId')];
  const [noAccount, setNoAccount] = useState(false);
  const error = noAccount ? `${contact.name} has not accepted an invitation yet: there is no account to change.` : (change.error?.message ?? null);
  const targetName = useCompanyName(targetCompany);

  const submit = handleSubmit((access) => {
    setNoAccount(!contact.uid);
    if (!contact.uid) return;
    change.mutate(
      { action: 'change', uid: contact.uid, ...access },
      {
        onSuccess: (result) => {
          const where = result.companyId ? ` of ${result.companyId === targetCompany ? targetName || result.companyId : result.companyId}` : '';
          onDone(`${contact.name} is now ${result.role === 'admin' ? 'an admin' : result.role === 'staff' ? 'staff' : `a client${where}`}.`);
          onClose();
        },
      },
    );
  });

  return (
    <form className="stack cx-stack-form gap-16" onSubmit={(e) => void submit(e)}>
      <fieldset className="stack cx-fieldset gap-8">
        <legend className="field-label">Role</legend>
        {(
          [
            ['client', 'Client', 'Portal only: the projects, tasks and invoices of one company.'],
            ['staff', 'Staff', 'The agency console: CRM, projects, tasks, time. No rates, revenue or settings.'],
            ['admin', 'Admin', 'Everything, including rates, invoices, settings and user management.'],
          ] as const
        ).map(([value, label, description]) => (
          <label key={value} className={`row top cx-radio-card ${role === value ? 'is-active' : ''} gap-10`}>
            <input type="radio" value={value} {...register('role')} />
            <span>
              <span className="strong">{label}</span>
              <span className="small muted">{description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {role === 'client' ? (
        <Field label="Company whose portal they see">
          <FormPicker control={control} name="companyId">
            {(value, onChange) => <CompanyPicker label="Company whose portal they see" value={value} onChange={onChange} placeholder="Type a company's name…" />}
          </FormPicker>
        </Field>
      ) : null}
      {role === 'client' ? (
        <p className="row wrap cx-callout" style={{ gap: '6px 12px' }} data-testid="access-outcome">
          {contact.name} ({contact.email}) will get client access to {targetName || companyName}'s portal: its projects, tasks and
          invoices, nothing of other clients.
        </p>
      ) : (
        <p className="row wrap cx-callout cx-callout-warning" style={{ gap: '6px 12px' }}>
          {contact.name} ({contact.email}) will get {role === 'admin' ? 'full admin' : 'staff'} access to the agency's console, including every client's data.
        </p>
      )}
      <FormError message={error} />
      <DialogActions onCancel={onClose} pending={change.isPending} submitLabel="Change access" pendingLabel="Changing…" />
    </form>
  );
}
