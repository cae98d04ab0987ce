/** Project writes (isValidProject, isValidFinance). Budget and engagement live in private/finance. */
import { collection, deleteDoc, doc, updateDoc, writeBatch, type Firestore } from 'firebase/firestore';
import { paths, type Currency, type EngagementType, type ProjectFinance, type ProjectStatus, type TeamMemberRef } from '@model';

export interface ProjectFields {
  name: string;
  description: string;
  status: ProjectStatus;
  startDate: string;
  endDate: string;
  team: TeamMemberRef[];
}

export interface FinanceFields {
  engagementType: EngagementType;
  /** minor units */
  budget: number;
  currency: Currency;
}

function clean(fields: ProjectFields): ProjectFields {
  return {
    name: fields.name.trim(),
    description: fields.description.trim(),
    status: fields.status,
    startDate: fields.startDate,
    endDate: fields.endDate,
    team: fields.team.map(({ uid, displayName }) => ({ uid, displayName })),
  };
}

export function validateProject(fields: ProjectFields): string | null {
  if (!fields.name.trim()) return 'Give the project a name.';
  if (fields.name.trim().length > 200) return 'Project names are limited to 200 characters.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.startDate) || !/^\d{4}-\d{2}-\d{2}$/.test(fields.endDate)) return 'Pick a start and an end date.';
  if (fields.startDate > fields.endDate) return 'The end date must be on or after the start date.';
  if (fields.description.length > 20000) return 'The description is too long (20,000 characters at most).';
  return null;
}

/** A project and its finance record, in one batch. Returns the new project id. */
export async function createProject(db: Firestore, companyId: string, fields: ProjectFields, finance: FinanceFields): Promise<string> {
  const ref = doc(collection(db, paths.projects(companyId)));
  const batch = writeBatch(db);
  batch.set(ref, clean(fields));
  batch.set(doc(db, paths.projectFinance(companyId, ref.id)), { ...finance, costToDate: 0, health: 'on_track' } satisfies ProjectFinance);
  await batch.commit();
  return ref.id;
}

/** Saves the project and its finance; finance keeps costToDate and health when it exists. */
export async function updateProject(
  db: Firestore,
  companyId: string,
  projectId: string,
  fields: ProjectFields,
  finance: FinanceFields,
  existingFinance: ProjectFinance | null,
): Promise<void> {
  const batch = writeBatch(db);
  batch.update(doc(db, paths.project(companyId, projectId)), { ...clean(fields) });
  const financeRef = doc(db, paths.projectFinance(companyId, projectId));
  if (existingFinance) batch.update(financeRef, { ...finance });
  else batch.set(financeRef, { ...finance, costToDate: 0, health: 'on_track' } satisfies ProjectFinance);
  await batch.commit();
}

export async function setProjectStatus(db: Firestore, companyId: string, projectId: string, status: ProjectStatus): Promise<void> {
  await updateDoc(doc(db, paths.project(companyId, projectId)), { status });
}

/** Deletes a project with no tasks left (the caller checks), and its finance record. */
export async function deleteProject(db: Firestore, companyId: string, projectId: string): Promise<void> {
  await deleteDoc(doc(db, paths.projectFinance(companyId, projectId)));
  await deleteDoc(doc(db, paths.project(companyId, projectId)));
}
