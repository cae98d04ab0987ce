#!/usr/bin/env node
// `npm run bench:scale`: builds the functions, then runs bench/scale.ts inside the emulators
// (auth, firestore, functions): every portal and console page on the seeded demo and on a grown
// agency. Writes the `scale` section of bench/results.json and prints the table.
// SCALE_RUNS=n sets the views per page (median; default 3).
import { spawnSync } from 'node:child_process';
import { ONLY, root, runFirebase } from './emulators.mjs';

// Turning the triggers back on reloads the functions: give a busy machine more than 10 s for it.
process.env.FUNCTIONS_DISCOVERY_TIMEOUT ||= '60';
const build = spawnSync('npm', ['run', 'build', '-w', 'functions', '--silent'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const { done } = runFirebase(['emulators:exec', '--only', ONLY, 'npx tsx --tsconfig bench/tsconfig.json bench/scale.ts']);
process.exit(await done);
