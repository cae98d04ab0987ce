/**
 * `npm run grant-admin -- <email> --project <id> [--yes]` (scripts/grant-admin.ts is the entry):
 * the first admin of a freshly deployed project, without writing code. The account is found by
 * email (it must have signed in once), and gets the admin role through applyAccessChange — the
 * same code path as setUserAccess: claims merged, `users/{uid}` written, sessions signed out.
 *
 * Before it connects anywhere it checks where it would write: a `demo-` project exists only in
 * the emulators, so they must be running (FIREBASE_AUTH_EMULATOR_HOST and FIRESTORE_EMULATOR_HOST
 * set and answering); a real project needs Google credentials (GOOGLE_APPLICATION_CREDENTIALS or
 * `gcloud auth application-default login`) and a yes to the question (or `--yes`). Every refusal
 * is one line on stderr and a non-zero exit code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { deleteApp, getApps, initializeApp, type App } from 'firebase-admin/app';
import { getAuth, type UserRecord } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { paths, type UserProfile } from '../model';
import { normalizeEmail } from '../shared/callable';
import type { Deps } from '../shared/deps';
import { applyAccessChange } from './setUserAccess';

export const USAGE = 'usage: npm run grant-admin -- <email> --project <project-id> [--yes]';

/** Exit codes: 0 done (or nothing to do), 1 refused or failed, 2 wrong arguments. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export type AdminDeps = Pick<Deps, 'db' | 'auth' | 'now'>;

/** Where the writes would go, once the checks passed. */
export type Target =
  | { emulated: true; authHost: string; firestoreHost: string }
  | {
      emulated: false;
      /** The credentials file the Admin SDK will use. */
      credentials: string;
      /** gcloud user credentials without a quota project: bill the API calls to the project itself. */
      needsQuotaProject: boolean;
    };

/** Everything the command touches outside itself (tests pass fakes). */
export interface GrantAdminSystem {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  homedir: string;
  fileExists(path: string): boolean;
  readFile(path: string): string;
  /** True when something answers HTTP at `host` (host:port). */
  reachable(host: string): Promise<boolean>;
  /** Admin SDK handles for the project; called only once every check passed. */
  connect(projectId: string, target: Target): AdminDeps;
  /** The web app's URL for the project, no trailing slash (for the "sign in first" hint). */
  appUrl(projectId: string, target: Target): string;
  /** Asks a yes/no question; true only for yes. */
  confirm(question: string): Promise<boolean>;
  out(line: string): void;
  err(line: string): void;
}

export interface GrantAdminArgs {
  email: string;
  projectId: string;
  yes: boolean;
}

export type ParsedArgs = { ok: true; args: GrantAdminArgs } | { ok: false; help: boolean; error: string };

/** Loose on purpose (older project ids may hold `:` or `.`): a typo still fails at the lookup. */
const PROJECT_ID = /^[a-z][a-z0-9.:-]{2,61}[a-z0-9]$/;

export function parseArgs(argv: string[]): ParsedArgs {
  let email: string | null = null;
  let projectId: string | null = null;
  let yes = false;
  const fail = (error: string): ParsedArgs => ({ ok: false, help: false, error: `${error} (${USAGE})` });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { ok: false, help: true, error: USAGE };
    if (arg === '--yes' || arg === '-y') yes = true;
    else if (arg === '--project' || arg === '-P') {
      const value = argv[++i];
      if (!value || value.startsWith('-')) return fail('--project needs a project id');
      projectId = value;
    } else if (arg.startsWith('--project=')) projectId = arg.slice('--project='.length);
    else if (arg.startsWith('-')) return fail(`Unknown option ${arg}`);
    else if (email === null) email = arg;
    else return fail(`One email at a time (got ${email} and ${arg})`);
  }
  if (!email) return fail('Which account? Give its email');
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return fail(`"${email}" is not an email address`);
  if (!projectId) return fail('Which Firebase project? Give --project <project-id>');
  if (!PROJECT_ID.test(projectId)) return fail(`"${projectId}" is not a Firebase project id`);
  return { ok: true, args: { email: normalizeEmail(email), projectId, yes } };
}

/** The gcloud ADC file (`gcloud auth application-default login` writes it). */
export function gcloudAdcFile(system: Pick<GrantAdminSystem, 'env' | 'platform' | 'homedir'>): string | null {
  let dir = system.env.CLOUDSDK_CONFIG;
  if (!dir && system.platform === 'win32') dir = system.env.APPDATA ? join(system.env.APPDATA, 'gcloud') : undefined;
  if (!dir) {
    const home = system.env.HOME || system.homedir;
    dir = home ? join(home, '.config', 'gcloud') : undefined;
  }
  return dir ? join(dir, 'application_default_credentials.json') : null;
}

export type TargetCheck = { ok: true; target: Target } | { ok: false; error: string };

/** Where `projectId` lives and whether this machine may write there; nothing is connected yet. */
export async function checkTarget(projectId: string, system: GrantAdminSystem): Promise<TargetCheck> {
  const authHost = system.env.FIREBASE_AUTH_EMULATOR_HOST;
  const firestoreHost = system.env.FIRESTORE_EMULATOR_HOST;
  if (projectId.startsWith('demo-')) {
    if (!authHost || !firestoreHost) {
      return {
        ok: false,
        error:
          `${projectId} is a demo project: it exists only in the emulators, and they are not running here ` +
          '(FIREBASE_AUTH_EMULATOR_HOST and FIRESTORE_EMULATOR_HOST are not both set). Start them (`npm run emulators`) ' +
          'and run this again with FIREBASE_AUTH_EMULATOR_HOST=127.0.0.1:9099 FIRESTORE_EMULATOR_HOST=127.0.0.1:8080.',
      };
    }
    for (const [name, host] of [['Auth', authHost], ['Firestore', firestoreHost]] as const) {
      if (!(await system.reachable(host))) {
        return { ok: false, error: `${projectId} is a demo project, and no ${name} emulator answers at ${host}: start the emulators (\`npm run emulators\`) and run this again.` };
      }
    }
    return { ok: true, target: { emulated: true, authHost, firestoreHost } };
  }

  const set = [authHost && 'FIREBASE_AUTH_EMULATOR_HOST', firestoreHost && 'FIRESTORE_EMULATOR_HOST'].filter(Boolean).join(' and ');
  if (set) {
    return { ok: false, error: `${set} ${set.includes(' and ') ? 'are' : 'is'} set, so this would write to the emulators, not to ${projectId}: unset ${set} to grant on the real project.` };
  }
  const keyFile = system.env.GOOGLE_APPLICATION_CREDENTIALS;
  if (keyFile) {
    if (!system.fileExists(keyFile)) {
      return { ok: false, error: `GOOGLE_APPLICATION_CREDENTIALS points at ${keyFile}, which does not exist: point it at a service account key file, or unset it and run \`gcloud auth application-default login\`.` };
    }
    return { ok: true, target: { emulated: false, credentials: keyFile, needsQuotaProject: false } };
  }
  const adc = gcloudAdcFile(system);
  if (!adc || !system.fileExists(adc)) {
    return { ok: false, error: `No Google credentials for ${projectId}: run \`gcloud auth application-default login\` (signed in as an owner of the project), or set GOOGLE_APPLICATION_CREDENTIALS to a service account key file.` };
  }
  let needsQuotaProject = false;
  try {
    const content = JSON.parse(system.readFile(adc)) as { type?: unknown; quota_project_id?: unknown };
    needsQuotaProject = content.type === 'authorized_user' && !content.quota_project_id && !system.env.GOOGLE_CLOUD_QUOTA_PROJECT;
  } catch {
    // unreadable: the Admin SDK will say what is wrong with it
  }
  return { ok: true, target: { emulated: false, credentials: adc, needsQuotaProject } };
}

function hasAdminClaims(user: UserRecord): boolean {
  const claims = user.customClaims ?? {};
  return claims.role === 'admin' && !('companyId' in claims) && !('preview' in claims) && !('previewBy' in claims);
}

function mirrorIsAdmin(profile: UserProfile | undefined): boolean {
  return profile?.role === 'admin' && profile.companyId === null && profile.status === 'active';
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  return `${typeof code === 'string' || typeof code === 'number' ? `${code}: ` : ''}${message.split('\n')[0]}`;
}

/** What to do about the usual failures against a real project. */
function hintFor(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = `${String(code)} ${String(message)}`;
  if (/permission|PERMISSION_DENIED|403/i.test(text)) {
    return ' (use credentials of an owner of the project: `gcloud auth application-default login` with that account)';
  }
  if (code === 5 || /NOT_FOUND.*database|database.*does not exist/i.test(text)) return ' (create the Firestore database first: README deploy step 3)';
  return '';
}

/** The command: returns the exit code; prints results on out, one refusal line on err. */
export async function runGrantAdmin(argv: string[], system: GrantAdminSystem): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    if (parsed.help) {
      system.out(USAGE);
      return EXIT.ok;
    }
    system.err(parsed.error);
    return EXIT.usage;
  }
  const { email, projectId, yes } = parsed.args;

  const checked = await checkTarget(projectId, system);
  if (!checked.ok) {
    system.err(checked.error);
    return EXIT.refused;
  }
  const { target } = checked;
  const where = target.emulated ? `${projectId} (emulators)` : projectId;

  let step = `connect to ${where}`;
  try {
    const deps = system.connect(projectId, target);

    step = `look up ${email} in ${where}`;
    let user: UserRecord;
    try {
      user = await deps.auth.getUserByEmail(email);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'auth/user-not-found') throw error;
      const app = system.appUrl(projectId, target);
      system.err(`No account with the email ${email} in ${where} yet: sign in once at ${app}/login with Google first, then run this again.`);
      return EXIT.refused;
    }
    const who = `${user.email ?? email} (uid ${user.uid})`;

    step = `read users/${user.uid} in ${where}`;
    const profile = (await deps.db.doc(paths.user(user.uid)).get()).data() as UserProfile | undefined;
    const claimed = hasAdminClaims(user);
    if (claimed && mirrorIsAdmin(profile)) {
      system.out(`${who} is already an admin of ${projectId}; nothing changed.`);
      return EXIT.ok;
    }

    if (!target.emulated && !yes) {
      const name = user.displayName ? ` "${user.displayName}"` : '';
      const ok = await system.confirm(`Make ${who}${name} an admin of ${projectId}? They get the whole console and their sessions are signed out. [y/N] `);
      if (!ok) {
        system.err(`Nothing changed in ${projectId}: not confirmed (answer y in a terminal, or add --yes).`);
        return EXIT.refused;
      }
    }

    step = `give ${email} the admin role in ${where}`;
    await applyAccessChange(deps, user, 'admin', null);
    system.out(
      claimed
        ? `${who} already had the admin claim in ${projectId}; users/${user.uid} now says so too. Their sessions were signed out: they sign in again to get the console.`
        : `${who} is now an admin of ${projectId}. Their sessions were signed out: they sign in again to get the console.`,
    );
    return EXIT.ok;
  } catch (error) {
    system.err(`Could not ${step}: ${firstLine(error)}${target.emulated ? '' : hintFor(error)}`);
    return EXIT.refused;
  }
}

/** APP_URL from a functions dotenv file, if it sets one. */
function dotenvAppUrl(file: string): string | null {
  if (!existsSync(file)) return null;
  const match = /^\s*APP_URL\s*=\s*["']?([^"'\s#]+)/m.exec(readFileSync(file, 'utf8'));
  return match?.[1] ?? null;
}

async function answers(host: string): Promise<boolean> {
  try {
    const res = await fetch(`http://${host}/`, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/** The real machine: environment, files, the Admin SDK, the terminal. `root` is the repository. */
export function nodeSystem(root: string): GrantAdminSystem & { close(): Promise<void> } {
  let app: App | null = null;
  return {
    env: process.env,
    platform: process.platform,
    homedir: homedir(),
    fileExists: existsSync,
    readFile: (path) => readFileSync(path, 'utf8'),
    reachable: answers,
    connect(projectId, target) {
      if (!target.emulated && target.needsQuotaProject) process.env.GOOGLE_CLOUD_QUOTA_PROJECT = projectId;
      const name = `grant-admin-${projectId}`;
      app = getApps().find((a) => a.name === name) ?? initializeApp({ projectId }, name);
      return { db: getFirestore(app), auth: getAuth(app), now: () => new Date() };
    },
    appUrl(projectId, target) {
      const files = target.emulated ? ['.env.local', `.env.${projectId}`, '.env'] : [`.env.${projectId}`, '.env'];
      for (const file of files) {
        const url = dotenvAppUrl(join(root, 'functions', file));
        if (url) return url.replace(/\/+$/, '');
      }
      return target.emulated ? 'http://localhost:5173' : `https://${projectId}.web.app`;
    },
    async confirm(question) {
      if (!process.stdin.isTTY) return false;
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return /^y(es)?$/i.test((await rl.question(question)).trim());
      } finally {
        rl.close();
      }
    },
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    async close() {
      if (app) await deleteApp(app);
    },
  };
}
