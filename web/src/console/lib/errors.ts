/** Words for a failed console action: the function's refusal as written, or the Firestore reason. */
import { describeError, errorCode } from '../../lib/errors';
import { CallableError } from './callables';

export function actionError(error: unknown): string {
  if (error instanceof CallableError) return error.message;
  switch (errorCode(error)) {
    case 'permission-denied':
      return 'The database refused this change (permission denied). Your role may not allow it, or a field is not valid.';
    case 'not-found':
      return 'This record no longer exists: someone may have deleted it.';
    default:
      return describeError(error);
  }
}
