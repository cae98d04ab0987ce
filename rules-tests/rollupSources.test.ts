/** rollupSources: see matrix/rollupSources.ts for who may do what. */
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/rollupSources';
import { runMatrix } from './support/matrix';

useRulesEnv('rollupSources');

runMatrix(rows);
