/** Turns Firebase errors into words a client can act on. No Firebase import: codes are strings. */

export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    // Firestore codes are bare ("permission-denied"); Auth and Functions prefix theirs.
    return (error as { code: string }).code.replace(/^(auth|functions|firestore)\//, '');
  }
  return '';
}

/** A denied read of a single document means "not here for you": show the not-found page. */
export function isNotFoundError(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'permission-denied' || code === 'not-found';
}

export function describeError(error: unknown): string {
  switch (errorCode(error)) {
    case 'permission-denied':
      return "You don't have access to this. If you think you should, ask your agency.";
    case 'unavailable':
    case 'network-request-failed':
      return "We couldn't reach the server. Check your connection and try again.";
    case 'unauthenticated':
    case 'user-token-expired':
      return 'Your session has expired. Please sign in again.';
    case 'failed-precondition':
      // Not a passing problem (e.g. a missing index): another try gets the same answer.
      return 'The server cannot answer this: something it needs, such as a database index, is not set up yet. Trying again will not help; please let the agency know.';
    case 'resource-exhausted':
    case 'deadline-exceeded':
      return 'The server could not answer right now. Please try again in a moment.';
    case 'popup-closed-by-user':
    case 'cancelled-popup-request':
      return 'The sign-in window was closed before you finished.';
    case 'popup-blocked':
      return 'Your browser blocked the sign-in window. Allow pop-ups for this site and try again.';
    case 'invalid-action-code':
    case 'expired-action-code':
      return 'This sign-in link has expired or was already used. Ask for a new invitation email.';
    case 'invalid-email':
      return 'That email address does not look right.';
    case 'user-disabled':
      return 'This account has been disabled. Ask your agency for help.';
    default:
      return error instanceof Error && error.message && !/^Firebase/.test(error.message)
        ? error.message
        : 'Something went wrong. Please try again.';
  }
}
