/** The billables report's read (issue 10): one rollup document per month of the period, live. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import { billablesRollupsQuery } from '../../lib/dashboardRefs';
import { live, querySubscription } from '../../lib/live';
import { useConsole } from '../lib/env';

export const billablesKeys = {
  months: (from: string, to: string) => ['billables', 'months', from, to] as const,
};

export const billablesRollupsOptions = (db: Firestore, from: string, to: string) =>
  queryOptions({ queryKey: billablesKeys.months(from, to), ...live(querySubscription(() => billablesRollupsQuery(db, from, to))) });

export function useBillablesRollups(from: string, to: string) {
  const { db } = useConsole();
  return useQuery(billablesRollupsOptions(db, from, to));
}
