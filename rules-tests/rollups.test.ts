/** rollups: see matrix/rollups.ts for who may do what. */
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/rollups';
import { runMatrix } from './support/matrix';

useRulesEnv('rollups');

runMatrix(rows);
