#!/usr/bin/env node
// Runs the Firebase emulators offline (see README "How the emulators run").
//
//   node scripts/emulators.mjs start            emulators in the foreground
//   node scripts/emulators.mjs exec "<command>" run a command against fresh emulators
//
// Environment:
//   FIRESTORE_EMULATOR_JAR   another Cloud Firestore emulator jar to wrap
//   EMULATOR_PORT_OFFSET     shift every emulator port (to run two suites side by side)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const projectId = process.env.EMULATOR_PROJECT_ID || 'demo-agency-os';
const cacheDir = join(root, '.emulators');
const systemJar = '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar';
const mainClass = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';

function fail(message) {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

export function checkJava() {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    fail('Java 17 or newer is needed by the Firebase emulators and was not found: install a JDK (Debian: apt-get install -y openjdk-17-jre-headless) and put `java` on PATH.');
  }
  const match = /version "(\d+)/.exec(`${java.stderr}${java.stdout}`);
  const major = match ? Number(match[1]) : 0;
  if (major > 0 && major < 17) fail(`Java ${major} found; the Firebase emulators need Java 17 or newer.`);
}

/** Manifest lines are at most 72 bytes; longer ones continue on lines starting with a space. */
function wrapManifestLine(line) {
  const parts = [line.slice(0, 72)];
  for (let i = 72; i < line.length; i += 71) parts.push(` ${line.slice(i, i + 71)}`);
  return parts.join('\r\n');
}

/** A jar is a zip: write one holding only a manifest (stored, uncompressed). */
function writeManifestJar(file, manifest) {
  const name = Buffer.from('META-INF/MANIFEST.MF');
  const content = Buffer.from(manifest);
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + content.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  writeFileSync(file, Buffer.concat([local, name, content, central, name, end]));
}

/**
 * firebase-tools runs `java -jar $FIRESTORE_EMULATOR_BINARY_PATH`; the Cloud CLI's jar has no
 * Main-Class, so wrap it in a jar whose manifest names the class and puts it on the class path.
 * Returns the wrapper's path, or null when no jar is here (firebase-tools then downloads one).
 */
export function prepareFirestoreJar() {
  const candidate = process.env.FIRESTORE_EMULATOR_JAR || (existsSync(systemJar) ? systemJar : null);
  if (!candidate) {
    console.warn(
      'No Cloud Firestore emulator jar found (checked $FIRESTORE_EMULATOR_JAR and ' + systemJar + '):\n' +
        'firebase-tools will try to download its own. Offline, install Debian/Ubuntu package ' +
        'google-cloud-cli-firestore-emulator or set FIRESTORE_EMULATOR_JAR to the jar.',
    );
    return null;
  }
  const realJar = resolve(candidate);
  if (!existsSync(realJar)) fail(`FIRESTORE_EMULATOR_JAR points at ${realJar}, which does not exist.`);
  mkdirSync(cacheDir, { recursive: true });
  const wrapper = join(cacheDir, 'firestore-emulator.jar');
  const manifest = ['Manifest-Version: 1.0', `Main-Class: ${mainClass}`, `Class-Path: ${realJar}`]
    .map(wrapManifestLine)
    .join('\r\n') + '\r\n\r\n';
  const stamp = join(cacheDir, 'firestore-emulator.manifest');
  if (!existsSync(wrapper) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== manifest) {
    writeManifestJar(wrapper, manifest);
    writeFileSync(stamp, manifest);
  }
  return wrapper;
}

function readDotenvKeys(file) {
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split(/\r?\n/).map((line) => /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1]).filter(Boolean));
}

function ensureDotenv(file, header, values) {
  const have = readDotenvKeys(file);
  const missing = Object.entries(values).filter(([key]) => !have.has(key));
  if (missing.length === 0) return;
  const prefix = existsSync(file) ? (readFileSync(file, 'utf8').endsWith('\n') ? '' : '\n') : header;
  writeFileSync(file, `${existsSync(file) ? readFileSync(file, 'utf8') : ''}${prefix}${missing.map(([k, v]) => `${k}=${v}`).join('\n')}\n`);
}

/**
 * The Functions emulator prompts for any param without a value (even one with a default) and
 * needs the secrets' values: give it emulator-only files (git-ignored) when they are missing.
 * Values a developer put there are never changed.
 */
export function prepareFunctionsEnv() {
  ensureDotenv(join(root, 'functions', '.env.local'), '# Emulator-only params (git-ignored), written by scripts/emulators.mjs.\n', {
    APP_URL: 'http://localhost:5173',
  });
  ensureDotenv(join(root, 'functions', '.secret.local'), '# Emulator-only secrets (git-ignored), written by scripts/emulators.mjs with test placeholders.\n# Put your Stripe test keys here to use real Stripe locally.\n', {
    STRIPE_SECRET_KEY: 'sk_test_emulator_only_not_a_real_key',
    STRIPE_WEBHOOK_SECRET: 'whsec_emulator_only_test_secret',
  });
}

/** Ports from firebase.json, shifted by EMULATOR_PORT_OFFSET when set. */
export function emulatorConfig() {
  const offset = Number(process.env.EMULATOR_PORT_OFFSET || 0);
  const config = JSON.parse(readFileSync(join(root, 'firebase.json'), 'utf8'));
  if (!offset) return { file: join(root, 'firebase.json'), config, offset };
  for (const value of Object.values(config.emulators)) {
    if (value && typeof value === 'object' && typeof value.port === 'number') value.port += offset;
    if (value && typeof value === 'object' && typeof value.websocketPort === 'number') value.websocketPort += offset;
  }
  const file = join(root, `.firebase.offset-${offset}.json`);
  writeFileSync(file, JSON.stringify(config, null, 2));
  return { file, config, offset };
}

export function emulatorPorts() {
  const { config } = emulatorConfig();
  const e = config.emulators;
  return { auth: e.auth.port, firestore: e.firestore.port, functions: e.functions.port, hub: e.hub.port };
}

/** The environment firebase-tools and the Admin SDK need to talk to these emulators. */
export function emulatorEnv() {
  const ports = emulatorPorts();
  const jar = prepareFirestoreJar();
  return {
    ...process.env,
    ...(jar ? { FIRESTORE_EMULATOR_BINARY_PATH: jar } : {}),
    GCLOUD_PROJECT: projectId,
    FIREBASE_AUTH_EMULATOR_HOST: `127.0.0.1:${ports.auth}`,
    FIRESTORE_EMULATOR_HOST: `127.0.0.1:${ports.firestore}`,
    FUNCTIONS_EMULATOR_ORIGIN: `http://127.0.0.1:${ports.functions}`,
    FIREBASE_CLI_DISABLE_UPDATE_CHECK: 'true',
    METADATA_SERVER_DETECTION: 'none',
    // The Firestore emulator is short-lived: C1-only JIT and the serial GC cut its CPU by a third.
    JAVA_TOOL_OPTIONS: process.env.JAVA_TOOL_OPTIONS ?? '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC',
    NO_UPDATE_NOTIFIER: '1',
    // Loading the functions' code to list them may take longer than firebase-tools' 10 s on a
    // busy 2-core machine (then no function runs at all): allow a minute.
    FUNCTIONS_DISCOVERY_TIMEOUT: process.env.FUNCTIONS_DISCOVERY_TIMEOUT ?? '60',
  };
}

export function firebaseArgs(command) {
  const { file } = emulatorConfig();
  return [join(root, 'node_modules', 'firebase-tools', 'lib', 'bin', 'firebase.js'), ...command, '--project', projectId, '--config', file];
}

/** Spawn firebase-tools with the prepared environment; resolves with its exit code. */
export function runFirebase(command, options = {}) {
  checkJava();
  if (ONLY.includes('functions') && !existsSync(join(root, 'functions', 'lib', 'index.js'))) {
    fail('functions/lib/index.js is missing: run `npm run build -w functions` first.');
  }
  if (ONLY.includes('functions')) prepareFunctionsEnv();
  const child = spawn(process.execPath, firebaseArgs(command), {
    cwd: root,
    env: emulatorEnv(),
    stdio: 'inherit',
    ...options,
  });
  return { child, done: new Promise((res) => child.on('exit', (code, signal) => res(code ?? (signal ? 1 : 0)))) };
}

export const ONLY = process.env.EMULATORS_ONLY || 'auth,firestore,functions';

async function main() {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === 'start') {
    const { child, done } = runFirebase(['emulators:start', '--only', ONLY]);
    const stop = () => child.kill('SIGINT');
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    process.exit(await done);
  } else if (mode === 'exec' && rest.length > 0) {
    const { done } = runFirebase(['emulators:exec', '--only', ONLY, rest.join(' ')]);
    process.exit(await done);
  } else {
    console.error('usage: node scripts/emulators.mjs start | exec "<command>"');
    process.exit(2);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
