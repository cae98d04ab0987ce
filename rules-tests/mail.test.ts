/**
 * mail/{id} (DESIGN §4): the Trigger Email queue. It holds bearer sign-in links, so only Cloud
 * Functions read or write it — no browser, not even staff's (they read the redacted outbox).
 */
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/mail';
import { runMatrix } from './support/matrix';

useRulesEnv('mail');

runMatrix(rows);
