/** Words and badge tones for the enums the console shows. */
import type {
  ApprovalDecision,
  CompanyStatus,
  EngagementType,
  InvoiceStatus,
  PortalAccess,
  PortalScope,
  ProjectHealth,
  ProjectStatus,
  RequestStatus,
  Role,
  TaskPriority,
  TaskStatus,
} from '@model';
import type { Tone } from '../../components/ui';

type Labels<K extends string> = Record<K, { label: string; tone: Tone }>;

export const COMPANY_STATUS: Labels<CompanyStatus> = {
  lead: { label: 'Lead', tone: 'info' },
  prospect: { label: 'Prospect', tone: 'review' },
  client: { label: 'Client', tone: 'success' },
  former: { label: 'Former', tone: 'neutral' },
};

export const PORTAL_ACCESS: Labels<PortalAccess> & Record<PortalAccess, { description: string }> = {
  none: { label: 'No access', tone: 'neutral', description: 'Not invited to the portal.' },
  invited: { label: 'Invited', tone: 'warning', description: 'Invitation sent; they have not signed in yet.' },
  active: { label: 'Active', tone: 'success', description: 'Signs in to the portal and sees this company.' },
  revoked: { label: 'Revoked', tone: 'danger', description: 'Access removed; their sessions were ended.' },
};

export const TASK_STATUS: Labels<TaskStatus> = {
  todo: { label: 'To do', tone: 'neutral' },
  in_progress: { label: 'In progress', tone: 'progress' },
  in_review: { label: 'In review', tone: 'review' },
  done: { label: 'Done', tone: 'success' },
};

export const TASK_PRIORITY: Labels<TaskPriority> = {
  low: { label: 'Low', tone: 'neutral' },
  medium: { label: 'Medium', tone: 'info' },
  high: { label: 'High', tone: 'warning' },
  urgent: { label: 'Urgent', tone: 'danger' },
};

export const PROJECT_STATUS: Labels<ProjectStatus> = {
  planned: { label: 'Planned', tone: 'info' },
  active: { label: 'Active', tone: 'progress' },
  on_hold: { label: 'On hold', tone: 'warning' },
  completed: { label: 'Completed', tone: 'success' },
};

export const PROJECT_HEALTH: Labels<ProjectHealth> = {
  on_track: { label: 'On track', tone: 'success' },
  needs_attention: { label: 'Needs attention', tone: 'warning' },
  critical: { label: 'Critical', tone: 'danger' },
};

export const ENGAGEMENT_TYPE: Record<EngagementType, string> = {
  fixed_fee: 'Fixed fee',
  time_and_materials: 'Time & materials',
  retainer: 'Retainer',
};

export const INVOICE_STATUS: Labels<InvoiceStatus> = {
  draft: { label: 'Draft', tone: 'neutral' },
  pending: { label: 'Pending', tone: 'info' },
  overdue: { label: 'Overdue', tone: 'danger' },
  paid: { label: 'Paid', tone: 'success' },
  void: { label: 'Void', tone: 'neutral' },
};

export const ROLE_LABEL: Record<Role, string> = {
  admin: 'Admin',
  staff: 'Staff',
  client: 'Client',
};

export const REQUEST_STATUS: Labels<RequestStatus> = {
  submitted: { label: 'Submitted', tone: 'info' },
  accepted: { label: 'Accepted', tone: 'success' },
  declined: { label: 'Declined', tone: 'danger' },
  withdrawn: { label: 'Withdrawn', tone: 'neutral' },
};

export const APPROVAL_DECISION: Labels<ApprovalDecision> = {
  approved: { label: 'Approved', tone: 'success' },
  changes_requested: { label: 'Changes requested', tone: 'warning' },
};

/** The portal areas a client contact may be given (absent = both). */
export const PORTAL_AREA: Record<PortalScope, { label: string; description: string }> = {
  work: { label: 'Work', description: 'projects, tasks, requests and approvals' },
  billing: { label: 'Billing', description: 'invoices and payments' },
};
