/** Contact writes and portal-access calls as mutations. */
import { inviteUser, setUserAccess } from '../lib/callables';
import { useConsoleMutation } from '../lib/mutation';
import { addContact, deleteContact, updateContact, type ContactFields } from './writes';

/** Adds a contact, or saves one when `contactId` is given. */
export function useSaveContact(companyId: string) {
  return useConsoleMutation(async ({ db }, { contactId, fields }: { contactId?: string; fields: ContactFields }) => {
    if (contactId) await updateContact(db, companyId, contactId, fields);
    else await addContact(db, companyId, fields);
  });
}

export function useDeleteContact(companyId: string) {
  return useConsoleMutation(({ db }, contactId: string) => deleteContact(db, companyId, contactId));
}

/** "Invite to portal" (inviteUser): the invitation email goes through the Outbox. */
export function useInviteContact(companyId: string) {
  return useConsoleMutation(({ app }, contactId: string) => inviteUser(app, { role: 'client', companyId, contactId }));
}

/** Revoke or change a portal account's access (setUserAccess, admins). */
export function useSetUserAccess() {
  return useConsoleMutation(({ app }, input: Parameters<typeof setUserAccess>[1]) => setUserAccess(app, input));
}
