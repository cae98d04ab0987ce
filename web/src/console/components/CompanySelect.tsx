/**
 * A company filter: a picker (components/Picker.tsx) that looks companies up as you type, with an
 * "all" (or "none") choice first — never the agency's whole list of companies (issue 10).
 */
import { CompanyPicker } from './Picker';

export function CompanySelect({
  value,
  onChange,
  empty = 'All companies',
  id,
  className = 'input cx-input',
  'aria-label': label,
}: {
  value: string;
  onChange: (companyId: string) => void;
  empty?: string;
  id?: string;
  className?: string;
  'aria-label'?: string;
}) {
  return <CompanyPicker id={id} label={label} className={className} value={value} onChange={onChange} empty={empty} />;
}
