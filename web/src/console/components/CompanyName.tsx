/** A company's name in a cross-company list, read for this id only (lib/names.ts). */
import { useCompanyName } from '../lib/names';

export function CompanyName({ id }: { id: string }) {
  const name = useCompanyName(id);
  return <>{name || '…'}</>;
}
