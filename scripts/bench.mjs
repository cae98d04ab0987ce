#!/usr/bin/env node
// `npm run bench`: builds the functions, then runs bench/run.ts inside the emulators
// (auth, firestore, functions). Writes bench/results.json and prints the table.
import { spawnSync } from 'node:child_process';
import { ONLY, root, runFirebase } from './emulators.mjs';

const build = spawnSync('npm', ['run', 'build', '-w', 'functions', '--silent'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const { done } = runFirebase(['emulators:exec', '--only', ONLY, 'npx tsx --tsconfig bench/tsconfig.json bench/run.ts']);
process.exit(await done);
