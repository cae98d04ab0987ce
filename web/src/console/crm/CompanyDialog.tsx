/** Create or edit a company: name, status, website, logo. */
import { useState, type FormEvent } from 'react';
import { COMPANY_STATUSES, type Company, type CompanyStatus, type WithId } from '@model';
import { Dialog } from '../../components/Dialog';
import { Spinner } from '../../components/ui';
import { Field, FormError } from '../components/kit';
import { useSaveCompany } from './mutations';
import type { CompanyFields } from './writes';
import { COMPANY_STATUS } from '../lib/labels';

const URL_PATTERN = /^https?:\/\/\S+$/;

export function validateCompany(fields: CompanyFields): string | null {
  if (!fields.name.trim()) return 'Give the company a name.';
  if (fields.name.trim().length > 200) return 'Names are limited to 200 characters.';
  if (fields.website.trim() && !URL_PATTERN.test(fields.website.trim())) return 'The website must be a full link, starting with https://';
  if (fields.logoUrl.trim() && !URL_PATTERN.test(fields.logoUrl.trim())) return 'The logo must be a full link to an image, starting with https://';
  return null;
}

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
  const [fields, setFields] = useState<CompanyFields>({
    name: company?.name ?? '',
    status: company?.status ?? 'lead',
    website: company?.website ?? '',
    logoUrl: company?.logoUrl ?? '',
  });
  const [invalid, setInvalid] = useState<string | null>(null);
  const error = invalid ?? save.error?.message ?? null;
  const busy = save.isPending;
  const set = <K extends keyof CompanyFields>(key: K, value: CompanyFields[K]) => setFields((f) => ({ ...f, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = validateCompany(fields);
    setInvalid(problem);
    if (problem) return;
    save.mutate(
      { companyId: company?.id, fields },
      {
        onSuccess: (id) => {
          onClose();
          if (!company) onCreated?.(id);
        },
      },
    );
  }

  return (
    <form className="cx-form" onSubmit={submit} noValidate>
      <Field label="Name">
        <input className="cx-input" value={fields.name} onChange={(e) => set('name', e.target.value)} autoFocus maxLength={200} required />
      </Field>
      <Field label="Status" hint="Only Client companies can have portal access.">
        <select className="cx-input" value={fields.status} onChange={(e) => set('status', e.target.value as CompanyStatus)}>
          {COMPANY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {COMPANY_STATUS[s].label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Website">
        <input className="cx-input" type="url" placeholder="https://" value={fields.website} onChange={(e) => set('website', e.target.value)} />
      </Field>
      <Field label="Logo URL" hint="Optional: a link to a square image.">
        <input className="cx-input" type="url" placeholder="https://" value={fields.logoUrl} onChange={(e) => set('logoUrl', e.target.value)} />
      </Field>
      <FormError message={error} />
      <div className="cx-dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? <Spinner label="Saving…" /> : company ? 'Save changes' : 'Create company'}
        </button>
      </div>
    </form>
  );
}
