/** Contacts of a company, and the portal account behind a contact's access state. */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import { contactsQuery, userRef } from '../../lib/refs';
import { useConsole } from '../lib/env';
import { liveDoc, liveList } from '../lib/options';

export const contactKeys = {
  contacts: (companyId: string) => ['companies', companyId, 'contacts'] as const,
  user: (uid: string) => ['users', uid] as const,
};

export const contactsOptions = (db: Firestore, companyId: string) =>
  liveList(contactKeys.contacts(companyId), () => contactsQuery(db, companyId));
export const userOptions = (db: Firestore, uid: string) => liveDoc(contactKeys.user(uid), () => userRef(db, uid));

export function useContacts(companyId: string) {
  const { db } = useConsole();
  return useQuery(contactsOptions(db, companyId));
}

/** The portal account of a contact (users/{uid}), when they have one. */
export function useUserProfile(uid: string | null) {
  const { db } = useConsole();
  return useQuery({ ...userOptions(db, uid ?? '-'), enabled: !!uid });
}
