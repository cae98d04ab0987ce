/**
 * The zod schemas of what callables and the webhook accept (DESIGN §5). Kept apart from the
 * zod-free contract (index.ts) so the portal and the login page can import the model's values
 * without bundling zod; Cloud Functions and the console's forms import these.
 * Every schema is strict: an unknown key (say, a `role` slipped into acceptInvitation) is refused.
 */
import { z } from 'zod';
import { CURRENCIES, LINE_ITEM_KINDS, PORTAL_SCOPES } from './enums';
import { isSafeId, LIMITS } from './limits';

/**
 * A Firestore document id from outside: trimmed, 1–128 characters (ours are far shorter; the
 * cap keeps what a caller sends small), of the characters the rules' `isId` accepts (ID_CHARS).
 */
export const docId = z
  .string()
  .trim()
  .min(1)
  .max(128)
  .refine(isSafeId, 'must be a document id');

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');
const minor = z.number().int().min(-LIMITS.money).max(LIMITS.money);

/**
 * The portal areas a client contact gets: a non-empty subset of PORTAL_SCOPES, each at most once,
 * returned in PORTAL_SCOPES order (['billing', 'work'] becomes ['work', 'billing']).
 */
export const portalScopesInput = z
  .array(z.enum(PORTAL_SCOPES))
  .min(1, 'choose at least one portal area')
  .max(PORTAL_SCOPES.length)
  .refine((list) => new Set(list).size === list.length, 'each portal area at most once')
  .transform((list) => PORTAL_SCOPES.filter((scope) => list.includes(scope)));

/** Input of `createInvoiceCheckout`. The company is explicit so a mismatch is refused, not guessed. */
export const createInvoiceCheckoutInput = z.strictObject({
  companyId: docId,
  invoiceId: docId,
});
export type CreateInvoiceCheckoutInput = z.infer<typeof createInvoiceCheckoutInput>;

/**
 * `inviteUser`: either a contact of a client company (staff or admin may send it; the email is
 * the contact's), or a new member of the agency (admin only).
 */
export const inviteUserInput = z.discriminatedUnion('role', [
  z.strictObject({
    role: z.literal('client'),
    companyId: docId,
    contactId: docId,
    /** the portal areas the contact gets (absent = both); stored on the invitation and the contact */
    scopes: portalScopesInput.optional(),
  }),
  z.strictObject({
    role: z.enum(['staff', 'admin']),
    email: z.email().max(254),
    displayName: z.string().trim().min(1).max(200).optional(),
  }),
]);
export type InviteUserInput = z.input<typeof inviteUserInput>;

/**
 * `acceptInvitation`: called right after sign-in. With the `invite` query parameter of the
 * invitation link it binds that invitation; without it, the pending invitation for the caller's
 * verified email (e.g. after "Continue with Google").
 */
export const acceptInvitationInput = z.strictObject({ invitationId: docId.optional() });
export type AcceptInvitationInput = z.input<typeof acceptInvitationInput>;

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

/**
 * `startPreview` ("View as"): the company whose portal a staff member wants to see; with
 * `contactId`, as that contact sees it (the preview token carries the contact's `scopes`).
 */
export const startPreviewInput = z.strictObject({ companyId: docId, contactId: docId.optional() });
export type StartPreviewInput = z.input<typeof startPreviewInput>;

/**
 * `resendInvitation`: send an invitation again (a new invitation with a new link replaces it).
 * Staff may resend client invitations, admins any; a contact whose access an admin revoked is
 * re-invited by an admin only.
 */
export const resendInvitationInput = z.strictObject({ invitationId: docId });
export type ResendInvitationInput = z.input<typeof resendInvitationInput>;

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

/**
 * `decideRequest` (staff, admin): accept a client's submitted request (creates its task, in the
 * request's project or `projectId` when the request names none) or decline it with a reason the
 * client reads. `reason` is optional on accept (a note to the client), required on decline.
 */
export const decideRequestInput = z
  .strictObject({
    companyId: docId,
    requestId: docId,
    decision: z.enum(['accept', 'decline']),
    reason: z.string().trim().max(LIMITS.decisionReason).optional(),
    projectId: docId.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'decline' && !value.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'say why the request is declined (the client reads it)' });
    }
  });
export type DecideRequestInput = z.input<typeof decideRequestInput>;

/**
 * `setContactScopes` (staff for a client company's contacts, admin any): which portal areas a
 * contact may see. Applies at once to a contact with an active portal account (claims, users doc;
 * narrowing signs their sessions out).
 */
export const setContactScopesInput = z.strictObject({
  companyId: docId,
  contactId: docId,
  scopes: portalScopesInput,
});
export type SetContactScopesInput = z.input<typeof setContactScopesInput>;
