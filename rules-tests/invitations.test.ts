/** invitations/{id} (DESIGN §4–5): staff read; only inviteUser / acceptInvitation (Functions) write. */
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/invitations';
import { runMatrix } from './support/matrix';

useRulesEnv('invitations');

runMatrix(rows);
