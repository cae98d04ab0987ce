/**
 * Every matrix module, in the order ACCESS.md lists them. access-md.test.ts checks that no
 * module of this folder is missing here.
 */
import type { MatrixRow } from '../support/matrix-rows';
import { rows as approvals } from './approvals';
import { rows as companies } from './companies';
import { rows as contacts } from './contacts';
import { rows as expenses } from './expenses';
import { rows as invitations } from './invitations';
import { rows as invoices } from './invoices';
import { rows as mail } from './mail';
import { rows as notes } from './notes';
import { rows as outbox } from './outbox';
import { rows as payments } from './payments';
import { rows as previewSessions } from './previewSessions';
import { rows as projects } from './projects';
import { rows as replies } from './replies';
import { rows as requests } from './requests';
import { rows as rollupSources } from './rollupSources';
import { rows as rollups } from './rollups';
import { rows as searchIndex } from './searchIndex';
import { rows as settings } from './settings';
import { rows as staff } from './staff';
import { rows as staffRates } from './staffRates';
import { rows as stripeEvents } from './stripeEvents';
import { rows as tasks } from './tasks';
import { rows as timeEntries } from './timeEntries';
import { rows as users } from './users';

export interface MatrixSection {
  /** the module's file name in this folder (and of its test, <module>.test.ts) */
  module: string;
  title: string;
  /** one or two sentences for ACCESS.md */
  summary: string;
  rows: readonly MatrixRow[];
}

export const SECTIONS: readonly MatrixSection[] = [
  { module: 'settings', title: 'Settings', summary: 'Branding is public (the sign-in page shows it); portal settings are read by anyone with a role. Only admins write.', rows: settings },
  { module: 'users', title: 'Users', summary: 'A mirror of each account’s claims. Everyone reads their own; staff read all; only Cloud Functions write (roles are never set from a browser).', rows: users },
  { module: 'staff', title: 'Team directory', summary: 'Staff read the directory; admins maintain it.', rows: staff },
  { module: 'staffRates', title: 'Rates', summary: 'Hourly and cost rates: admins only.', rows: staffRates },
  { module: 'companies', title: 'Companies and CRM', summary: 'A client gets their own company document; the CRM fields live in a separate document clients never match.', rows: companies },
  { module: 'contacts', title: 'Contacts', summary: 'Staff only. Portal access changes through Cloud Functions (invitations); staff choose a contact’s portal scopes (work, billing), which reach the claims through setContactScopes.', rows: contacts },
  { module: 'projects', title: 'Projects', summary: 'The company’s clients with the work scope (and a “View as” preview of one) read; staff write. Budget and cost live in a staff-only document.', rows: projects },
  { module: 'tasks', title: 'Tasks', summary: 'The company’s clients with the work scope read; staff write (review rounds, the latest client decision and the request a task came from are Cloud Functions’).', rows: tasks },
  { module: 'replies', title: 'Replies (client-visible comments)', summary: 'Clients with the work scope read and write their own replies, in their own company’s threads. A preview writes nothing.', rows: replies },
  { module: 'notes', title: 'Notes (internal comments)', summary: 'Staff only; a client never reads them.', rows: notes },
  { module: 'requests', title: 'Requests (new work a client asks for)', summary: 'The company’s clients with the work scope read its requests, submit their own and withdraw their own while submitted; staff read and decide (accepting normally through the decideRequest callable); nobody deletes one. A preview writes nothing.', rows: requests },
  { module: 'approvals', title: 'Approvals (a client’s decision on a task in review)', summary: 'The company’s clients with the work scope and staff read. A client with the work scope records one decision per review round, only while the task is in review; nobody edits or deletes one.', rows: approvals },
  { module: 'invoices', title: 'Invoices', summary: 'A client with the billing scope reads issued invoices only (pending, overdue, paid), so their queries must filter on status. Admins write drafts; payment fields are written by Cloud Functions.', rows: invoices },
  { module: 'payments', title: 'Payments', summary: 'The company’s clients with the billing scope and staff read. Cloud Functions write; an admin may record a manual payment.', rows: payments },
  { module: 'timeEntries', title: 'Time entries', summary: 'Staff read all and write their own; admins write any.', rows: timeEntries },
  { module: 'expenses', title: 'Expenses', summary: 'Staff read and write.', rows: expenses },
  { module: 'invitations', title: 'Invitations', summary: 'Staff read; only Cloud Functions write.', rows: invitations },
  { module: 'mail', title: 'Outgoing mail', summary: 'The email queue holds sign-in links: no browser reads or writes it, not even staff’s.', rows: mail },
  { module: 'outbox', title: 'Outbox', summary: 'The redacted mirror of the email queue (recipients, subject, delivery state, never a link): staff read, Cloud Functions write.', rows: outbox },
  { module: 'previewSessions', title: 'Preview sessions', summary: 'Every “View as” account opened, so that revoking a staff member ends them: Cloud Functions only.', rows: previewSessions },
  { module: 'rollups', title: 'Rollups (dashboard totals)', summary: 'Totals Cloud Functions keep as time, expenses, invoices and payments change. Staff read project and person-week totals; month totals (revenue, value at hourly rates) are the admins’; clients read none; nobody writes from a browser.', rows: rollups },
  { module: 'rollupSources', title: 'Rollup sources', summary: 'What each source document contributed to the rollups, so a change applies only its difference: Cloud Functions only.', rows: rollupSources },
  { module: 'searchIndex', title: 'Search index', summary: 'Names and word prefixes of companies, projects and tasks for the console’s search: staff read, Cloud Functions write.', rows: searchIndex },
  { module: 'stripeEvents', title: 'Stripe events', summary: 'Webhook idempotency records: Cloud Functions only.', rows: stripeEvents },
];
