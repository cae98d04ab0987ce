/**
 * "View as" previews expire (DESIGN §3): a preview token reads as the client of its company only
 * while the request is less than PREVIEW_MAX_AGE_SECONDS after the preview signed in
 * (`auth_time`), however recently the token was refreshed (`iat`). Claims only, no document read.
 * The matrix runs the `previewExpired` actor on every path; these are the edges, side by side.
 */
import { collection, doc, getDoc, getDocs, type Firestore } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { PREVIEW_MAX_AGE_SECONDS, paths } from '@model';
import { ACME, previewTokenTimes } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { env } from './support/env';
import { ids } from './support/fixtures';
import { useRulesEnv } from './support/harness';

useRulesEnv('preview');

const previewClaims = { role: 'client', companyId: ACME, preview: true, previewBy: 'u-sam' };
let n = 0;
/** A fresh token (own uid, so no cached instance) with the given claims. */
function dbWith(claims: Record<string, unknown>): Firestore {
  return env().authenticatedContext(`preview-case-${(n += 1)}`, claims).firestore() as unknown as Firestore;
}
const previewAged = (ageSeconds: number) => dbWith({ ...previewClaims, ...previewTokenTimes(ageSeconds) });
const project = (db: Firestore) => getDoc(doc(db, paths.project(ACME, ids.project)));

describe('preview expiry', () => {
  it("a preview signed in 59 minutes ago reads acme's project: allowed; 61 minutes ago: denied", async () => {
    await expectAllowed(project(previewAged(PREVIEW_MAX_AGE_SECONDS - 60)));
    await expectDenied(project(previewAged(PREVIEW_MAX_AGE_SECONDS + 60)));
  });

  it('the same edges on a list (the portal’s tasks): 59 minutes allowed, 61 denied', async () => {
    await expectAllowed(getDocs(collection(previewAged(PREVIEW_MAX_AGE_SECONDS - 60), paths.tasks(ACME))));
    await expectDenied(getDocs(collection(previewAged(PREVIEW_MAX_AGE_SECONDS + 60), paths.tasks(ACME))));
  });

  it('an old preview whose token was refreshed a second ago (iat now): still denied (control: a fresh preview)', async () => {
    await expectDenied(project(dbWith({ ...previewClaims, auth_time: Math.floor(Date.now() / 1000) - 2 * PREVIEW_MAX_AGE_SECONDS, iat: Math.floor(Date.now() / 1000) - 1 })));
    await expectAllowed(project(previewAged(10)));
  });

  it('a preview token without auth_time: denied (control: with a recent auth_time)', async () => {
    // JSON drops an undefined claim: the token carries no auth_time at all
    await expectDenied(project(dbWith({ ...previewClaims, auth_time: undefined, iat: undefined })));
    await expectDenied(project(dbWith({ ...previewClaims, auth_time: 'yesterday', iat: Math.floor(Date.now() / 1000) })));
    await expectAllowed(project(previewAged(10)));
  });

  it('a real client signed in two hours ago: allowed — only previews expire (control: a preview that old, denied)', async () => {
    const twoHours = previewTokenTimes(2 * PREVIEW_MAX_AGE_SECONDS);
    await expectAllowed(project(dbWith({ role: 'client', companyId: ACME, ...twoHours })));
    await expectDenied(project(dbWith({ ...previewClaims, ...twoHours })));
  });
});
