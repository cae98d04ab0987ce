/**
 * Inputs (zod schemas) and outputs of the access callables (DESIGN §5): inviteUser,
 * acceptInvitation, setUserAccess, startPreview. The functions validate with these; the web app
 * imports them through '@model' to type its calls (and may validate forms with them).
 * Every schema is strict: an unknown key (say, a `role` slipped into acceptInvitation) is refused.
 */
import { z } from 'zod';
import { CURRENCIES, LINE_ITEM_KINDS, type Role } from './enums';
import { LIMITS } from './limits';
import { docId } from './ids';

/**
 * `inviteUser`: either a contact of a client company (staff or admin may send it; the email is
 * the contact's), or a new member of the agency (admin only).
 */
export const inviteUserInput = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('client'), companyId: docId, contactId: docId }),
  z.strictObject({
    role: z.enum(['staff', 'admin']),
    email: z.email().max(254),
    displayName: z.string().trim().min(1).max(200).optional(),
  }),
]);
export type InviteUserInput = z.input<typeof inviteUserInput>;

export interface InviteUserResult {
  invitationId: string;
  email: string;
  role: Role;
  /** ISO date-time */
  expiresAt: string;
  /** `outbox/{mailId}` shows the invitation email (without its link) to staff. */
  mailId: string;
}

/**
 * `resendInvitation`: send an invitation again (a new invitation with a new link replaces it).
 * Staff may resend client invitations, admins any; a contact whose access an admin revoked is
 * re-invited by an admin only.
 */
export const resendInvitationInput = z.strictObject({ invitationId: docId });
export type ResendInvitationInput = z.input<typeof resendInvitationInput>;

/**
 * `acceptInvitation`: called right after sign-in. With the `invite` query parameter of the
 * invitation link it binds that invitation; without it, the pending invitation for the caller's
 * verified email (e.g. after "Continue with Google").
 */
export const acceptInvitationInput = z.strictObject({ invitationId: docId.optional() });
export type AcceptInvitationInput = z.input<typeof acceptInvitationInput>;

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

/** `setUserAccess` (admin): give someone a role (a client role names its company), or revoke. */
export const setUserAccessInput = z.discriminatedUnion('action', [
  z
    .strictObject({
      action: z.literal('change'),
      uid: docId,
      role: z.enum(['admin', 'staff', 'client']),
      companyId: docId.nullable().default(null),
    })
    .superRefine((value, ctx) => {
      if (value.role === 'client' && !value.companyId) {
        ctx.addIssue({ code: 'custom', path: ['companyId'], message: 'a client needs the company whose portal they see' });
      }
      if (value.role !== 'client' && value.companyId) {
        ctx.addIssue({ code: 'custom', path: ['companyId'], message: 'only clients belong to a company' });
      }
    }),
  z.strictObject({ action: z.literal('revoke'), uid: docId }),
]);
export type SetUserAccessInput = z.input<typeof setUserAccessInput>;

export interface SetUserAccessResult {
  uid: string;
  role: Role | null;
  companyId: string | null;
  status: 'active' | 'disabled';
  /** Always true: the person's sessions end and they sign in again with the new access. */
  tokensRevoked: true;
}

/** `startPreview` ("View as"): the company whose portal a staff member wants to see. */
export const startPreviewInput = z.strictObject({ companyId: docId });
export type StartPreviewInput = z.input<typeof startPreviewInput>;

export interface StartPreviewResult {
  /** A custom token: sign it into a second Firebase app instance (signInWithCustomToken). */
  token: string;
  /** `preview:<staffUid>:<companyId>` */
  uid: string;
  companyId: string;
  companyName: string;
}

/**
 * A "View as" session lasts this long from its sign-in (`auth_time`), whatever its token
 * refreshes: the rules refuse an older preview token (firestore.rules, isPreviewFresh).
 */
export const PREVIEW_MAX_AGE_SECONDS = 60 * 60;

export function previewUid(staffUid: string, companyId: string): string {
  return `preview:${staffUid}:${companyId}`;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');
const minor = z.number().int().min(-LIMITS.money).max(LIMITS.money);

/** One invoice line as the editor sends it (rules: isLineItem). */
export const invoiceLineInput = z.strictObject({
  description: z.string().trim().min(1).max(LIMITS.shortText).refine((s) => !/[\r\n]/.test(s), 'must be one line'),
  quantity: z.number().positive().max(100_000),
  unitAmount: minor,
  kind: z.enum(LINE_ITEM_KINDS),
});

/**
 * `saveInvoiceDraft` (admin): create a draft, or save a draft's content — every line checked,
 * up to LIMITS.lineItems (the rules can check only a few lines per direct write). Totals must
 * add up: subtotal = Σ round(quantity × unitAmount), total = subtotal + tax.
 */
export const saveInvoiceDraftInput = z
  .strictObject({
    companyId: docId,
    invoiceId: docId.optional(),
    number: z.string().trim().min(1).max(40),
    issueDate: isoDate,
    dueDate: isoDate,
    currency: z.enum(CURRENCIES),
    lineItems: z.array(invoiceLineInput).max(LIMITS.lineItems),
    subtotal: minor.min(0),
    tax: minor.min(0),
    total: minor.min(0),
  })
  .superRefine((value, ctx) => {
    if (value.dueDate < value.issueDate) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'must be on or after the issue date' });
    const subtotal = value.lineItems.reduce((sum, item) => sum + Math.round(item.quantity * item.unitAmount), 0);
    if (subtotal !== value.subtotal) ctx.addIssue({ code: 'custom', path: ['subtotal'], message: `must be the sum of the lines (${subtotal})` });
    if (value.total !== value.subtotal + value.tax) ctx.addIssue({ code: 'custom', path: ['total'], message: 'must be subtotal + tax' });
  });
export type SaveInvoiceDraftInput = z.input<typeof saveInvoiceDraftInput>;

export interface SaveInvoiceDraftResult {
  invoiceId: string;
  created: boolean;
}
