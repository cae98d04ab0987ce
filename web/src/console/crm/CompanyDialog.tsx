/** Create or edit a company: name, status, website, logo. */
import { COMPANY_STATUSES, LIMITS, type Company, type WithId } from '@model';
import { Dialog } from '../../components/Dialog';
import { DialogActions, firstError, useZodForm } from '../components/form';
import { Field, FormError } from '../components/kit';
import { COMPANY_STATUS } from '../lib/labels';
import { useSaveCompany } from './mutations';
import { companySchema } from './schemas';

export function CompanyDialog({
  open,
  onClose,
  company,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  company?: WithId<Company>;
  onCreated?: (id: string) => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={company ? `Edit ${company.name}` : 'New company'}>
      <CompanyForm company={company} onClose={onClose} onCreated={onCreated} />
    </Dialog>
  );
}

function CompanyForm({ company, onClose, onCreated }: { company?: WithId<Company>; onClose: () => void; onCreated?: (id: string) => void }) {
  const save = useSaveCompany();
  const { register, handleSubmit, formState } = useZodForm(companySchema, {
    name: company?.name ?? '',
    status: company?.status ?? 'lead',
    website: company?.website ?? '',
    logoUrl: company?.logoUrl ?? '',
  });

  const submit = handleSubmit((fields) =>
    save.mutate(
      { companyId: company?.id, fields },
      {
        onSuccess: (id) => {
          onClose();
          if (!company) onCreated?.(id);
        },
      },
    ),
  );

  return (
    <form className="stack cx-stack-form gap-16" onSubmit={(e) => void submit(e)} noValidate>
      <Field label="Name">
        <input className="input cx-input" {...register('name')} autoFocus maxLength={LIMITS.shortText} required />
      </Field>
      <Field label="Status" hint="Only Client companies can have portal access.">
        <select className="input cx-input" {...register('status')}>
          {COMPANY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {COMPANY_STATUS[s].label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Website">
        <input className="input cx-input" type="url" placeholder="https://" {...register('website')} />
      </Field>
      <Field label="Logo URL" hint="Optional: a link to a square image.">
        <input className="input cx-input" type="url" placeholder="https://" {...register('logoUrl')} />
      </Field>
      <FormError message={firstError(formState.errors) ?? save.error?.message ?? null} />
      <DialogActions onCancel={onClose} pending={save.isPending} submitLabel={company ? 'Save changes' : 'Create company'} />
    </form>
  );
}
