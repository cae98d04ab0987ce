/** Contacts of a company, and the portal accounts and invitations behind their access state. */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import { contactsQuery, invitationsQuery, userRef } from '../../lib/refs';
import { useConsole } from '../env';
import { liveDoc, liveList } from '../lib/options';

export const contactKeys = {
  contacts: (companyId: string) => ['companies', companyId, 'contacts'] as const,
  user: (uid: string) => ['users', uid] as const,
  invitations: () => ['invitations'] as const,
};

export const contactsOptions = (db: Firestore, companyId: string) =>
  liveList(contactKeys.contacts(companyId), () => contactsQuery(db, companyId));
export const userOptions = (db: Firestore, uid: string) => liveDoc(contactKeys.user(uid), () => userRef(db, uid));
export const invitationsOptions = (db: Firestore) => liveList(contactKeys.invitations(), () => invitationsQuery(db));

export function useContacts(companyId: string) {
  const { db } = useConsole();
  return useQuery(contactsOptions(db, companyId));
}

/** The portal account of a contact (users/{uid}), when they have one. */
export function useUserProfile(uid: string | null) {
  const { db } = useConsole();
  return useQuery({ ...userOptions(db, uid ?? '-'), enabled: !!uid });
}

export function useInvitations() {
  const { db } = useConsole();
  return useQuery(invitationsOptions(db));
}
