/** A select of the agency's companies, with an "all" (or "none") choice first. */
import type { SelectHTMLAttributes } from 'react';
import { useCompanies } from '../lib/queries';

export function CompanySelect({
  value,
  onChange,
  empty = 'All companies',
  ...rest
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & { value: string; onChange: (companyId: string) => void; empty?: string }) {
  const companies = useCompanies();
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{empty}</option>
      {(companies.data ?? []).map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
