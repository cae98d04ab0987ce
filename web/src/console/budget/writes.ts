/** Stores the computed cost to date and health on the project's finance record (staff may write it). */
import { doc, updateDoc, type Firestore } from 'firebase/firestore';
import { paths, type ProjectHealth } from '@model';

export async function saveProjectCost(db: Firestore, companyId: string, projectId: string, costToDate: number, health: ProjectHealth): Promise<void> {
  await updateDoc(doc(db, paths.projectFinance(companyId, projectId)), { costToDate, health });
}
