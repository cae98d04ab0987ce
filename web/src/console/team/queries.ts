/**
 * Team reads (admin): the team's accounts and their roles (users whose role is staff or admin).
 * The directory (staff/{uid}) and the rates (staffRates, admin only) are shared with the rest of
 * the console: console/lib/queries.
 */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import { teamAccountsQuery } from '../../lib/refs';
import { useConsole } from '../lib/env';
import { liveList } from '../lib/options';

export const teamAccountsOptions = (db: Firestore) => liveList(['users', 'team'], () => teamAccountsQuery(db));

export function useTeamAccounts() {
  const { db } = useConsole();
  return useQuery(teamAccountsOptions(db));
}
