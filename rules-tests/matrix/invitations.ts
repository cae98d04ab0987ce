/** invitations/{id} (DESIGN §4–5): staff read; only inviteUser / acceptInvitation (Functions) write. */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { build, ids } from '../support/fixtures';
import { NOBODY, STAFF, type MatrixRow } from '../support/matrix-rows';

const invitation = (id: string) => `${paths.invitations()}/${id}`;

export const rows: MatrixRow[] = [
  {
    name: 'invitations/{id}',
    get: { path: () => invitation(ids.invitation) },
    list: { query: (db) => collection(db, paths.invitations()) },
    // e.g. a client inviting themselves as admin, or staff accepting on someone's behalf
    create: { path: (_a, tag) => invitation(tag), data: () => ({ ...build.invitation(), role: 'admin', companyId: null }) },
    update: { path: (_a, tag) => invitation(tag), existing: () => build.invitation(), data: () => ({ status: 'accepted' }) },
    delete: { path: (_a, tag) => invitation(tag), existing: () => build.invitation() },
    allow: { get: STAFF, list: STAFF, create: NOBODY, update: NOBODY, delete: NOBODY },
  },
];

