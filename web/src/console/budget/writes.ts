/** Stores the computed cost to date and health on the project's finance record (staff may write it). */
import { updateDoc, type Firestore } from 'firebase/firestore';
import { paths, type ProjectFinance } from '@model';
import { writeDoc } from '../../lib/writeRefs';

export async function saveProjectCost(db: Firestore, companyId: string, projectId: string, stored: Pick<ProjectFinance, 'costToDate' | 'health'>): Promise<void> {
  await updateDoc(writeDoc<ProjectFinance>(db, paths.projectFinance(companyId, projectId)), { costToDate: stored.costToDate, health: stored.health });
}
