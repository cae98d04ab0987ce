/** The team directory (staff/{uid}): assignees, project teams, CRM owners. Rates are not here. */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import { staffQuery } from '../../lib/refs';
import { useConsole } from '../env';
import { liveList } from '../lib/options';

export const peopleKeys = {
  staff: () => ['staff'] as const,
};

export const staffOptions = (db: Firestore) => liveList(peopleKeys.staff(), () => staffQuery(db));

export function useStaff() {
  const { db } = useConsole();
  return useQuery(staffOptions(db));
}
