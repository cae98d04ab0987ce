/** Enumerations of the data contract (DESIGN §3–4). Rules, functions, web and tests use these. */

export const ROLES = ['admin', 'staff', 'client'] as const;
export type Role = (typeof ROLES)[number];

export const COMPANY_STATUSES = ['lead', 'prospect', 'client', 'former'] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

export const PORTAL_ACCESS = ['none', 'invited', 'active', 'revoked'] as const;
export type PortalAccess = (typeof PORTAL_ACCESS)[number];

export const PROJECT_STATUSES = ['planned', 'active', 'on_hold', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_HEALTH = ['on_track', 'needs_attention', 'critical'] as const;
export type ProjectHealth = (typeof PROJECT_HEALTH)[number];

export const ENGAGEMENT_TYPES = ['fixed_fee', 'time_and_materials', 'retainer'] as const;
export type EngagementType = (typeof ENGAGEMENT_TYPES)[number];

export const TASK_STATUSES = ['todo', 'in_progress', 'in_review', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const AUTHOR_ROLES = ['client', 'staff'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

export const INVOICE_STATUSES = ['draft', 'pending', 'overdue', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** The invoice statuses a client may read; client queries must carry exactly this filter. */
export const CLIENT_VISIBLE_INVOICE_STATUSES = ['pending', 'overdue', 'paid'] as const satisfies readonly InvoiceStatus[];

export const LINE_ITEM_KINDS = ['hourly', 'fixed', 'expense'] as const;
export type LineItemKind = (typeof LINE_ITEM_KINDS)[number];

export const PAYMENT_PROVIDERS = ['stripe', 'manual'] as const;
export type PaymentProvider = (typeof PAYMENT_PROVIDERS)[number];

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'superseded'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const EXPENSE_CATEGORIES = ['software', 'hardware', 'travel', 'contractor', 'media', 'other'] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

/** ISO 4217 codes the product supports; amounts are integers in the currency's minor unit. */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** What an Outbox entry is about (derived from the mail document's id). */
export const MAIL_KINDS = ['invitation', 'task_done', 'invoice_issued', 'other'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/**
 * Delivery state of a queued email, as the Trigger Email extension records it in
 * `mail/{id}.delivery.state` (absent until the extension picks it up: `queued`).
 */
export const MAIL_STATES = ['queued', 'PENDING', 'PROCESSING', 'RETRY', 'SUCCESS', 'ERROR'] as const;
export type MailState = (typeof MAIL_STATES)[number];

/** What a client contact may see in the portal (claims `scopes`; absent = both). */
export const PORTAL_SCOPES = ['work', 'billing'] as const;
export type PortalScope = (typeof PORTAL_SCOPES)[number];

/** A client's request for new work: Submitted → Accepted / Declined, or withdrawn by the client. */
export const REQUEST_STATUSES = ['submitted', 'accepted', 'declined', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** A client's decision on a task in review. */
export const APPROVAL_DECISIONS = ['approved', 'changes_requested'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];
