/** Firestore paths (DESIGN §4): the tenant is in the path. */
export const paths = {
  branding: () => 'settings/branding',
  portalSettings: () => 'settings/portal',
  users: () => 'users',
  user: (uid: string) => `users/${uid}`,
  staff: () => 'staff',
  staffRates: () => 'staffRates',
  companies: () => 'companies',
  company: (c: string) => `companies/${c}`,
  companyCrm: (c: string) => `companies/${c}/private/crm`,
  contacts: (c: string) => `companies/${c}/contacts`,
  projects: (c: string) => `companies/${c}/projects`,
  project: (c: string, p: string) => `companies/${c}/projects/${p}`,
  projectFinance: (c: string, p: string) => `companies/${c}/projects/${p}/private/finance`,
  tasks: (c: string) => `companies/${c}/tasks`,
  task: (c: string, t: string) => `companies/${c}/tasks/${t}`,
  requests: (c: string) => `companies/${c}/requests`,
  request: (c: string, r: string) => `companies/${c}/requests/${r}`,
  approvals: (c: string, t: string) => `companies/${c}/tasks/${t}/approvals`,
  invoices: (c: string) => `companies/${c}/invoices`,
  invoice: (c: string, i: string) => `companies/${c}/invoices/${i}`,
  payments: (c: string) => `companies/${c}/payments`,
  timeEntries: () => 'timeEntries',
  expenses: () => 'expenses',
  invitations: () => 'invitations',
  mail: () => 'mail',
  outbox: () => 'outbox',
  previewSessions: () => 'previewSessions',
  rollups: () => 'rollups',
  rollupSources: () => 'rollupSources',
  searchIndex: () => 'searchIndex',
  stripeEvents: () => 'stripeEvents',
} as const;

/** A comment thread hangs off a project or a task. */
export type ThreadParent =
  | { kind: 'project'; companyId: string; projectId: string }
  | { kind: 'task'; companyId: string; taskId: string };

export function threadParentPath(parent: ThreadParent): string {
  return parent.kind === 'project'
    ? paths.project(parent.companyId, parent.projectId)
    : paths.task(parent.companyId, parent.taskId);
}

export const repliesPath = (parent: ThreadParent) => `${threadParentPath(parent)}/replies`;
export const notesPath = (parent: ThreadParent) => `${threadParentPath(parent)}/notes`;

/**
 * One decision per client per review round: the approval's id is `r<round>~<uid>`, and the rules
 * allow create only (never update), so a second decision in the same round cannot be written.
 */
export const approvalId = (reviewRound: number, uid: string) => `r${reviewRound}~${uid}`;
