/** outbox/{id} (DESIGN §4): the redacted mirror of mail/{id}; staff read, Functions write. */
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/outbox';
import { runMatrix } from './support/matrix';

useRulesEnv('outbox');

runMatrix(rows);
