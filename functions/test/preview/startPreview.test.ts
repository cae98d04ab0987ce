/**
 * startPreview, called directly; the custom token it returns is signed in at the Auth emulator
 * and the resulting ID token is used against the Firestore emulator with the security rules.
 */
import { describe, expect, it } from 'vitest';
import { startPreviewHandler } from '../../src/preview/startPreview';
import { paths } from '../../src/model';
import { createAs, jwtClaims, readAs, signInWithCustomToken } from '../support/emulators';
import { account, admin, anonymousRequest, company, deps, project, refusal, staff } from '../support/world';

describe('startPreview', () => {
  it("gives staff a client token for the company: its claims, and it reads that company's portal, nothing else, and writes nothing", async () => {
    const sam = await staff();
    const acme = await company('client', 'Acme Corp');
    const globex = await company();
    const [acmeProject, globexProject] = await Promise.all([project(acme.companyId), project(globex.companyId)]);

    const result = await startPreviewHandler(sam.request({ companyId: acme.companyId }), deps());

    expect(result).toMatchObject({ uid: `preview:${sam.uid}:${acme.companyId}`, companyId: acme.companyId, companyName: 'Acme Corp' });
    const { idToken } = await signInWithCustomToken(result.token);
    const claims = jwtClaims(idToken);
    expect(claims).toMatchObject({ user_id: result.uid, role: 'client', companyId: acme.companyId, preview: true, previewBy: sam.uid });

    expect(await readAs(idToken, paths.project(acme.companyId, acmeProject))).toBe(200);
    expect(await readAs(idToken, paths.company(acme.companyId))).toBe(200);
    expect(await readAs(idToken, paths.project(globex.companyId, globexProject))).toBe(403);
    expect(await readAs(idToken, `${paths.contacts(acme.companyId)}/any`)).toBe(403);
    // A real client could post this reply; the preview may not.
    const reply = { body: 'Hello', authorUid: result.uid, authorName: 'Preview', authorRole: 'client' };
    expect(await createAs(idToken, `${paths.project(acme.companyId, acmeProject)}/replies`, reply)).toBe(403);
  });

  it('works for admins too', async () => {
    const ada = await admin();
    const acme = await company();
    const result = await startPreviewHandler(ada.request({ companyId: acme.companyId }), deps());
    expect(jwtClaims((await signInWithCustomToken(result.token)).idToken)).toMatchObject({ previewBy: ada.uid, companyId: acme.companyId });
  });

  it('is refused to clients, to preview tokens and to signed-out callers', async () => {
    const acme = await company();
    const carol = await account('client', { claims: { role: 'client', companyId: acme.companyId } });
    const preview = await account('preview', { claims: { role: 'client', companyId: acme.companyId, preview: true, previewBy: 'x' } });
    const uninvited = await account('nobody');

    const byClient = await refusal(startPreviewHandler(carol.request({ companyId: acme.companyId }), deps()));
    expect(byClient.code).toBe('permission-denied');
    expect(byClient.message).toContain('Only agency staff');
    expect((await refusal(startPreviewHandler(preview.request({ companyId: acme.companyId }), deps()))).code).toBe('permission-denied');
    expect((await refusal(startPreviewHandler(uninvited.request({ companyId: acme.companyId }), deps()))).code).toBe('permission-denied');
    expect((await refusal(startPreviewHandler(anonymousRequest({ companyId: acme.companyId }), deps()))).code).toBe('unauthenticated');
  });

  it('needs an existing company and nothing but its id', async () => {
    const sam = await staff();
    const acme = await company();
    expect((await refusal(startPreviewHandler(sam.request({ companyId: 'no-such-company' }), deps()))).code).toBe('not-found');
    expect((await refusal(startPreviewHandler(sam.request({ companyId: acme.companyId, role: 'admin' }), deps()))).code).toBe('invalid-argument');
    expect((await refusal(startPreviewHandler(sam.request({ companyId: 'a/b' }), deps()))).code).toBe('invalid-argument');
  });
});
