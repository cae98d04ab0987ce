/** Time entry writes as mutations. */
import type { TimeEntry } from '@model';
import { useConsoleMutation } from '../lib/mutation';
import { addTimeEntry, deleteTimeEntry, saveTimeEntry } from './writes';

/** Logs an entry, or saves one when `id` is given. */
export function useSaveTimeEntry() {
  return useConsoleMutation(async ({ db }, { id, entry }: { id?: string; entry: TimeEntry }) => {
    if (id) await saveTimeEntry(db, id, entry);
    else await addTimeEntry(db, entry);
  });
}

export function useDeleteTimeEntry() {
  return useConsoleMutation(({ db }, id: string) => deleteTimeEntry(db, id));
}
