#!/usr/bin/env node
// `npm run bench:lighthouse`: bench/lighthouse-pages.ts inside the emulators — Lighthouse alone, every
// portal page, mobile and desktop, with each run's metrics.
import { ONLY, runFirebase } from './emulators.mjs';

const { done } = runFirebase(['emulators:exec', '--only', ONLY, 'npx tsx --tsconfig bench/tsconfig.json bench/lighthouse-pages.ts']);
process.exit(await done);
