/** Contact writes and portal-access calls as mutations. */
import type { PortalScope } from '@model';
import { inviteUser, setContactScopes, setUserAccess } from '../lib/callables';
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

/** "Invite to portal" (inviteUser) with the portal areas they get: the invitation email goes through the Outbox. */
export function useInviteContact(companyId: string) {
  return useConsoleMutation(({ app }, { contactId, scopes }: { contactId: string; scopes: PortalScope[] }) =>
    inviteUser(app, { role: 'client', companyId, contactId, scopes }),
  );
}

/** Change which portal areas a contact sees (setContactScopes: applies at once to their account). */
export function useSetContactScopes(companyId: string) {
  return useConsoleMutation(({ app }, { contactId, scopes }: { contactId: string; scopes: PortalScope[] }) => setContactScopes(app, { companyId, contactId, scopes }));
}

/** Revoke or change a portal account's access (setUserAccess, admins). */
export function useSetUserAccess() {
  return useConsoleMutation(({ app }, input: Parameters<typeof setUserAccess>[1]) => setUserAccess(app, input));
}
