/**
 * The console's finance, team, dashboard and settings pages (issue 5, items 6–12), mounted by the
 * console shell under /console. Each page is its own lazy chunk (recharts only loads with the
 * dashboards). Admin-only pages are wrapped in <AdminOnly>: staff who type the URL get the
 * "Not allowed" page, and the chunk is never requested.
 */
import { lazy, type ReactNode } from 'react';
import { AdminOnly, PageSuspense } from './guard';

export interface ConsoleRoute {
  /** relative to /console, e.g. 'invoices' or 'invoices/:companyId/:invoiceId' */
  path: string;
  element: ReactNode;
  /** nav label (and a name for the page) */
  label: string;
  /** hidden from staff in the nav; the element itself also refuses staff */
  adminOnly: boolean;
  /** listed in the navigation */
  nav: boolean;
  /** nav group, for shells that group links */
  group?: 'Finance' | 'Team' | 'Insights' | 'Admin';
  /** nav icon; shells pick one by path when absent */
  icon?: ReactNode;
}

const InvoicesArea = lazy(() => import('../invoices/InvoicesArea'));
const TeamPage = lazy(() => import('../team/TeamPage'));
const TimePage = lazy(() => import('../time/TimePage'));
const BillablesPage = lazy(() => import('../time/BillablesPage'));
const ExpensesPage = lazy(() => import('../expenses/ExpensesPage'));
const BudgetPage = lazy(() => import('../budget/BudgetPage'));
const WorkloadPage = lazy(() => import('../workload/WorkloadPage'));
const RevenuePage = lazy(() => import('../revenue/RevenuePage'));
const SettingsPage = lazy(() => import('../settings/SettingsPage'));

function page(node: ReactNode, adminOnly: false): ReactNode;
function page(node: ReactNode, adminOnly: true, what: string): ReactNode;
function page(node: ReactNode, adminOnly: boolean, what = 'this page'): ReactNode {
  const suspended = <PageSuspense>{node}</PageSuspense>;
  return adminOnly ? <AdminOnly what={what}>{suspended}</AdminOnly> : suspended;
}

export const adminRoutes: ConsoleRoute[] = [
  // invoices/* holds the list, invoices/new, invoices/:companyId/:invoiceId and …/edit (InvoicesArea)
  { path: 'invoices/*', label: 'Invoices', adminOnly: true, nav: true, group: 'Finance', element: page(<InvoicesArea />, true, 'invoices') },
  { path: 'revenue', label: 'Revenue', adminOnly: true, nav: true, group: 'Finance', element: page(<RevenuePage />, true, 'the revenue dashboard') },
  { path: 'billables', label: 'Billables', adminOnly: true, nav: true, group: 'Finance', element: page(<BillablesPage />, true, 'the billables report') },
  { path: 'time', label: 'Time', adminOnly: false, nav: true, group: 'Team', element: page(<TimePage />, false) },
  { path: 'expenses', label: 'Expenses', adminOnly: false, nav: true, group: 'Team', element: page(<ExpensesPage />, false) },
  { path: 'budget', label: 'Budget health', adminOnly: false, nav: true, group: 'Insights', element: page(<BudgetPage />, false) },
  { path: 'workload', label: 'Workload', adminOnly: false, nav: true, group: 'Insights', element: page(<WorkloadPage />, false) },
  { path: 'team', label: 'Team & rates', adminOnly: true, nav: true, group: 'Admin', element: page(<TeamPage />, true, 'the team and rates') },
  // settings/* holds the tabs: general (branding), portal (Portal Home), integrations
  { path: 'settings/*', label: 'Settings', adminOnly: true, nav: true, group: 'Admin', element: page(<SettingsPage />, true, 'settings') },
];

/** Paths (relative to /console, without "/*") staff may not open: for shells and tests. */
export const ADMIN_ONLY_PATHS = adminRoutes.filter((r) => r.adminOnly).map((r) => r.path.replace(/\/\*$/, ''));
