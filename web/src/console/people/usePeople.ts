/** Team members for pickers and labels: the staff directory as {id, displayName}, plus name lookup. */
import type { StaffMember, TeamMemberRef, WithId } from '@model';
import { useStaff } from './queries';

export interface People {
  list: WithId<StaffMember>[];
  active: WithId<StaffMember>[];
  name: (uid: string) => string;
  ref: (uid: string) => TeamMemberRef | null;
  isLoading: boolean;
}

export function usePeople(): People {
  const staff = useStaff();
  const list = staff.data ?? [];
  const byId = new Map(list.map((s) => [s.id, s]));
  return {
    list,
    active: list.filter((s) => s.active),
    name: (uid) => byId.get(uid)?.displayName ?? uid,
    ref: (uid) => {
      const member = byId.get(uid);
      return member ? { uid, displayName: member.displayName } : null;
    },
    isLoading: staff.isPending,
  };
}
