/**
 * The access callables (DESIGN §5) as typed functions. A refusal keeps the sentence the function
 * wrote (HttpsError message) so the person reads exactly why, e.g. "Set Initech's status to
 * Client before inviting its contacts."
 */
import type { FirebaseApp } from 'firebase/app';
import type {
  DecideRequestInput,
  DecideRequestResult,
  InviteUserInput,
  InviteUserResult,
  RebuildRollupsResult,
  ResendInvitationInput,
  SaveInvoiceDraftInput,
  SaveInvoiceDraftResult,
  SetContactScopesInput,
  SetContactScopesResult,
  SetUserAccessInput,
  SetUserAccessResult,
  StartPreviewInput,
  StartPreviewResult,
  StripeStatus,
} from '@model';
import { errorCode } from '../../lib/errors';
import { callFunction } from '../../lib/functions';

export class CallableError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'CallableError';
  }
}

const GENERIC: Record<string, string> = {
  internal: 'The server hit an error. Please try again in a moment.',
  unavailable: "We couldn't reach the server. Check your connection and try again.",
  'deadline-exceeded': 'The server took too long to answer. Please try again.',
  unauthenticated: 'Your session has expired. Please sign in again.',
  'permission-denied': "You don't have permission to do that.",
  'not-found': 'That function is not available on the server.',
};

/** The message to show for a failed call: the function's own words when it gave some. */
export function callableMessage(error: unknown): string {
  const code = errorCode(error);
  // The SDK appends the HTTP status ("… [400]"): not for people.
  const message = error instanceof Error ? error.message.trim().replace(/\s*\[\d{3}\]$/, '') : '';
  // The SDK uses the bare code (e.g. "INTERNAL", "not-found") as the message when the server
  // gave none; that is not a sentence for a person.
  const isBare = !message || message.toLowerCase().replace(/_/g, '-') === code || /^Firebase/.test(message);
  if (!isBare) return message.split('\n')[0]!;
  return GENERIC[code] ?? 'Something went wrong. Please try again.';
}

async function call<Req, Res>(app: FirebaseApp, name: string, data: Req): Promise<Res> {
  try {
    return await callFunction<Req, Res>(app, name, data);
  } catch (error) {
    throw new CallableError(callableMessage(error), errorCode(error));
  }
}

export const inviteUser = (app: FirebaseApp, input: InviteUserInput) => call<InviteUserInput, InviteUserResult>(app, 'inviteUser', input);

export const resendInvitation = (app: FirebaseApp, input: ResendInvitationInput) =>
  call<ResendInvitationInput, InviteUserResult>(app, 'resendInvitation', input);

export const saveInvoiceDraft = (app: FirebaseApp, input: SaveInvoiceDraftInput) =>
  call<SaveInvoiceDraftInput, SaveInvoiceDraftResult>(app, 'saveInvoiceDraft', input);

export const setUserAccess = (app: FirebaseApp, input: SetUserAccessInput) =>
  call<SetUserAccessInput, SetUserAccessResult>(app, 'setUserAccess', input);

export const startPreview = (app: FirebaseApp, input: StartPreviewInput) =>
  call<StartPreviewInput, StartPreviewResult>(app, 'startPreview', input);

export const getStripeStatus = (app: FirebaseApp) => call<Record<string, never>, StripeStatus>(app, 'getStripeStatus', {});

/** Accept a client's request (creates its task; a project when the request has none) or decline it with a reason. */
export const decideRequest = (app: FirebaseApp, input: DecideRequestInput) => call<DecideRequestInput, DecideRequestResult>(app, 'decideRequest', input);

/** Which portal areas a contact sees (applies at once to their account). */
export const setContactScopes = (app: FirebaseApp, input: SetContactScopesInput) =>
  call<SetContactScopesInput, SetContactScopesResult>(app, 'setContactScopes', input);

/** Admin: recompute every rollup from the time entries, expenses, invoices and payments. */
export const rebuildRollups = (app: FirebaseApp) => call<Record<string, never>, RebuildRollupsResult>(app, 'rebuildRollups', {});

/** Admin: rewrite the search index from the companies, projects and tasks. */
export const rebuildSearchIndex = (app: FirebaseApp) => call<Record<string, never>, { entries: number; removed: number }>(app, 'rebuildSearchIndex', {});
