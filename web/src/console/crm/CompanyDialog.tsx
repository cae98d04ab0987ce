/** Create or edit a company: name, status, website, logo. */
import { useState, type FormEvent } from 'react';
import { COMPANY_STATUSES, type Company, type CompanyStatus, type WithId } from '@model';
import { Dialog } from '../../components/Dialog';
import { Spinner } from '../../components/ui';
import { Field, FormError } from '../components/kit';
import { useConsole } from '../env';
import { COMPANY_STATUS } from '../labels';
import { actionError } from '../lib/errors';
import { createCompany, updateCompany, type CompanyFields } from './writes';

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
  const { db, me } = useConsole();
  const [fields, setFields] = useState<CompanyFields>({
    name: company?.name ?? '',
    status: company?.status ?? 'lead',
    website: company?.website ?? '',
    logoUrl: company?.logoUrl ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof CompanyFields>(key: K, value: CompanyFields[K]) => setFields((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = validateCompany(fields);
    if (invalid) return setError(invalid);
    setBusy(true);
    setError(null);
    try {
      if (company) {
        await updateCompany(db, company.id, fields);
        onClose();
      } else {
        const id = await createCompany(db, fields, me.uid);
        onClose();
        onCreated?.(id);
      }
    } catch (e) {
      setError(actionError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="cx-form" onSubmit={(e) => void submit(e)} noValidate>
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
