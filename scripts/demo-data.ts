/**
 * The demo agency (DESIGN §7): what `npm start` shows and the fixture the end-to-end tests use.
 * Dates are relative to the day the seed runs so the demo always has something due soon,
 * something overdue and something done.
 */
import type {
  Branding,
  ClientRequest,
  Company,
  CompanyCrm,
  Contact,
  Expense,
  Invoice,
  LineItem,
  Payment,
  PortalScope,
  PortalSettings,
  Project,
  ProjectFinance,
  Role,
  StaffMember,
  StaffRate,
  Task,
  TimeEntry,
  TimestampLike,
} from '@model';

/** Timestamps are filled in by the writer; here they are Dates. */
type Dated<T> = T extends TimestampLike ? Date
  : T extends (infer U)[] ? Dated<U>[]
  : T extends object ? { [K in keyof T]: Dated<T[K]> }
  : T;

export interface DemoAccount {
  uid: string;
  email: string;
  displayName: string;
  role: Role;
  companyId: string | null;
  /** clients: the portal areas the account sees (claims `scopes`; absent = both) */
  scopes?: PortalScope[];
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { uid: 'u-ada', email: 'ada@northwind.test', displayName: 'Ada Lovelace', role: 'admin', companyId: null },
  { uid: 'u-sam', email: 'sam@northwind.test', displayName: 'Sam Rivera', role: 'staff', companyId: null },
  { uid: 'u-carol', email: 'carol@acme.test', displayName: 'Carol Chen', role: 'client', companyId: 'acme' },
  { uid: 'u-bill', email: 'bill@acme.test', displayName: 'Bill Chen', role: 'client', companyId: 'acme', scopes: ['billing'] },
  { uid: 'u-gina', email: 'gina@globex.test', displayName: 'Gina Patel', role: 'client', companyId: 'globex' },
];

export function isoDay(offsetDays: number, from = new Date()): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + offsetDays));
  return d.toISOString().slice(0, 10);
}

export function daysAgo(days: number, from = new Date()): Date {
  return new Date(from.getTime() - days * 86_400_000);
}

export const branding: Branding = {
  agencyName: 'Northwind Studio',
  logoUrl: '',
  primaryColor: '#3b5bdb',
  accentColor: '#0ca678',
  customDomain: '',
};

export const portalSettings: PortalSettings = {
  welcomeMessage: 'Everything we are working on together, live. Questions? Reply on any task and the team sees it right away.',
  cards: [
    { title: 'View Projects', description: "See the latest updates on the projects we're working with you", link: '/portal/projects' },
    { title: 'Pay Your Bills', description: 'View your past and upcoming invoices', link: '/portal/invoices' },
    { title: 'Book a check-in', description: 'Pick a 30-minute slot with your project lead', link: 'https://cal.example.com/northwind/check-in' },
  ],
  meetingUrl: 'https://cal.example.com/northwind/check-in',
  paymentsEnabled: true,
};

export const staff: Record<string, StaffMember> = {
  'u-ada': { displayName: 'Ada Lovelace', title: 'Founder & Creative Director', skills: ['strategy', 'brand'], capacityHoursPerWeek: 30, active: true },
  'u-sam': { displayName: 'Sam Rivera', title: 'Senior Developer', skills: ['react', 'firebase'], capacityHoursPerWeek: 40, active: true },
  'u-lee': { displayName: 'Lee Park', title: 'Product Designer', skills: ['figma', 'ux'], capacityHoursPerWeek: 32, active: true },
};

export const staffRates: Record<string, StaffRate> = {
  'u-ada': { hourlyRate: 18000, costRate: 9000, currency: 'USD' },
  'u-sam': { hourlyRate: 14000, costRate: 6500, currency: 'USD' },
  'u-lee': { hourlyRate: 12000, costRate: 5500, currency: 'USD' },
};

const team = {
  ada: { uid: 'u-ada', displayName: 'Ada Lovelace' },
  sam: { uid: 'u-sam', displayName: 'Sam Rivera' },
  lee: { uid: 'u-lee', displayName: 'Lee Park' },
};

export interface DemoCompany {
  id: string;
  company: Dated<Company>;
  crm: Dated<CompanyCrm>;
  contacts: Record<string, Contact>;
  projects: Record<string, { project: Project; finance: ProjectFinance }>;
  tasks: Record<string, Omit<Dated<Task>, 'createdAt' | 'updatedAt'>>;
  invoices: Record<string, Dated<Invoice>>;
  payments: Record<string, Dated<Payment>>;
  /** clients' requests for new work (`companies/{c}/requests/{id}`) */
  requests: Record<string, Dated<ClientRequest>>;
}

export interface DemoComment {
  companyId: string;
  parent: { kind: 'project'; id: string } | { kind: 'task'; id: string };
  id: string;
  kind: 'reply' | 'note';
  body: string;
  authorUid: string;
  authorName: string;
  authorRole: 'client' | 'staff';
  createdAt: Date;
}

function invoice(number: string, status: Invoice['status'], issueOffset: number, dueOffset: number, lineItems: LineItem[], paidDaysAgo: number | null): Dated<Invoice> {
  const subtotal = lineItems.reduce((sum, item) => sum + Math.round(item.quantity * item.unitAmount), 0);
  const tax = Math.round(subtotal * 0.08);
  const total = subtotal + tax;
  return {
    number,
    status,
    issueDate: isoDay(issueOffset),
    dueDate: isoDay(dueOffset),
    currency: 'USD',
    lineItems,
    subtotal,
    tax,
    total,
    amountPaid: status === 'paid' ? total : 0,
    paidAt: paidDaysAgo === null ? null : daysAgo(paidDaysAgo),
  };
}

export function demoCompanies(): DemoCompany[] {
  const inv1001 = invoice('INV-1001', 'paid', -75, -45, [
    { description: 'Discovery workshop', quantity: 1, unitAmount: 450000, kind: 'fixed' },
    { description: 'Campaign design — 24 hours', quantity: 24, unitAmount: 12000, kind: 'hourly' },
  ], 50);
  return [
    {
      id: 'acme',
      company: { name: 'Acme Corp', status: 'client', website: 'https://acme.example.com', logoUrl: '', createdAt: daysAgo(200) },
      crm: { dealValue: 4800000, source: 'Referral', stage: 'Won', ownerUid: 'u-ada', lastInteractionAt: daysAgo(2) },
      contacts: {
        'carol': { name: 'Carol Chen', email: 'carol@acme.test', phone: '+1 555 0100', title: 'Head of Marketing', portal: 'active', uid: 'u-carol' },
        'dave': { name: 'Dave Wilson', email: 'dave@acme.test', phone: '+1 555 0101', title: 'Product Owner', portal: 'none', uid: null },
        // Billing only: sees Portal Home and Client Invoices, not projects, tasks or requests.
        'bill': { name: 'Bill Chen', email: 'bill@acme.test', phone: '+1 555 0102', title: 'Finance Manager', portal: 'active', uid: 'u-bill', scopes: ['billing'] },
      },
      projects: {
        'website-redesign': {
          project: {
            name: 'Website Redesign', status: 'active', startDate: isoDay(-60), endDate: isoDay(30), team: [team.sam, team.lee],
            description: 'A faster, accessible marketing site on a headless CMS, with a new homepage, product pages and a contact flow.',
          },
          finance: { engagementType: 'fixed_fee', budget: 3600000, currency: 'USD', costToDate: 2950000, health: 'needs_attention' },
        },
        'brand-refresh': {
          project: {
            name: 'Brand Refresh', status: 'planned', startDate: isoDay(14), endDate: isoDay(90), team: [team.ada, team.lee],
            description: 'A refreshed visual identity: logo refinements, colour system and brand guidelines.',
          },
          finance: { engagementType: 'time_and_materials', budget: 1800000, currency: 'USD', costToDate: 0, health: 'on_track' },
        },
        'q1-campaign': {
          project: {
            name: 'Q1 Campaign', status: 'completed', startDate: isoDay(-150), endDate: isoDay(-70), team: [team.ada, team.sam],
            description: 'Launch campaign for the spring product line across paid social and email.',
          },
          finance: { engagementType: 'fixed_fee', budget: 1200000, currency: 'USD', costToDate: 1050000, health: 'on_track' },
        },
      },
      tasks: {
        'homepage-design': {
          projectId: 'website-redesign', title: 'Homepage design', status: 'in_review', reviewRound: 1, priority: 'high', assignee: team.lee, dueDate: isoDay(3),
          description: 'Design the new homepage: hero, value proposition, product highlights and customer stories. Two rounds of revisions.',
          deliverables: [{ name: 'Homepage mockups (Figma)', url: 'https://www.figma.com/file/acme-homepage', size: 0, contentType: 'text/uri-list', addedAt: daysAgo(1) }],
        },
        'cms-setup': {
          projectId: 'website-redesign', title: 'CMS setup', status: 'in_progress', priority: 'medium', assignee: team.sam, dueDate: isoDay(7),
          description: 'Set up the headless CMS with content models for pages, products and stories, and give your team editor access.',
          deliverables: [],
        },
        'contact-form': {
          projectId: 'website-redesign', title: 'Contact form and CRM integration', status: 'todo', priority: 'low', assignee: null, dueDate: isoDay(14),
          description: 'A contact form that files leads into your CRM, with spam protection and a confirmation email.',
          deliverables: [],
        },
        'sitemap': {
          projectId: 'website-redesign', title: 'Sitemap and content plan', status: 'done', priority: 'medium', assignee: team.lee, dueDate: isoDay(-20),
          description: 'Agree the sitemap and who writes which page.',
          deliverables: [{ name: 'Sitemap (PDF)', url: 'https://docs.example.com/acme/sitemap.pdf', size: 184000, contentType: 'application/pdf', addedAt: daysAgo(21) }],
        },
        'brand-workshop': {
          projectId: 'brand-refresh', title: 'Brand workshop', status: 'todo', priority: 'urgent', assignee: team.ada, dueDate: isoDay(16),
          description: 'A half-day workshop with your leadership team to agree the brand attributes.',
          deliverables: [],
        },
        'campaign-report': {
          projectId: 'q1-campaign', title: 'Campaign results report', status: 'done', priority: 'medium', assignee: team.ada, dueDate: isoDay(-72),
          description: 'Results across channels, with learnings for the next campaign.',
          deliverables: [{ name: 'Q1 results (slides)', url: 'https://docs.example.com/acme/q1-results', size: 0, contentType: 'text/uri-list', addedAt: daysAgo(72) }],
        },
      },
      invoices: {
        'inv-1001': inv1001,
        'inv-1002': invoice('INV-1002', 'pending', -5, 25, [
          { description: 'Website Redesign — milestone 2 of 3', quantity: 1, unitAmount: 1200000, kind: 'fixed' },
        ], null),
        'inv-1003': invoice('INV-1003', 'overdue', -45, -15, [
          { description: 'Website Redesign — milestone 1 of 3', quantity: 1, unitAmount: 1200000, kind: 'fixed' },
          { description: 'Stock photography', quantity: 1, unitAmount: 34900, kind: 'expense' },
        ], null),
        'inv-1004': invoice('INV-1004', 'draft', 0, 30, [
          { description: 'Brand Refresh — workshop deposit', quantity: 1, unitAmount: 600000, kind: 'fixed' },
        ], null),
      },
      payments: {
        'pay-1001': { invoiceId: 'inv-1001', amount: inv1001.total, currency: 'USD', provider: 'stripe', stripeSessionId: 'cs_test_demo_1001', paidAt: daysAgo(50) },
      },
      requests: {
        'req-spring-landing': {
          title: 'Landing page for the spring sale',
          description: 'A single page for the spring sale: the three offers, a countdown and a sign-up form for early access.',
          projectId: 'website-redesign', dueDate: isoDay(21), status: 'submitted', decisionReason: null, taskId: null,
          createdBy: 'u-carol', createdByName: 'Carol Chen', createdAt: daysAgo(1),
        },
        'req-podcast-art': {
          title: 'Podcast cover artwork',
          description: 'Cover art and episode tiles for our new podcast.',
          projectId: null, dueDate: null, status: 'declined',
          decisionReason: 'Illustration is outside what we do well. We are happy to introduce you to an illustrator we trust.',
          taskId: null, createdBy: 'u-carol', createdByName: 'Carol Chen', createdAt: daysAgo(6), decidedBy: 'u-ada', decidedAt: daysAgo(5),
        },
      },
    },
    {
      id: 'globex',
      company: { name: 'Globex', status: 'client', website: 'https://globex.example.com', logoUrl: '', createdAt: daysAgo(120) },
      crm: { dealValue: 7500000, source: 'Website', stage: 'Won', ownerUid: 'u-sam', lastInteractionAt: daysAgo(6) },
      contacts: {
        'gina': { name: 'Gina Patel', email: 'gina@globex.test', phone: '+1 555 0200', title: 'VP Product', portal: 'active', uid: 'u-gina' },
      },
      projects: {
        'mobile-app': {
          project: {
            name: 'Mobile App', status: 'active', startDate: isoDay(-30), endDate: isoDay(120), team: [team.sam, team.lee],
            description: 'A cross-platform app for Globex field teams: schedules, checklists and offline reports.',
          },
          finance: { engagementType: 'retainer', budget: 7500000, currency: 'USD', costToDate: 1400000, health: 'on_track' },
        },
      },
      tasks: {
        'app-wireframes': {
          projectId: 'mobile-app', title: 'App wireframes', status: 'in_progress', priority: 'high', assignee: team.lee, dueDate: isoDay(5),
          description: 'Wireframes for the schedule, checklist and report screens.',
          deliverables: [],
        },
        'api-spec': {
          projectId: 'mobile-app', title: 'Sync API specification', status: 'todo', priority: 'medium', assignee: team.sam, dueDate: isoDay(12),
          description: 'How the app syncs when it comes back online.',
          deliverables: [],
        },
      },
      invoices: {
        'inv-2001': invoice('INV-2001', 'pending', -3, 27, [
          { description: 'Mobile App — monthly retainer', quantity: 1, unitAmount: 2500000, kind: 'fixed' },
        ], null),
      },
      payments: {},
      requests: {},
    },
    {
      id: 'initech',
      company: { name: 'Initech', status: 'lead', website: 'https://initech.example.com', logoUrl: '', createdAt: daysAgo(10) },
      crm: { dealValue: 2000000, source: 'Conference', stage: 'Discovery call', ownerUid: 'u-ada', lastInteractionAt: daysAgo(3) },
      contacts: {
        'peter': { name: 'Peter Gibbons', email: 'peter@initech.test', phone: '', title: 'Operations', portal: 'none', uid: null },
      },
      projects: {},
      tasks: {},
      invoices: {},
      payments: {},
      requests: {},
    },
  ];
}

/** Internal Notes carry the word INTERNAL so tests can prove no client ever sees one. */
export function demoComments(): DemoComment[] {
  return [
    { companyId: 'acme', parent: { kind: 'task', id: 'homepage-design' }, id: 'r-1', kind: 'reply', authorUid: 'u-lee', authorName: 'Lee Park', authorRole: 'staff', createdAt: daysAgo(2), body: 'The homepage design is ready for your review — the Figma link is under Deliverables.' },
    { companyId: 'acme', parent: { kind: 'task', id: 'homepage-design' }, id: 'r-2', kind: 'reply', authorUid: 'u-carol', authorName: 'Carol Chen', authorRole: 'client', createdAt: daysAgo(1), body: 'Looks great! Could we try a bolder headline in the hero?' },
    { companyId: 'acme', parent: { kind: 'task', id: 'homepage-design' }, id: 'n-1', kind: 'note', authorUid: 'u-sam', authorName: 'Sam Rivera', authorRole: 'staff', createdAt: daysAgo(1), body: 'INTERNAL: budget is tight on this project, keep it to two revision rounds.' },
    { companyId: 'acme', parent: { kind: 'task', id: 'cms-setup' }, id: 'r-3', kind: 'reply', authorUid: 'u-sam', authorName: 'Sam Rivera', authorRole: 'staff', createdAt: daysAgo(3), body: 'Could you confirm who on your team needs editor access by Friday?' },
    { companyId: 'acme', parent: { kind: 'task', id: 'cms-setup' }, id: 'n-2', kind: 'note', authorUid: 'u-sam', authorName: 'Sam Rivera', authorRole: 'staff', createdAt: daysAgo(3), body: 'INTERNAL: CMS licence cost not yet passed on to the client.' },
    { companyId: 'acme', parent: { kind: 'project', id: 'website-redesign' }, id: 'r-4', kind: 'reply', authorUid: 'u-ada', authorName: 'Ada Lovelace', authorRole: 'staff', createdAt: daysAgo(10), body: 'Milestone 2 is under way: homepage and CMS this sprint, contact flow next.' },
    { companyId: 'acme', parent: { kind: 'project', id: 'website-redesign' }, id: 'n-3', kind: 'note', authorUid: 'u-ada', authorName: 'Ada Lovelace', authorRole: 'staff', createdAt: daysAgo(9), body: 'INTERNAL: at 82% of budget with a third of the work left — discuss scope.' },
    { companyId: 'globex', parent: { kind: 'task', id: 'app-wireframes' }, id: 'r-5', kind: 'reply', authorUid: 'u-lee', authorName: 'Lee Park', authorRole: 'staff', createdAt: daysAgo(1), body: 'First wireframes for the schedule screen are up for feedback.' },
    { companyId: 'globex', parent: { kind: 'task', id: 'app-wireframes' }, id: 'n-4', kind: 'note', authorUid: 'u-lee', authorName: 'Lee Park', authorRole: 'staff', createdAt: daysAgo(1), body: 'INTERNAL: Globex asked for a discount, Ada to decide.' },
  ];
}

export function demoTimeEntries(): Record<string, TimeEntry> {
  const entries: Record<string, TimeEntry> = {};
  const plan: Array<[string, string, string, string | null, number]> = [
    ['u-sam', 'acme', 'website-redesign', 'cms-setup', 6],
    ['u-lee', 'acme', 'website-redesign', 'homepage-design', 7],
    ['u-ada', 'acme', 'brand-refresh', null, 2],
    ['u-sam', 'globex', 'mobile-app', 'api-spec', 4],
    ['u-lee', 'globex', 'mobile-app', 'app-wireframes', 5],
  ];
  for (let day = 1; day <= 28; day++) {
    const weekday = new Date(Date.now() - day * 86_400_000).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    plan.forEach(([uid, companyId, projectId, taskId, hours], i) => {
      entries[`te-${day}-${i}`] = {
        uid, companyId, projectId, taskId, date: isoDay(-day), minutes: hours * 60 - (day % 3) * 30, billable: projectId !== 'brand-refresh', note: '',
      };
    });
  }
  return entries;
}

export function demoExpenses(): Record<string, Expense> {
  return {
    'ex-1': { companyId: 'acme', projectId: 'website-redesign', amount: 34900, currency: 'USD', category: 'media', date: isoDay(-40), createdBy: 'u-sam', description: 'Stock photography' },
    'ex-2': { companyId: 'acme', projectId: 'website-redesign', amount: 29900, currency: 'USD', category: 'software', date: isoDay(-20), createdBy: 'u-sam', description: 'CMS licence (annual)' },
    'ex-3': { companyId: 'globex', projectId: 'mobile-app', amount: 9900, currency: 'USD', category: 'software', date: isoDay(-12), createdBy: 'u-lee', description: 'Prototyping tool seat' },
    'ex-4': { companyId: 'acme', projectId: null, amount: 18500, currency: 'USD', category: 'travel', date: isoDay(-8), createdBy: 'u-ada', description: 'Client workshop travel' },
  };
}
