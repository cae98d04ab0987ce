/**
 * Client writes follow the account as it is now, not the token (DESIGN §3–4). A token keeps its
 * claims until it expires (up to an hour), but revoking an account, moving it to another company
 * or removing its work area reaches `users/{uid}` at once (Functions write it before the claims).
 * So every client write (reply, reply edit, request, withdrawal, approval) also reads the profile:
 * with the same token, each write is allowed while the profile is the company's active client
 * with the work area, and denied after each of those changes. The portal's own writes are used.
 */
import { doc, getDoc } from 'firebase/firestore';
import { afterEach, describe, it } from 'vitest';
import { paths, type UserProfile } from '@model';
import { addClientReply, editReplyBody } from '../web/src/lib/comments';
import { decideApproval, submitRequest, withdrawRequest } from '../web/src/lib/requests';
import { taskRef } from '../web/src/lib/refs';
import { ACME, ACTORS, GLOBEX, dbOf, uidOf } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { acmeTask, build, ids, put, reviewTask, storedRequestBy } from './support/fixtures';
import { useRulesEnv } from './support/harness';

useRulesEnv('currentAccount');

const carol = ACTORS.clientAcme;
const uid = uidOf(carol);
const author = { uid, name: carol.displayName };
const active: UserProfile = build.user(uid, 'client', ACME);

/** The profile changes an admin or staff member can make while Carol's token still says client of acme. */
const changes: [string, Partial<UserProfile> | null][] = [
  ['revoked (status disabled, no role)', { status: 'disabled', role: null, companyId: null }],
  ['moved to another company', { companyId: GLOBEX }],
  ['made staff', { role: 'staff', companyId: null }],
  ['left with billing only (work removed)', { scopes: ['billing'] }],
  ['without a profile', null],
];

let n = 0;
const writes: [string, () => Promise<unknown>][] = [
  ['a reply', () => addClientReply(dbOf('clientAcme'), acmeTask, author, 'Any news?')],
  ['an edit of her reply', () => editReplyBody(dbOf('clientAcme'), acmeTask, ids.clientReply, `Edited ${(n += 1)}`)],
  [
    'a request',
    () => submitRequest(dbOf('clientAcme'), ACME, author, { title: 'Spring page', description: '', projectId: ids.project, dueDate: null }),
  ],
  [
    'a withdrawal of her request',
    async () => {
      const requestId = `rq-current-${(n += 1)}`;
      await put(paths.request(ACME, requestId), storedRequestBy(carol));
      return withdrawRequest(dbOf('clientAcme'), ACME, requestId);
    },
  ],
  [
    'an approval',
    async () => {
      const taskId = `t-current-${(n += 1)}`;
      await put(paths.task(ACME, taskId), reviewTask(1));
      return decideApproval(dbOf('clientAcme'), ACME, taskId, 1, author, 'approved', '');
    },
  ],
];

afterEach(async () => {
  await put(paths.user(uid), active);
});

describe("a client's writes follow her current profile, not her token", () => {
  for (const [what, write] of writes) {
    for (const [change, profile] of changes) {
      it(`${what}, profile ${change}: denied (control: the same write with the active profile)`, async () => {
        await put(paths.user(uid), profile === null ? null : { ...active, ...profile });
        await expectDenied(write());
        await put(paths.user(uid), active);
        await expectAllowed(write());
      });
    }
  }

  it('a profile that names both areas explicitly, or none (absent = both), lets her write', async () => {
    await put(paths.user(uid), { ...active, scopes: ['work', 'billing'] });
    await expectAllowed(addClientReply(dbOf('clientAcme'), acmeTask, author, 'Both areas.'));
    await put(paths.user(uid), { ...active, scopes: ['work'] });
    await expectAllowed(addClientReply(dbOf('clientAcme'), acmeTask, author, 'Work only.'));
    await put(paths.user(uid), active);
    await expectAllowed(addClientReply(dbOf('clientAcme'), acmeTask, author, 'No scopes: both.'));
  });

  it('reads stay on the claims alone (no profile read): a client without a profile still reads her task', async () => {
    await put(paths.user(uid), null);
    await expectAllowed(getDoc(taskRef(dbOf('clientAcme'), ACME, ids.task)));
    await expectDenied(getDoc(doc(dbOf('clientAcme'), paths.task(GLOBEX, ids.globexTask))));
  });
});
