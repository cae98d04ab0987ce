/** Team writes (admin) as mutations: a member's directory card, rate and role; inviting teammates. */
import type { Role, StaffMember, StaffRate } from '@model';
import { inviteUser, setUserAccess } from '../lib/callables';
import { useConsoleMutation } from '../lib/mutation';
import { saveStaffMember } from './writes';

export interface MemberChanges {
  uid: string;
  member: StaffMember;
  /** a rate: saved too; 'remove': the member's rate is deleted; null: the rate is left as it is */
  rate: StaffRate | 'remove' | null;
  /** set: the account's role changes (setUserAccess) */
  role: Role | null;
}

export function useSaveTeamMember() {
  return useConsoleMutation(async ({ db, app }, { uid, member, rate, role }: MemberChanges) => {
    await saveStaffMember(db, uid, member, rate);
    if (role) await setUserAccess(app, { action: 'change', uid, role, companyId: null });
  });
}

/** A teammate (staff or admin) invitation: accepted with Google as the invited address. */
export function useInviteTeammate() {
  return useConsoleMutation(({ app }, input: Parameters<typeof inviteUser>[1]) => inviteUser(app, input));
}
