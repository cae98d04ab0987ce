/**
 * The console's one route table (DESIGN §6 `/console/*`): every page with its path, its name,
 * the role it needs and its place in the navigation. Each page is its own lazy chunk (recharts
 * only loads with the dashboards). A staff member who types an admin page's URL gets the
 * "Not allowed" page and its chunk is never requested; the navigation lists only what the
 * role may open.
 */
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import {
  BuildingIcon,
  ChartIcon,
  ClockIcon,
  FolderIcon,
  GridIcon,
  MailIcon,
  PulseIcon,
  ReceiptIcon,
  SettingsIcon,
  TasksIcon,
  UsersIcon,
  WalletIcon,
} from './components/icons';
import type { NavGroup } from './shell/Shell';
import { RequestsBadge } from './requests';

/** Who may open a page: 'staff' means staff and admins. */
export type Access = 'staff' | 'admin';

export interface ConsoleRoute {
  /** relative to /console: '' is the overview, '/*' marks a page with its own sub-routes */
  path: string;
  /** the page's name: its nav label, and what "Not allowed" names */
  label: string;
  page: LazyExoticComponent<ComponentType>;
  access: Access;
  /** listed in the navigation, in this group, with this icon (and a live count beside it) */
  nav?: { group: (typeof NAV_GROUPS)[number]; icon: ReactNode; badge?: ComponentType };
  /** drawn without the console's frame (sidebar, top bar) */
  bare?: boolean;
}

const NAV_GROUPS = ['Work', 'Finance', 'Team', 'Insights', 'Admin', 'System'] as const;

export const consoleRoutes: ConsoleRoute[] = [
  { path: '', label: 'Overview', access: 'staff', page: lazy(() => import('./home/HomePage')), nav: { group: 'Work', icon: <GridIcon /> } },
  { path: 'companies', label: 'Companies', access: 'staff', page: lazy(() => import('./crm/CompaniesPage')), nav: { group: 'Work', icon: <BuildingIcon /> } },
  // contacts, projects, invoices and CRM tabs
  { path: 'companies/:companyId/*', label: 'Company', access: 'staff', page: lazy(() => import('./crm/CompanyPage')) },
  { path: 'projects', label: 'Projects', access: 'staff', page: lazy(() => import('./projects/ProjectsPage')), nav: { group: 'Work', icon: <FolderIcon /> } },
  { path: 'projects/:companyId/:projectId', label: 'Project', access: 'staff', page: lazy(() => import('./projects/ProjectPage')) },
  { path: 'tasks', label: 'Tasks', access: 'staff', page: lazy(() => import('./tasks/TasksPage')), nav: { group: 'Work', icon: <TasksIcon /> } },
  { path: 'tasks/:companyId/:taskId', label: 'Task', access: 'staff', page: lazy(() => import('./tasks/TaskPage')) },
  // clients' requests (issue 14): the badge counts the submitted ones
  { path: 'requests', label: 'Requests', access: 'staff', page: lazy(() => import('./requests/RequestsPage')), nav: { group: 'Work', icon: <MailIcon />, badge: RequestsBadge } },
  // the list, invoices/new, invoices/:companyId/:invoiceId and …/edit
  { path: 'invoices/*', label: 'Invoices', access: 'admin', page: lazy(() => import('./invoices/InvoicesArea')), nav: { group: 'Finance', icon: <ReceiptIcon /> } },
  { path: 'revenue', label: 'Revenue', access: 'admin', page: lazy(() => import('./revenue/RevenuePage')), nav: { group: 'Finance', icon: <ChartIcon /> } },
  { path: 'billables', label: 'Billables', access: 'admin', page: lazy(() => import('./time/BillablesPage')), nav: { group: 'Finance', icon: <ClockIcon /> } },
  { path: 'time', label: 'Time', access: 'staff', page: lazy(() => import('./time/TimePage')), nav: { group: 'Team', icon: <ClockIcon /> } },
  { path: 'expenses', label: 'Expenses', access: 'staff', page: lazy(() => import('./expenses/ExpensesPage')), nav: { group: 'Team', icon: <WalletIcon /> } },
  { path: 'budget', label: 'Budget health', access: 'staff', page: lazy(() => import('./budget/BudgetPage')), nav: { group: 'Insights', icon: <PulseIcon /> } },
  { path: 'workload', label: 'Workload', access: 'staff', page: lazy(() => import('./workload/WorkloadPage')), nav: { group: 'Insights', icon: <ChartIcon /> } },
  { path: 'team', label: 'Team & rates', access: 'admin', page: lazy(() => import('./team/TeamPage')), nav: { group: 'Admin', icon: <UsersIcon /> } },
  // general (branding), portal (Portal Home), integrations
  { path: 'settings/*', label: 'Settings', access: 'admin', page: lazy(() => import('./settings/SettingsPage')), nav: { group: 'Admin', icon: <SettingsIcon /> } },
  { path: 'outbox', label: 'Outbox', access: 'staff', page: lazy(() => import('./outbox/OutboxPage')), nav: { group: 'System', icon: <MailIcon /> } },
  { path: 'view-as/:companyId/*', label: 'View as', access: 'staff', page: lazy(() => import('./preview/PreviewPage')), bare: true },
];

export function mayOpen(route: Pick<ConsoleRoute, 'access'>, isAdmin: boolean): boolean {
  return route.access === 'staff' || isAdmin;
}

/** The navigation for a role: the pages it may open, by group, in the table's order. */
export function navGroups(isAdmin: boolean, routes: readonly ConsoleRoute[] = consoleRoutes): NavGroup[] {
  return NAV_GROUPS.map((group) => ({
    label: group,
    items: routes
      .filter((route) => route.nav?.group === group && mayOpen(route, isAdmin))
      .map((route) => ({
        to: route.path ? `/console/${route.path.replace(/\/\*$/, '')}` : '/console',
        label: route.label,
        icon: route.nav!.icon,
        end: route.path === '',
        ...(route.nav!.badge ? { badge: route.nav!.badge } : {}),
      })),
  })).filter((group) => group.items.length > 0);
}
