/**
 * `npm run grant-admin` against the Auth and Firestore emulators: runGrantAdmin with the real
 * environment (and fakes where a test needs another machine), and once the real CLI as a child
 * process.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { auth, db } from '../../src/admin';
import { gcloudAdcFile, runGrantAdmin, USAGE, type GrantAdminSystem } from '../../src/access/grantAdmin';
import { paths, type UserProfile } from '../../src/model';
import { projectId, signInWithGoogle } from '../support/emulators';
import { APP_URL, claimsOf, deps, googleAccount, readDoc, uid } from '../support/world';

const root = resolve(__dirname, '../../..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Fake extends GrantAdminSystem {
  outLines: string[];
  errLines: string[];
  questions: string[];
  connects: number;
}

/** This machine (the emulator variables scripts/emulators.mjs sets), with `overrides`. */
function system(overrides: Partial<GrantAdminSystem> & { answer?: boolean } = {}): Fake {
  const { answer, ...rest } = overrides;
  const fake: Fake = {
    outLines: [],
    errLines: [],
    questions: [],
    connects: 0,
    env: { ...process.env },
    platform: 'linux',
    homedir: '/home/nobody',
    fileExists: existsSync,
    readFile: (path) => readFileSync(path, 'utf8'),
    async reachable(host) {
      try {
        await (await fetch(`http://${host}/`, { signal: AbortSignal.timeout(2_000) })).arrayBuffer();
        return true;
      } catch {
        return false;
      }
    },
    connect() {
      fake.connects++;
      return deps();
    },
    appUrl: () => APP_URL,
    async confirm(question) {
      fake.questions.push(question);
      if (answer === undefined) throw new Error(`unexpected question: ${question}`);
      return answer;
    },
    out: (line) => fake.outLines.push(line),
    err: (line) => fake.errLines.push(line),
    ...rest,
  };
  return fake;
}

const emailOf = (prefix: string) => `${uid(prefix)}@northwind.test`;

describe('grant-admin', () => {
  it('grants: admin merged into the existing claims, users/{uid} written, sessions signed out', async () => {
    const email = emailOf('ada');
    const ada = await googleAccount(email, { theme: 'dark', companyId: 'old-co' });
    await sleep(1100); // token revocation has one-second resolution
    const sys = system();

    const code = await runGrantAdmin([email.toUpperCase(), '--project', projectId()], sys);

    expect(sys.errLines).toEqual([]);
    expect(code).toBe(0);
    expect(sys.outLines).toEqual([
      `${email} (uid ${ada.uid}) is now an admin of ${projectId()}. Their sessions were signed out: they sign in again to get the console.`,
    ]);
    expect(sys.questions).toEqual([]); // a demo project on the emulators: no question
    expect(await claimsOf(ada.uid)).toEqual({ theme: 'dark', role: 'admin' });
    expect(await readDoc<UserProfile>(paths.user(ada.uid))).toMatchObject({ email, role: 'admin', companyId: null, status: 'active' });
    await expect(auth.verifyIdToken(ada.session.idToken, true)).rejects.toMatchObject({ code: 'auth/id-token-revoked' });
    // Signing in again gives a session with the admin claim.
    const again = await auth.verifyIdToken((await signInWithGoogle(email)).idToken, true);
    expect(again.role).toBe('admin');
  });

  it('re-granting is idempotent: "already an admin", nothing written, sessions kept', async () => {
    const email = emailOf('bob');
    const bob = await googleAccount(email, { theme: 'light' });
    expect(await runGrantAdmin([email, '--project', projectId()], system())).toBe(0);
    const before = await readDoc<UserProfile>(paths.user(bob.uid));
    await sleep(1100);
    const session = await signInWithGoogle(email);
    const sys = system();

    expect(await runGrantAdmin([email, '--project', projectId(), '--yes'], sys)).toBe(0);

    expect(sys.outLines).toEqual([`${email} (uid ${bob.uid}) is already an admin of ${projectId()}; nothing changed.`]);
    expect(await claimsOf(bob.uid)).toEqual({ theme: 'light', role: 'admin' });
    expect(await readDoc<UserProfile>(paths.user(bob.uid))).toEqual(before);
    await expect(auth.verifyIdToken(session.idToken, true)).resolves.toMatchObject({ role: 'admin' });
  });

  it('an admin claim set by hand without users/{uid}: the mirror is written through the same path', async () => {
    const email = emailOf('cy');
    const cy = await googleAccount(email, { role: 'admin', team: 'ops' });
    const sys = system();

    expect(await runGrantAdmin([email, '--project', projectId()], sys)).toBe(0);

    expect(sys.outLines[0]).toContain(`already had the admin claim in ${projectId()}; users/${cy.uid} now says so too`);
    expect(await claimsOf(cy.uid)).toEqual({ role: 'admin', team: 'ops' });
    expect(await readDoc<UserProfile>(paths.user(cy.uid))).toMatchObject({ email, role: 'admin', companyId: null, status: 'active' });
  });

  it('an unknown email is refused with the sign-in hint, and nothing is written', async () => {
    const email = emailOf('nobody');
    const sys = system();

    expect(await runGrantAdmin([email, '--project', projectId(), '--yes'], sys)).toBe(1);

    expect(sys.outLines).toEqual([]);
    expect(sys.errLines).toEqual([
      `No account with the email ${email} in ${projectId()} (emulators) yet: sign in once at ${APP_URL}/login with Google first, then run this again.`,
    ]);
    await expect(auth.getUserByEmail(email)).rejects.toMatchObject({ code: 'auth/user-not-found' });
    expect((await db.collection(paths.users()).where('email', '==', email).get()).empty).toBe(true);
  });

  it('a demo- project is refused unless the emulators are running', async () => {
    const email = emailOf('dee');
    const account = await googleAccount(email);
    const { FIREBASE_AUTH_EMULATOR_HOST: _a, FIRESTORE_EMULATOR_HOST: _f, ...withoutEmulators } = process.env;

    const notSet = system({ env: withoutEmulators });
    expect(await runGrantAdmin([email, '--project', 'demo-agency-os'], notSet)).toBe(1);
    expect(notSet.errLines).toHaveLength(1);
    expect(notSet.errLines[0]).toMatch(/^demo-agency-os is a demo project: it exists only in the emulators, and they are not running here/);

    const notRunning = system({ env: { ...withoutEmulators, FIREBASE_AUTH_EMULATOR_HOST: '127.0.0.1:1', FIRESTORE_EMULATOR_HOST: process.env.FIRESTORE_EMULATOR_HOST } });
    expect(await runGrantAdmin([email, '--project', 'demo-agency-os'], notRunning)).toBe(1);
    expect(notRunning.errLines).toEqual([
      'demo-agency-os is a demo project, and no Auth emulator answers at 127.0.0.1:1: start the emulators (`npm run emulators`) and run this again.',
    ]);

    expect(notSet.connects + notRunning.connects).toBe(0);
    expect(await claimsOf(account.uid)).toEqual({});
  });

  it('a real project without credentials is refused with one line naming both ways to get them', async () => {
    const { FIREBASE_AUTH_EMULATOR_HOST: _a, FIRESTORE_EMULATOR_HOST: _f, GOOGLE_APPLICATION_CREDENTIALS: _g, CLOUDSDK_CONFIG: _c, ...env } = process.env;
    const none = system({ env: { ...env, HOME: '/home/nobody' }, fileExists: () => false });
    expect(await runGrantAdmin(['ada@northwind.test', '--project', 'acme-prod'], none)).toBe(1);
    expect(none.errLines).toEqual([
      'No Google credentials for acme-prod: run `gcloud auth application-default login` (signed in as an owner of the project), or set GOOGLE_APPLICATION_CREDENTIALS to a service account key file.',
    ]);

    const missingKey = system({ env: { ...env, GOOGLE_APPLICATION_CREDENTIALS: '/keys/gone.json' }, fileExists: () => false });
    expect(await runGrantAdmin(['ada@northwind.test', '--project', 'acme-prod'], missingKey)).toBe(1);
    expect(missingKey.errLines).toEqual([
      'GOOGLE_APPLICATION_CREDENTIALS points at /keys/gone.json, which does not exist: point it at a service account key file, or unset it and run `gcloud auth application-default login`.',
    ]);

    // With the emulator variables still set, a real project id would write to the emulators.
    const emulated = system();
    expect(await runGrantAdmin(['ada@northwind.test', '--project', 'acme-prod', '--yes'], emulated)).toBe(1);
    expect(emulated.errLines[0]).toMatch(/^FIREBASE_AUTH_EMULATOR_HOST and FIRESTORE_EMULATOR_HOST are set, so this would write to the emulators, not to acme-prod/);
    expect(none.connects + missingKey.connects + emulated.connects).toBe(0);
  });

  it('finds the gcloud ADC file where gcloud writes it', () => {
    expect(gcloudAdcFile({ env: { HOME: '/home/ada' }, platform: 'linux', homedir: '/x' })).toBe('/home/ada/.config/gcloud/application_default_credentials.json');
    expect(gcloudAdcFile({ env: { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, platform: 'win32', homedir: 'C:\\Users\\ada' })).toMatch(
      /^C:\\Users\\ada\\AppData\\Roaming[\\/]gcloud[\\/]application_default_credentials\.json$/,
    );
    expect(gcloudAdcFile({ env: { CLOUDSDK_CONFIG: '/etc/gcloud', HOME: '/home/ada' }, platform: 'linux', homedir: '/x' })).toBe('/etc/gcloud/application_default_credentials.json');
  });

  it('a real project asks first: "no" changes nothing, "yes" grants', async () => {
    const email = emailOf('eve');
    const eve = await googleAccount(email, { theme: 'dark' });
    const { FIREBASE_AUTH_EMULATOR_HOST: _a, FIRESTORE_EMULATOR_HOST: _f, GOOGLE_APPLICATION_CREDENTIALS: _g, CLOUDSDK_CONFIG: _c, ...env } = process.env;
    const adc = '/home/eve/.config/gcloud/application_default_credentials.json';
    // gcloud ADC on this fake machine; connect() hands out the emulators (the test's stand-in for acme-prod).
    const real = (answer: boolean) =>
      system({
        env: { ...env, HOME: '/home/eve' },
        fileExists: (path) => path === adc,
        readFile: () => JSON.stringify({ type: 'authorized_user', quota_project_id: 'acme-prod' }),
        answer,
      });

    const no = real(false);
    expect(await runGrantAdmin([email, '--project', 'acme-prod'], no)).toBe(1);
    expect(no.questions).toEqual([
      `Make ${email} (uid ${eve.uid}) "Google User" an admin of acme-prod? They get the whole console and their sessions are signed out. [y/N] `,
    ]);
    expect(no.errLines).toEqual(['Nothing changed in acme-prod: not confirmed (answer y in a terminal, or add --yes).']);
    expect(await claimsOf(eve.uid)).toEqual({ theme: 'dark' });
    expect(await readDoc(paths.user(eve.uid))).toBeUndefined();
    await expect(auth.verifyIdToken(eve.session.idToken, true)).resolves.toBeTruthy();

    const yes = real(true);
    expect(await runGrantAdmin([email, '--project', 'acme-prod'], yes)).toBe(0);
    expect(yes.questions).toHaveLength(1);
    expect(yes.outLines).toEqual([`${email} (uid ${eve.uid}) is now an admin of acme-prod. Their sessions were signed out: they sign in again to get the console.`]);
    expect(await claimsOf(eve.uid)).toEqual({ theme: 'dark', role: 'admin' });

    // --yes skips the question (already an admin now: nothing to do either way).
    const skip = real(true);
    expect(await runGrantAdmin([email, '--project', 'acme-prod', '--yes'], skip)).toBe(0);
    expect(skip.questions).toEqual([]);
  });

  it('wrong arguments: usage, exit code 2, nothing connected', async () => {
    for (const argv of [[], ['ada@northwind.test'], ['not-an-email', '--project', 'demo-x'], ['a@b.test', 'c@d.test', '--project', 'demo-x'], ['a@b.test', '--project'], ['a@b.test', '--force', '--project', 'demo-x']]) {
      const sys = system();
      expect(await runGrantAdmin(argv, sys), argv.join(' ')).toBe(2);
      expect(sys.errLines).toHaveLength(1);
      expect(sys.errLines[0]).toContain(USAGE);
      expect(sys.connects).toBe(0);
    }
  });

  it('the real CLI: `tsx scripts/grant-admin.ts <email> --project <id> --yes` on the emulators', async () => {
    const email = emailOf('cli');
    const account = await googleAccount(email, { theme: 'dark' });
    const cliEnv = { ...process.env, npm_config_update_notifier: 'false' };

    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', 'scripts/grant-admin.ts', email, '--project', projectId(), '--yes'], {
      cwd: root,
      env: cliEnv,
      timeout: 60_000,
    });

    expect(stderr).toBe('');
    expect(stdout.trim()).toBe(`${email} (uid ${account.uid}) is now an admin of ${projectId()}. Their sessions were signed out: they sign in again to get the console.`);
    expect(await claimsOf(account.uid)).toEqual({ theme: 'dark', role: 'admin' });
    expect(await readDoc<UserProfile>(paths.user(account.uid))).toMatchObject({ role: 'admin', status: 'active' });

    const unknown = await promisify(execFile)('npx', ['tsx', 'scripts/grant-admin.ts', emailOf('nobody'), '--project', projectId()], { cwd: root, env: cliEnv, timeout: 60_000 }).then(
      () => null,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(unknown?.code).toBe(1);
    expect(unknown?.stderr).toMatch(/yet: sign in once at http:\/\/\S+\/login with Google first, then run this again\.\n$/);
  }, 90_000);
});
