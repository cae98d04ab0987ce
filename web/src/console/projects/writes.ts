/** Project writes (isValidProject, isValidFinance). Budget and engagement live in private/finance. */
import { deleteDoc, updateDoc, writeBatch, type Firestore } from 'firebase/firestore';
import { paths, type Project, type ProjectFinance, type ProjectStatus, type TeamMemberRef } from '@model';
import { newDoc, writeDoc } from '../../lib/writeRefs';
import { deleteThread } from '../lib/deleteThread';

export type ProjectFields = Pick<Project, 'name' | 'description' | 'status' | 'startDate' | 'endDate' | 'team'>;

/** The private finance record's editable part; `budget` in minor units. */
export type FinanceFields = Pick<ProjectFinance, 'engagementType' | 'budget' | 'currency'>;

const projectDoc = (db: Firestore, companyId: string, projectId: string) => writeDoc<Project>(db, paths.project(companyId, projectId));
const financeDoc = (db: Firestore, companyId: string, projectId: string) => writeDoc<ProjectFinance>(db, paths.projectFinance(companyId, projectId));

/** A stored project's editable fields. */
export function projectFields(project: Project): ProjectFields {
  return { name: project.name, description: project.description ?? '', status: project.status, startDate: project.startDate, endDate: project.endDate, team: project.team ?? [] };
}

/** A stored finance record's editable part. */
export function financeFields(finance: ProjectFinance): FinanceFields {
  return { engagementType: finance.engagementType, currency: finance.currency, budget: finance.budget };
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

/** A project and its finance record, in one batch. Returns the new project id. */
export async function createProject(db: Firestore, companyId: string, fields: ProjectFields, finance: FinanceFields): Promise<string> {
  const ref = newDoc<Project>(db, paths.projects(companyId));
  const batch = writeBatch(db);
  batch.set(ref, clean(fields));
  batch.set(financeDoc(db, companyId, ref.id), { ...finance, costToDate: 0, health: 'on_track' });
  await batch.commit();
  return ref.id;
}

/** What saving an edited project writes: only what the person changed in the form. */
export interface ProjectEdit {
  fields: Partial<ProjectFields>;
  /** the finance fields changed (all of them when the record does not exist yet); null: none */
  finance: Partial<FinanceFields> | null;
}

const FINANCE_KEYS = ['engagementType', 'currency', 'budget'] as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The edit between what the form opened with and what it saves. A save never writes back a field
 * the person left alone: a colleague's change made meanwhile (a status, a budget) stays. Some
 * fields go together: both dates when one changed (the rules check their order), a budget with
 * its currency. The team gets the people added and removed in the form applied to the team as it
 * is now (`current`), so a member a colleague added meanwhile stays.
 */
export function projectEdit(
  before: { fields: ProjectFields; finance: FinanceFields | null },
  after: { fields: ProjectFields; finance: FinanceFields },
  current: ProjectFields = before.fields,
): ProjectEdit {
  const was = clean(before.fields);
  const now = clean(after.fields);
  const changed = (Object.keys(now) as (keyof ProjectFields)[]).filter((key) => !same(was[key], now[key]));
  if (changed.includes('startDate') || changed.includes('endDate')) changed.push('startDate', 'endDate');
  const fields: Partial<ProjectFields> = Object.fromEntries(changed.map((key) => [key, now[key]]));
  if (changed.includes('team')) fields.team = teamAfter(was.team, now.team, clean(current).team);

  if (!before.finance) return { fields, finance: after.finance };
  const financeChanged: (keyof FinanceFields)[] = FINANCE_KEYS.filter((key) => before.finance![key] !== after.finance[key]);
  if (financeChanged.includes('budget') || financeChanged.includes('currency')) financeChanged.push('budget', 'currency');
  const finance: Partial<FinanceFields> = Object.fromEntries(financeChanged.map((key) => [key, after.finance[key]]));
  return { fields, finance: financeChanged.length ? finance : null };
}

/** `current` with the people the form removed from `opened` taken out and those it added put in. */
function teamAfter(opened: TeamMemberRef[], edited: TeamMemberRef[], current: TeamMemberRef[]): TeamMemberRef[] {
  const removed = new Set(opened.filter((m) => !edited.some((e) => e.uid === m.uid)).map((m) => m.uid));
  const added = edited.filter((m) => !opened.some((o) => o.uid === m.uid) && !current.some((c) => c.uid === m.uid));
  return [...current.filter((m) => !removed.has(m.uid)), ...added];
}

const isWholeFinance = (finance: Partial<FinanceFields>): finance is FinanceFields => FINANCE_KEYS.every((key) => finance[key] !== undefined);

/** Saves an edit; the finance record keeps costToDate and health when it exists. */
export async function updateProject(
  db: Firestore,
  companyId: string,
  projectId: string,
  edit: ProjectEdit,
  existingFinance: ProjectFinance | null,
): Promise<void> {
  const batch = writeBatch(db);
  if (Object.keys(edit.fields).length > 0) batch.update(projectDoc(db, companyId, projectId), edit.fields);
  const financeRef = financeDoc(db, companyId, projectId);
  if (edit.finance && existingFinance) batch.update(financeRef, edit.finance);
  else if (edit.finance) {
    if (!isWholeFinance(edit.finance)) throw new Error('The project’s budget record was removed while you edited it. Close this dialog, reopen it and set the budget again.');
    batch.set(financeRef, { ...edit.finance, costToDate: 0, health: 'on_track' });
  }
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
