// The data contract, free of zod (so the portal and login bundles can import its values); the
// zod schemas of callable inputs live in ./schemas, imported by Functions and the console's forms.
// Explicit runtime re-exports (not `export *`) so Node's ESM loader can see the names of this
// CommonJS package when scripts import it through tsx.
export {
  APPROVAL_DECISIONS,
  AUTHOR_ROLES,
  CLIENT_VISIBLE_INVOICE_STATUSES,
  COMPANY_STATUSES,
  CURRENCIES,
  ENGAGEMENT_TYPES,
  EXPENSE_CATEGORIES,
  INVITATION_STATUSES,
  INVOICE_STATUSES,
  LINE_ITEM_KINDS,
  MAIL_KINDS,
  MAIL_STATES,
  PAYMENT_PROVIDERS,
  PORTAL_ACCESS,
  PORTAL_SCOPES,
  PROJECT_HEALTH,
  PROJECT_STATUSES,
  REQUEST_STATUSES,
  ROLES,
  TASK_PRIORITIES,
  TASK_STATUSES,
  USER_STATUSES,
} from './enums';
export type * from './enums';
export type * from './documents';
export { ID_CHARS, isSafeId, LIMITS, RESERVED_ID, TEAM_MEMBERS_ADDED_PER_WRITE } from './limits';
export { formatCalendarDate, formatMoney, todayIso } from './format';
export { approvalId, notesPath, paths, repliesPath, threadParentPath } from './paths';
export type { ThreadParent } from './paths';
export {
  CHECKOUT_RETURN_PARAM,
  CHECKOUT_RETURN_VALUES,
  PAYABLE_INVOICE_STATUSES,
  STRIPE_EVENT_OUTCOMES,
  checkoutClientReference,
  checkoutReturnPath,
  invoiceBalance,
  isInvoicePayable,
  stripePaymentId,
} from './billing';
export type * from './billing';
export {
  INVITATION_REFUSALS,
  PREVIEW_MAX_AGE_SECONDS,
  previewUid,
} from './callables';
export type * from './callables';
export type * from './schemas';
export { ROLLUP_KINDS, STAFF_ROLLUP_KINDS, isoWeekStart, rollupIds } from './rollups';
export type * from './rollups';
export { SEARCH_KINDS, SEARCH_PREFIX_MAX, SEARCH_TOKENS_MAX, normalizeSearchText, searchEntryId, searchQueryToken, searchTokens, searchWords } from './search';
export type * from './search';
