/**
 * Inputs (zod schemas) and outputs of the access callables (DESIGN §5): inviteUser,
 * acceptInvitation, setUserAccess, startPreview. The functions validate with these; the web app
 * imports them through '@model' to type its calls (and may validate forms with them).
 * Every schema is strict: an unknown key (say, a `role` slipped into acceptInvitation) is refused.
 */
import type { PortalScope, Role } from './enums';

export interface InviteUserResult {
  invitationId: string;
  email: string;
  role: Role;
  /** ISO date-time */
  expiresAt: string;
  /** `outbox/{mailId}` shows the invitation email (without its link) to staff. */
  mailId: string;
}

export interface AcceptInvitationResult {
  invitationId: string;
  role: Role;
  companyId: string | null;
}

/** Why acceptInvitation refused, in `HttpsError.details.reason`, for the web app to branch on. */
export const INVITATION_REFUSALS = [
  'not-invited',
  'wrong-email',
  'used',
  'superseded',
  'revoked',
  'expired',
  'no-access',
  'unverified-email',
  /** staff and admin invitations are accepted with Google only (an email link is a bearer token) */
  'google-required',
  /** the account already has another role or company: an admin changes it, not an invitation */
  'has-access',
] as const;
export type InvitationRefusal = (typeof INVITATION_REFUSALS)[number];

export interface SetUserAccessResult {
  uid: string;
  role: Role | null;
  companyId: string | null;
  status: 'active' | 'disabled';
  /** Always true: the person's sessions end and they sign in again with the new access. */
  tokensRevoked: true;
}

export interface StartPreviewResult {
  /** A custom token: sign it into a second Firebase app instance (signInWithCustomToken). */
  token: string;
  /** `preview:<staffUid>:<companyId>` */
  uid: string;
  companyId: string;
  companyName: string;
  /** With `contactId`: whose view this is, and the portal areas the token carries (absent = both). */
  contactId?: string;
  contactName?: string;
  scopes?: PortalScope[];
}

/**
 * A "View as" session lasts this long from its sign-in (`auth_time`), whatever its token
 * refreshes: the rules refuse an older preview token (firestore.rules, isPreviewFresh).
 */
export const PREVIEW_MAX_AGE_SECONDS = 60 * 60;

export function previewUid(staffUid: string, companyId: string): string {
  return `preview:${staffUid}:${companyId}`;
}

export interface SaveInvoiceDraftResult {
  invoiceId: string;
  created: boolean;
}

export interface DecideRequestResult {
  /** The task an accepted request became (absent when declined). */
  taskId?: string;
  /**
   * The request already had this decision (a second click, or a colleague was quicker): nothing
   * changed, and an accepted request returns the task it became the first time.
   */
  alreadyDecided?: true;
}

export interface SetContactScopesResult {
  scopes: PortalScope[];
  /** The contact's portal account got the new scopes at once (claims and users doc). */
  accountUpdated: boolean;
}
