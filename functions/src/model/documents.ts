/**
 * Firestore document shapes (DESIGN §4), defined once for web, functions, seed and tests.
 * Timestamps are typed structurally so both the web SDK and the Admin SDK satisfy them.
 * Calendar dates (due dates, project dates) are ISO `YYYY-MM-DD` strings: no time zone drift.
 */
import type {
  AuthorRole,
  CompanyStatus,
  Currency,
  EngagementType,
  ExpenseCategory,
  InvitationStatus,
  InvoiceStatus,
  LineItemKind,
  MailKind,
  MailState,
  ApprovalDecision,
  PaymentProvider,
  PortalAccess,
  PortalScope,
  RequestStatus,
  ProjectHealth,
  ProjectStatus,
  Role,
  TaskPriority,
  TaskStatus,
  UserStatus,
} from './enums';

export interface TimestampLike {
  readonly seconds: number;
  readonly nanoseconds: number;
  toDate(): Date;
  toMillis(): number;
}

/** `YYYY-MM-DD` */
export type IsoDate = string;

/** A document as read, with its id. */
export type WithId<T> = T & { readonly id: string };

export interface Branding {
  agencyName: string;
  logoUrl: string;
  primaryColor: string;
  accentColor: string;
  customDomain: string;
}

export interface PortalCard {
  title: string;
  description: string;
  link: string;
}

export interface PortalSettings {
  welcomeMessage: string;
  cards: PortalCard[];
  meetingUrl: string;
  paymentsEnabled: boolean;
}

export interface UserProfile {
  displayName: string;
  email: string;
  role: Role | null;
  companyId: string | null;
  status: UserStatus;
  /** Clients only: the portal areas this contact may see (mirror of the `scopes` claim; absent = both). */
  scopes?: PortalScope[];
  createdAt: TimestampLike;
  /** Set by acceptInvitation / setUserAccess: a changed value means the claims changed (reload them). */
  updatedAt?: TimestampLike;
}

export interface StaffMember {
  displayName: string;
  title: string;
  skills: string[];
  capacityHoursPerWeek: number;
  active: boolean;
}

export interface StaffRate {
  /** minor units per hour */
  hourlyRate: number;
  costRate: number;
  currency: Currency;
}

export interface Company {
  name: string;
  status: CompanyStatus;
  website: string;
  logoUrl: string;
  createdAt: TimestampLike;
}

export interface CompanyCrm {
  dealValue: number;
  source: string;
  stage: string;
  ownerUid: string;
  lastInteractionAt: TimestampLike | null;
}

export interface Contact {
  name: string;
  email: string;
  phone: string;
  title: string;
  portal: PortalAccess;
  uid: string | null;
  /** The portal areas this contact gets (set at invitation, changed by staff; absent = both). */
  scopes?: PortalScope[];
}

export interface TeamMemberRef {
  uid: string;
  displayName: string;
}

export interface Project {
  name: string;
  description: string;
  status: ProjectStatus;
  startDate: IsoDate;
  endDate: IsoDate;
  team: TeamMemberRef[];
}

export interface ProjectFinance {
  engagementType: EngagementType;
  budget: number;
  currency: Currency;
  costToDate: number;
  health: ProjectHealth;
}

export interface Deliverable {
  name: string;
  url?: string;
  storagePath?: string;
  size: number;
  contentType: string;
  addedAt: TimestampLike;
}

export interface Task {
  projectId: string;
  title: string;
  description: string;
  status: TaskStatus;
  priority: TaskPriority;
  assignee: TeamMemberRef | null;
  dueDate: IsoDate;
  deliverables: Deliverable[];
  createdAt: TimestampLike;
  updatedAt: TimestampLike;
  /**
   * Functions only: how many times the task has entered `in_review` (onTaskWritten counts it).
   * Client approvals carry the round they decide on; absent = 0.
   */
  reviewRound?: number;
  /** Functions only: the latest client decision, for lists (the approval documents are the record). */
  lastApproval?: ApprovalSummary | null;
  /** Set when the task came from a client request (decideRequest accepted it). */
  requestId?: string;
}

/** `companies/{c}/tasks/{t}/approvals/{r<round>~<uid>}`: a client's decision, immutable. */
export interface Approval {
  decision: ApprovalDecision;
  /** required for `changes_requested` (1–LIMITS.approvalComment), may be '' for `approved` */
  comment: string;
  reviewRound: number;
  uid: string;
  name: string;
  createdAt: TimestampLike;
}

export type ApprovalSummary = Pick<Approval, 'decision' | 'reviewRound' | 'name' | 'createdAt'>;

/** `companies/{c}/requests/{id}`: a client asks for new work. */
export interface ClientRequest {
  title: string;
  description: string;
  projectId: string | null;
  dueDate: IsoDate | null;
  status: RequestStatus;
  /** the team's reason, shown to the client (required to decline) */
  decisionReason: string | null;
  /** the task created when the request was accepted */
  taskId: string | null;
  createdBy: string;
  /** the client's display name when they submitted it */
  createdByName: string;
  createdAt: TimestampLike;
  decidedBy?: string;
  decidedAt?: TimestampLike;
}

/** A client-visible comment on a project or task. */
export interface Reply {
  body: string;
  authorUid: string;
  authorName: string;
  authorRole: AuthorRole;
  createdAt: TimestampLike;
  editedAt?: TimestampLike;
}

/** An internal comment: never readable by a client. */
export interface Note {
  body: string;
  authorUid: string;
  authorName: string;
  createdAt: TimestampLike;
  editedAt?: TimestampLike;
}

export interface LineItem {
  description: string;
  quantity: number;
  /** minor units */
  unitAmount: number;
  kind: LineItemKind;
}

export interface Invoice {
  number: string;
  status: InvoiceStatus;
  issueDate: IsoDate;
  dueDate: IsoDate;
  currency: Currency;
  lineItems: LineItem[];
  subtotal: number;
  tax: number;
  total: number;
  amountPaid: number;
  paidAt: TimestampLike | null;
}

export interface Payment {
  invoiceId: string;
  /** minor units; negative for a refund */
  amount: number;
  currency: Currency;
  provider: PaymentProvider;
  stripeSessionId: string | null;
  paidAt: TimestampLike;
  /** Manual payments: set by Functions when applied to the invoice, or why they were not. */
  appliedAt?: TimestampLike;
  notAppliedReason?: ManualPaymentRefusal;
}

export type ManualPaymentRefusal = 'invoice_not_found' | 'invoice_not_payable' | 'currency_mismatch' | 'exceeds_balance';

export interface TimeEntry {
  uid: string;
  companyId: string;
  projectId: string;
  taskId: string | null;
  date: IsoDate;
  minutes: number;
  billable: boolean;
  note: string;
}

export interface Expense {
  companyId: string;
  projectId: string | null;
  amount: number;
  currency: Currency;
  category: ExpenseCategory;
  date: IsoDate;
  createdBy: string;
  description: string;
}

export interface Invitation {
  email: string;
  role: Role;
  companyId: string | null;
  contactId: string | null;
  status: InvitationStatus;
  expiresAt: TimestampLike;
  invitedBy: string;
  /** Clients only: the portal areas the contact gets on acceptance (absent = both). */
  scopes?: PortalScope[];
  /** The invitee's name as the inviter knew it (contact name, or given for staff). */
  name?: string;
  createdAt?: TimestampLike;
  /** uid of the account that accepted it (status `accepted`). */
  acceptedBy?: string;
  acceptedAt?: TimestampLike;
  /** The newer invitation that replaced it (status `superseded`). */
  supersededBy?: string;
  /** When it stopped being pending without being accepted (superseded or revoked). */
  closedAt?: TimestampLike;
}

/**
 * `mail/{id}`: the Trigger Email extension's format. It holds bearer sign-in links, so only
 * Cloud Functions read or write it; staff see the redacted `outbox/{id}` mirror instead.
 */
export interface MailMessage {
  to: string | string[];
  message: { subject: string; text: string; html: string };
  /** Written by the Trigger Email extension when it handles the message. */
  delivery?: {
    state?: string;
    startTime?: TimestampLike;
    endTime?: TimestampLike;
    error?: string | null;
    attempts?: number;
  };
}

/** The documents an Outbox entry concerns, so the console can link to them. */
export interface OutboxRefs {
  invitationId?: string;
  companyId?: string;
  taskId?: string;
  invoiceId?: string;
  requestId?: string;
}

/**
 * `outbox/{id}` (same id as its `mail/{id}`): what staff may know about a queued email — never
 * its body's links. Written by Functions only (onMailWritten).
 */
export interface OutboxEntry {
  to: string[];
  subject: string;
  kind: MailKind;
  refs: OutboxRefs;
  /** The text body with every URL replaced by "[link removed]". */
  summary: string;
  state: MailState;
  /** The extension's error message when state is ERROR. */
  error: string | null;
  createdAt: TimestampLike;
  updatedAt: TimestampLike;
  /** When the extension finished (SUCCESS or ERROR). */
  deliveredAt: TimestampLike | null;
}

/**
 * `previewSessions/{previewUid}`: every "View as" account startPreview minted, so that
 * setUserAccess can end them with their staff member's access. Functions only.
 */
export interface PreviewSession {
  previewBy: string;
  companyId: string;
  createdAt: TimestampLike;
  lastStartedAt: TimestampLike;
}

/** Custom claims set by Cloud Functions only (DESIGN §3). */
export interface AgencyClaims {
  role?: Role;
  companyId?: string;
  preview?: true;
  previewBy?: string;
  /** clients only (absent = both) */
  scopes?: PortalScope[];
}
