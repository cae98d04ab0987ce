#!/usr/bin/env node
// `npm start`: emulators (auth, firestore, functions) + demo data + the web app on Vite.
// Ctrl-C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { emulatorEnv, emulatorPorts, projectId, root, runFirebase, ONLY } from './emulators.mjs';

const WEB_URL = 'http://localhost:5173';
const children = new Set();
let stopping = false;

function step(message) {
  console.log(`\n▸ ${message}`);
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

async function waitForPorts(ports, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('the emulators exited while starting (see .emulators/emulators.log)');
    const open = await Promise.all(ports.map(portOpen));
    if (open.every(Boolean)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the emulators did not open ports ${ports.join(', ')} within ${timeoutMs / 1000}s (see .emulators/emulators.log)`);
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  for (const child of [...children].reverse()) {
    // Children run in their own process groups (so a terminal's Ctrl-C reaches only us and each
    // gets exactly one SIGINT: firebase-tools force-quits on a second one and can orphan Java).
    if (child.exitCode === null) {
      try { process.kill(-child.pid, 'SIGINT'); } catch { child.kill('SIGINT'); }
    }
  }
  await Promise.all([...children].map((child) => (child.exitCode !== null ? null : new Promise((r) => child.once('exit', r)))));
  process.exit(code);
}

async function main() {
  step('Building Cloud Functions');
  const build = spawnSync('npm', ['run', 'build', '-w', 'functions'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const ports = emulatorPorts();
  const busy = (await Promise.all([ports.auth, ports.firestore, ports.functions].map(portOpen))).some(Boolean);
  if (busy) {
    console.error(`\n✖ Ports ${ports.auth}/${ports.firestore}/${ports.functions} are in use: is another \`npm start\` running? Stop it first.`);
    process.exit(1);
  }

  step(`Starting emulators (${ONLY}); log: .emulators/emulators.log`);
  mkdirSync(join(root, '.emulators'), { recursive: true });
  const log = createWriteStream(join(root, '.emulators', 'emulators.log'));
  const emulators = runFirebase(['emulators:start', '--only', ONLY], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.add(emulators.child);
  emulators.child.stdout.pipe(log);
  emulators.child.stderr.pipe(log);
  // The ports open before the Functions emulator has registered its triggers: seeding then would
  // leave the demo without its rollups and search index. Firebase says when all is loaded.
  const ready = new Promise((resolve) => {
    let seen = '';
    emulators.child.stdout.on('data', (chunk) => {
      seen = (seen + String(chunk)).slice(-4096);
      if (seen.includes('All emulators ready')) resolve(undefined);
    });
  });
  emulators.done.then((code) => { if (!stopping) { console.error(`Emulators exited (${code}); see .emulators/emulators.log`); void shutdown(code || 1); } });
  await waitForPorts([ports.auth, ports.firestore, ports.functions], 120_000, () => emulators.child.exitCode === null);
  await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, 120_000))]);

  step('Seeding demo data');
  const env = emulatorEnv();
  const seed = spawnSync('npm', ['run', 'seed'], { cwd: root, stdio: 'inherit', env });
  if (seed.status !== 0) return shutdown(1);

  step('Starting the web app');
  const web = spawn('npx', ['vite', '--clearScreen', 'false'], {
    cwd: join(root, 'web'),
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
    env: {
      ...env,
      VITE_PROJECT_ID: projectId,
      VITE_AUTH_EMULATOR: `127.0.0.1:${ports.auth}`,
      VITE_FIRESTORE_EMULATOR: `127.0.0.1:${ports.firestore}`,
      VITE_FUNCTIONS_EMULATOR: `127.0.0.1:${ports.functions}`,
    },
  });
  children.add(web);
  web.on('exit', (code) => { if (!stopping) void shutdown(code || 1); });
  let announced = false;
  web.stdout.on('data', (chunk) => {
    if (announced) return void process.stdout.write(chunk);
    if (!String(chunk).includes('Local')) return;
    announced = true;
    console.log(`
  Agency OS is running: ${WEB_URL}

  Demo accounts (Continue with Google → pick one):
    ada@northwind.test   admin   — staff console, everything
    sam@northwind.test   staff   — staff console, no rates or settings
    carol@acme.test      client  — Acme Corp's portal
    bill@acme.test       client  — Acme Corp's portal, invoices only (billing scope)
    gina@globex.test     client  — Globex's portal

  Emulators: auth 127.0.0.1:${ports.auth} · firestore 127.0.0.1:${ports.firestore} · functions 127.0.0.1:${ports.functions}
  Press Ctrl-C to stop.
`);
  });
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
  void shutdown(1);
});
