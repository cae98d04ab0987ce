/** Expense writes, shaped as the rules validate them (isValidExpense; createdBy is the writer). */
import { addDoc, deleteDoc, updateDoc, type Firestore } from 'firebase/firestore';
import { LIMITS, paths, type Expense } from '@model';
import { writeCollection, writeDoc } from '../../lib/writeRefs';

/** Everything but the writer; `amount` in minor units, > 0. */
export type ExpenseFields = Omit<Expense, 'createdBy'>;

const expenseDoc = (db: Firestore, id: string) => writeDoc<Expense>(db, `${paths.expenses()}/${id}`);

function clean(fields: ExpenseFields): ExpenseFields {
  return {
    companyId: fields.companyId,
    projectId: fields.projectId || null,
    amount: fields.amount,
    currency: fields.currency,
    category: fields.category,
    date: fields.date,
    description: fields.description.trim().slice(0, LIMITS.expenseDescription),
  };
}

export async function addExpense(db: Firestore, fields: ExpenseFields, createdBy: string): Promise<string> {
  const ref = await addDoc(writeCollection<Expense>(db, paths.expenses()), { ...clean(fields), createdBy });
  return ref.id;
}

/** Edits keep createdBy (the rules refuse changing it). */
export async function updateExpense(db: Firestore, id: string, fields: ExpenseFields): Promise<void> {
  await updateDoc(expenseDoc(db, id), { ...clean(fields) });
}

export async function deleteExpense(db: Firestore, id: string): Promise<void> {
  await deleteDoc(expenseDoc(db, id));
}
