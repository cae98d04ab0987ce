/**
 * `npm run grant-admin -- <email> --project <project-id> [--yes]`: gives an account that signed in
 * once the admin role (README "Deploy to a real Firebase project", step 8). The logic, checks and
 * messages live in functions/src/access/grantAdmin.ts (tested against the emulators).
 */
import { fileURLToPath } from 'node:url';
import { nodeSystem, runGrantAdmin } from '../functions/src/access/grantAdmin';

const system = nodeSystem(fileURLToPath(new URL('..', import.meta.url)));
process.exitCode = await runGrantAdmin(process.argv.slice(2), system);
await system.close();
