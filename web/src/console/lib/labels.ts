/** Words and badge tones for the enums the console shows (those the portal shows too: components/labels.ts). */
import type { CompanyStatus, EngagementType, ExpenseCategory, PortalAccess, PortalScope, ProjectHealth, Role } from '@model';
import { toneLabels, type Labels } from '../../components/labels';

export { APPROVAL_DECISION, INVOICE_STATUS, PROJECT_STATUS, REQUEST_STATUS, TASK_PRIORITY, TASK_STATUS } from '../../components/labels';

export const COMPANY_STATUS = toneLabels<CompanyStatus>({ lead: 'info', prospect: 'review', client: 'success', former: 'neutral' });

export const PORTAL_ACCESS: Labels<PortalAccess> & Record<PortalAccess, { description: string }> = {
  none: { label: 'No access', tone: 'neutral', description: 'Not invited to the portal.' },
  invited: { label: 'Invited', tone: 'warning', description: 'Invitation sent; they have not signed in yet.' },
  active: { label: 'Active', tone: 'success', description: 'Signs in to the portal and sees this company.' },
  revoked: { label: 'Revoked', tone: 'danger', description: 'Access removed; their sessions were ended.' },
};

export const EXPENSE_CATEGORY = toneLabels<ExpenseCategory>({ software: 'info', hardware: 'review', travel: 'warning', contractor: 'success', media: 'progress', other: 'neutral' });

export const PROJECT_HEALTH = toneLabels<ProjectHealth>({ on_track: 'success', needs_attention: 'warning', critical: 'danger' });

export const ENGAGEMENT_TYPE: Record<EngagementType, string> = {
  fixed_fee: 'Fixed fee',
  time_and_materials: 'Time & materials',
  retainer: 'Retainer',
};

export const ROLE_LABEL: Record<Role, string> = {
  admin: 'Admin',
  staff: 'Staff',
  client: 'Client',
};

/** The portal areas a client contact may be given (absent = both). */
export const PORTAL_AREA: Record<PortalScope, { label: string; description: string }> = {
  work: { label: 'Work', description: 'projects, tasks, requests and approvals' },
  billing: { label: 'Billing', description: 'invoices and payments' },
};
