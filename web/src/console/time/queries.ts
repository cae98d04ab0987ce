/** Time entries (staff read all; write their own, admin any). Live. */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import { timeEntriesQuery } from '../../lib/refs';
import { useConsole } from '../env';
import { liveList } from '../lib/options';

export const timeKeys = {
  all: () => ['timeEntries'] as const,
  list: () => [...timeKeys.all(), 'list'] as const,
};

export const timeEntriesOptions = (db: Firestore) => liveList(timeKeys.list(), () => timeEntriesQuery(db));

export function useTimeEntries() {
  const { db } = useConsole();
  return useQuery(timeEntriesOptions(db));
}
