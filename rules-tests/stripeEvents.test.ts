/** stripeEvents/{eventId} (DESIGN §4–5): Stripe idempotency records, Functions only — no user reads or writes. */
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/stripeEvents';
import { runMatrix } from './support/matrix';

useRulesEnv('stripeEvents');

runMatrix(rows);
