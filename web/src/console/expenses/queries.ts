/** Expenses (staff read and write). Live. */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import { expensesQuery } from '../../lib/refs';
import { useConsole } from '../env';
import { liveList } from '../lib/options';

export const expenseKeys = {
  all: () => ['expenses'] as const,
  list: () => [...expenseKeys.all(), 'list'] as const,
};

export const expensesOptions = (db: Firestore) => liveList(expenseKeys.list(), () => expensesQuery(db));

export function useExpenses() {
  const { db } = useConsole();
  return useQuery(expensesOptions(db));
}
