/** searchIndex: see matrix/searchIndex.ts for who may do what. */
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/searchIndex';
import { runMatrix } from './support/matrix';

useRulesEnv('searchIndex');

runMatrix(rows);
