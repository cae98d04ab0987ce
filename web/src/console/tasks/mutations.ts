/** Task writes as mutations: create and edit, move between statuses, delete, deliverables. */
import type { Deliverable } from '@model';
import { useConsoleMutation } from '../lib/mutation';
import { addDeliverableLink, createTask, deleteTask, removeDeliverable, updateTask, type TaskFields } from './writes';

/** Which task: tasks live under their company. */
export interface TaskAt {
  companyId: string;
  id: string;
}

/** Creates a task, or saves one when `taskId` is given. Returns its id. */
export function useSaveTask() {
  return useConsoleMutation(
    async ({ db }, v: { companyId: string; taskId?: undefined; fields: TaskFields } | { companyId: string; taskId: string; changed: Partial<TaskFields> }) => {
      if (v.taskId === undefined) return createTask(db, v.companyId, v.fields);
      // Nothing changed: nothing to write (not even updatedAt).
      if (Object.keys(v.changed).length > 0) await updateTask(db, v.companyId, v.taskId, v.changed);
      return v.taskId;
    },
  );
}

/** Changes some fields of a task (status, priority, assignee, due date…). */
export function useUpdateTask() {
  return useConsoleMutation(({ db }, { task, fields }: { task: TaskAt; fields: Partial<TaskFields> }) => updateTask(db, task.companyId, task.id, fields));
}

/** Deletes a task with its Replies and Notes. */
export function useDeleteTask() {
  return useConsoleMutation(({ db }, task: TaskAt) => deleteTask(db, task.companyId, task.id));
}

export function useAddDeliverableLink(task: TaskAt) {
  return useConsoleMutation(({ db }, { name, url }: Pick<Deliverable, 'name'> & { url: string }) => addDeliverableLink(db, task.companyId, task.id, name, url));
}

export function useRemoveDeliverable(task: TaskAt) {
  return useConsoleMutation(({ db }, deliverable: Deliverable) => removeDeliverable(db, task.companyId, task.id, deliverable));
}
