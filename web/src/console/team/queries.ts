/**
 * Team reads (admin): the directory (staff/{uid}, shared with the rest of the console via
 * people/queries.ts), the accounts and their roles (users), and rates (staffRates, admin only).
 */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import type { StaffRate, WithId } from '@model';
import { staffRatesQuery, usersQuery } from '../../lib/refs';
import { useConsole } from '../env';
import { liveList } from '../lib/options';

export const teamKeys = {
  users: () => ['users', 'list'] as const,
  rates: () => ['staffRates', 'list'] as const,
};

export const usersOptions = (db: Firestore) => liveList(teamKeys.users(), () => usersQuery(db));
export const staffRatesOptions = (db: Firestore) => liveList(teamKeys.rates(), () => staffRatesQuery(db));

export function useUsers() {
  const { db } = useConsole();
  return useQuery(usersOptions(db));
}

/** Rates by uid. Admin only: for staff the query is not even started. */
export function useStaffRates() {
  const { db, isAdmin } = useConsole();
  return useQuery({ ...staffRatesOptions(db), enabled: isAdmin, select: ratesByUid });
}

export function ratesByUid(rates: WithId<StaffRate>[]): Record<string, WithId<StaffRate>> {
  return Object.fromEntries(rates.map((rate) => [rate.id, rate]));
}
