/**
 * The runtime values of the shared model (@model) the web app uses, imported from the model's
 * own modules rather than its index: the index also re-exports the callables' zod schemas, and
 * those would ride along into the login and portal bundles (zod calls at module top level cannot
 * be tree-shaken). Types still come from '@model'.
 */
export {
  CLIENT_VISIBLE_INVOICE_STATUSES,
  INVOICE_STATUSES,
  PROJECT_STATUSES,
  ROLES,
  TASK_PRIORITIES,
  TASK_STATUSES,
} from '../../../functions/src/model/enums';
export { LIMITS } from '../../../functions/src/model/limits';
export { notesPath, paths, repliesPath, threadParentPath } from '../../../functions/src/model/paths';
