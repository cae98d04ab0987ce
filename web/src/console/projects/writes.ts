/** Project writes (isValidProject, isValidFinance). Budget and engagement live in private/finance. */
import { deleteDoc, updateDoc, writeBatch, type Firestore } from 'firebase/firestore';
import { paths, type Project, type ProjectFinance, type ProjectStatus } from '@model';
import { newDoc, writeDoc } from '../../lib/writeRefs';
import { deleteThread } from '../lib/deleteThread';

export type ProjectFields = Pick<Project, 'name' | 'description' | 'status' | 'startDate' | 'endDate' | 'team'>;

/** The private finance record's editable part; `budget` in minor units. */
export type FinanceFields = Pick<ProjectFinance, 'engagementType' | 'budget' | 'currency'>;

const projectDoc = (db: Firestore, companyId: string, projectId: string) => writeDoc<Project>(db, paths.project(companyId, projectId));
const financeDoc = (db: Firestore, companyId: string, projectId: string) => writeDoc<ProjectFinance>(db, paths.projectFinance(companyId, projectId));

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

/** A project and its finance record, in one batch. Returns the new project id. */
export async function createProject(db: Firestore, companyId: string, fields: ProjectFields, finance: FinanceFields): Promise<string> {
  const ref = newDoc<Project>(db, paths.projects(companyId));
  const batch = writeBatch(db);
  batch.set(ref, clean(fields));
  batch.set(financeDoc(db, companyId, ref.id), { ...finance, costToDate: 0, health: 'on_track' });
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
  batch.update(projectDoc(db, companyId, projectId), { ...clean(fields) });
  const financeRef = financeDoc(db, companyId, projectId);
  if (existingFinance) batch.update(financeRef, { ...finance });
  else batch.set(financeRef, { ...finance, costToDate: 0, health: 'on_track' });
  await batch.commit();
}

export async function setProjectStatus(db: Firestore, companyId: string, projectId: string, status: ProjectStatus): Promise<void> {
  await updateDoc(projectDoc(db, companyId, projectId), { status });
}

/** Deletes a project with no tasks left (the caller checks), its Replies and Notes, and its finance record. */
export async function deleteProject(db: Firestore, companyId: string, projectId: string): Promise<void> {
  await deleteThread(db, { kind: 'project', companyId, projectId });
  await deleteDoc(financeDoc(db, companyId, projectId));
  await deleteDoc(projectDoc(db, companyId, projectId));
}
