/** Expense writes as mutations; a new expense is recorded as the staff member's. */
import { useConsoleMutation } from '../lib/mutation';
import { addExpense, deleteExpense, updateExpense, type ExpenseFields } from './writes';

/** Adds an expense, or saves one when `id` is given (its writer stays as it was). */
export function useSaveExpense() {
  return useConsoleMutation(async ({ db, me }, { id, fields }: { id?: string; fields: ExpenseFields }) => {
    if (id) await updateExpense(db, id, fields);
    else await addExpense(db, fields, me.uid);
  });
}

export function useDeleteExpense() {
  return useConsoleMutation(({ db }, id: string) => deleteExpense(db, id));
}
