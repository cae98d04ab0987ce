/**
 * Task writes (isValidTask): every write stamps updatedAt with the server time; createdAt is set
 * once, on create. Deliverables here are links; files need Cloud Storage (not configured).
 */
import { arrayRemove, arrayUnion, deleteDoc, serverTimestamp, setDoc, Timestamp, updateDoc, type Firestore } from 'firebase/firestore';
import { paths, type Deliverable, type Task } from '@model';
import { newDoc, writeDoc } from '../../lib/writeRefs';
import { deleteThread } from '../lib/deleteThread';

export type TaskFields = Pick<Task, 'projectId' | 'title' | 'description' | 'status' | 'priority' | 'assignee' | 'dueDate'>;

const taskDoc = (db: Firestore, companyId: string, taskId: string) => writeDoc<Task>(db, paths.task(companyId, taskId));

function clean<T extends Partial<TaskFields>>(fields: T): T {
  const out = { ...fields };
  if (typeof out.title === 'string') out.title = out.title.trim();
  if (typeof out.description === 'string') out.description = out.description.trim();
  if (out.assignee) out.assignee = { uid: out.assignee.uid, displayName: out.assignee.displayName };
  return out;
}

/** A stored task's editable fields. */
export function taskFields(task: Task): TaskFields {
  return {
    projectId: task.projectId,
    title: task.title,
    description: task.description ?? '',
    status: task.status,
    priority: task.priority,
    assignee: task.assignee ?? null,
    dueDate: task.dueDate,
  };
}

/**
 * The fields an edit changed, between what the form opened with and what it saves: a save never
 * writes back a field the person left alone (a colleague's status change made meanwhile stays).
 */
export function taskEdit(before: TaskFields, after: TaskFields): Partial<TaskFields> {
  const was = clean(before);
  const now = clean(after);
  return Object.fromEntries((Object.keys(now) as (keyof TaskFields)[]).filter((key) => JSON.stringify(was[key]) !== JSON.stringify(now[key])).map((key) => [key, now[key]]));
}

export async function createTask(db: Firestore, companyId: string, fields: TaskFields): Promise<string> {
  const ref = newDoc<Task>(db, paths.tasks(companyId));
  await setDoc(ref, { ...clean(fields), deliverables: [], createdAt: serverTimestamp(), updatedAt: serverTimestamp() });
  return ref.id;
}

export async function updateTask(db: Firestore, companyId: string, taskId: string, fields: Partial<TaskFields>): Promise<void> {
  await updateDoc(taskDoc(db, companyId, taskId), { ...clean(fields), updatedAt: serverTimestamp() });
}

/** Deletes a task with its Replies and Notes (Firestore keeps subcollections otherwise). */
export async function deleteTask(db: Firestore, companyId: string, taskId: string): Promise<void> {
  await deleteThread(db, { kind: 'task', companyId, taskId });
  await deleteDoc(taskDoc(db, companyId, taskId));
}

/** Adds a link deliverable (clients see it on the task). */
export async function addDeliverableLink(db: Firestore, companyId: string, taskId: string, name: string, url: string): Promise<void> {
  const deliverable: Deliverable = { name: name.trim(), url: url.trim(), size: 0, contentType: 'text/uri-list', addedAt: Timestamp.now() };
  await updateDoc(taskDoc(db, companyId, taskId), { deliverables: arrayUnion(deliverable), updatedAt: serverTimestamp() });
}

/** Removes a deliverable exactly as it was read. */
export async function removeDeliverable(db: Firestore, companyId: string, taskId: string, deliverable: Deliverable): Promise<void> {
  await updateDoc(taskDoc(db, companyId, taskId), { deliverables: arrayRemove(deliverable), updatedAt: serverTimestamp() });
}
