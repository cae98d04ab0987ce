/** Expense writes, shaped as the rules validate them (isValidExpense; createdBy is the writer). */
import { addDoc, collection, deleteDoc, doc, updateDoc, type Firestore } from 'firebase/firestore';
import { paths, type Currency, type ExpenseCategory } from '@model';

export interface ExpenseFields {
  companyId: string;
  projectId: string | null;
  /** minor units, > 0 */
  amount: number;
  currency: Currency;
  category: ExpenseCategory;
  date: string;
  description: string;
}

function clean(fields: ExpenseFields): ExpenseFields {
  return {
    companyId: fields.companyId,
    projectId: fields.projectId || null,
    amount: fields.amount,
    currency: fields.currency,
    category: fields.category,
    date: fields.date,
    description: fields.description.trim().slice(0, 500),
  };
}

export async function addExpense(db: Firestore, fields: ExpenseFields, createdBy: string): Promise<string> {
  const ref = await addDoc(collection(db, paths.expenses()), { ...clean(fields), createdBy });
  return ref.id;
}

/** Edits keep createdBy (the rules refuse changing it). */
export async function updateExpense(db: Firestore, id: string, fields: ExpenseFields): Promise<void> {
  await updateDoc(doc(db, `${paths.expenses()}/${id}`), { ...clean(fields) });
}

export async function deleteExpense(db: Firestore, id: string): Promise<void> {
  await deleteDoc(doc(db, `${paths.expenses()}/${id}`));
}
