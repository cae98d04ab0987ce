/**
 * Writes follow the account as it is now, not the token (DESIGN §3–4). A token keeps its claims
 * until it expires (up to an hour), but revoking an account, moving it to another company, changing
 * its role or removing its work area reaches `users/{uid}` at once (Functions write it before the
 * claims). So every write also reads the profile: with the same token, each write is allowed
 * while the profile still gives that access, and denied after each of those changes. Reads stay
 * on the claims alone. The portal's own writes are used for the client.
 */
import { doc, getDoc, setDoc, updateDoc } from 'firebase/firestore';
import { afterEach, describe, it } from 'vitest';
import { paths, repliesPath, type UserProfile } from '@model';
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
  await put(paths.user(samUid), samActive);
  await put(paths.user(adaUid), adaActive);
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

const sam = ACTORS.staff;
const samUid = uidOf(sam);
const samActive: UserProfile = build.user(samUid, 'staff', null);
const adaUid = uidOf(ACTORS.admin);
const adaActive: UserProfile = build.user(adaUid, 'admin', null);

const staffWrites: [string, () => Promise<unknown>][] = [
  ['renames a project', () => updateDoc(doc(dbOf('staff'), paths.project(ACME, ids.project)), { name: `Website ${(n += 1)}` })],
  ['replies on a task', () => setDoc(doc(dbOf('staff'), `${repliesPath(acmeTask)}/r-sam-${(n += 1)}`), build.staffReply(sam))],
  ['logs time', () => setDoc(doc(dbOf('staff'), `${paths.timeEntries()}/te-sam-${(n += 1)}`), build.timeEntry(samUid))],
  ['records an expense', () => setDoc(doc(dbOf('staff'), `${paths.expenses()}/ex-sam-${(n += 1)}`), build.expense(samUid))],
];
const staffChanges: [string, Partial<UserProfile> | null][] = [
  ['revoked (status disabled, no role)', { status: 'disabled', role: null }],
  ['made a client', { role: 'client', companyId: ACME }],
  ['without a profile', null],
];

describe("staff and admin writes follow the member's current profile, not the token", () => {
  for (const [what, write] of staffWrites) {
    for (const [change, profile] of staffChanges) {
      it(`staff ${what}, profile ${change}: denied (control: the same write with the active profile)`, async () => {
        await put(paths.user(samUid), profile === null ? null : { ...samActive, ...profile });
        await expectDenied(write());
        await put(paths.user(samUid), samActive);
        await expectAllowed(write());
      });
    }
  }

  it('an admin made staff keeps staff writes and loses admin ones at once (control: the active admin)', async () => {
    const branding = () => setDoc(doc(dbOf('admin'), paths.branding()), build.branding());
    const rate = () => setDoc(doc(dbOf('admin'), `${paths.staffRates()}/u-rate`), build.staffRate());
    const project = () => updateDoc(doc(dbOf('admin'), paths.project(ACME, ids.project)), { name: `Website ${(n += 1)}` });
    await put(paths.user(adaUid), { ...adaActive, role: 'staff' });
    await expectDenied(branding());
    await expectDenied(rate());
    await expectAllowed(project());
    await put(paths.user(adaUid), { ...adaActive, status: 'disabled', role: null });
    await expectDenied(project());
    await put(paths.user(adaUid), adaActive);
    await expectAllowed(branding());
    await expectAllowed(rate());
    await expectAllowed(project());
  });

  it('reads stay on the claims alone: revoked staff still read a project until the token expires (DESIGN §3)', async () => {
    await put(paths.user(samUid), { ...samActive, status: 'disabled', role: null });
    await expectAllowed(getDoc(doc(dbOf('staff'), paths.project(ACME, ids.project))));
    await expectDenied(getDoc(doc(dbOf('staff'), `${paths.staffRates()}/${samUid}`)));
  });
});
