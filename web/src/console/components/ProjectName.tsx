/** A project's name in a list of tasks, read for this id only (lib/names.ts: one document, cached). */
import { useProjectName } from '../lib/names';

export function ProjectName({ companyId, id }: { companyId: string; id: string }) {
  const name = useProjectName(companyId, id);
  return <>{name || '…'}</>;
}
