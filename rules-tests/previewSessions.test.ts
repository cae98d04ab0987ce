/**
 * previewSessions/{uid} (DESIGN §3, §5): every "View as" account startPreview minted, so that
 * setUserAccess can end them with their staff member's access. Functions only.
 */
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/previewSessions';
import { runMatrix } from './support/matrix';

useRulesEnv('previewSessions');

runMatrix(rows);
