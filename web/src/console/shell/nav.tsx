/** The console's navigation, by role: admin-only areas are not listed for staff. */
import type { ReactNode } from 'react';
import { adminRoutes, type ConsoleRoute } from '../admin/routes';
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
} from '../components/icons';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  end?: boolean;
  adminOnly: boolean;
}

export interface NavGroup {
  label: string;
  items: NavItem[];
}

const ICONS: [RegExp, ReactNode][] = [
  [/invoice/, <ReceiptIcon key="i" />],
  [/team|people|user/, <UsersIcon key="t" />],
  [/time|billable/, <ClockIcon key="c" />],
  [/expense/, <WalletIcon key="w" />],
  [/budget|health/, <PulseIcon key="p" />],
  [/workload|capacity/, <ChartIcon key="l" />],
  [/revenue|dashboard/, <ChartIcon key="r" />],
  [/setting/, <SettingsIcon key="s" />],
];

/** "invoices/*" → "invoices"; "/console/team" → "team". */
export function routeBase(path: string): string {
  return path.replace(/^\/?(console\/)?/, '').replace(/\/\*$/, '').replace(/\/+$/, '');
}

function iconFor(route: ConsoleRoute): ReactNode {
  if (route.icon) return route.icon;
  const base = routeBase(route.path);
  return ICONS.find(([pattern]) => pattern.test(base))?.[1] ?? <GridIcon />;
}

const GROUP_ORDER = ['Finance', 'Team', 'Insights', 'Admin'];

export function navGroups(isAdmin: boolean, routes: readonly ConsoleRoute[] = adminRoutes): NavGroup[] {
  const work: NavItem[] = [
    { to: '/console', label: 'Overview', icon: <GridIcon />, end: true, adminOnly: false },
    { to: '/console/companies', label: 'Companies', icon: <BuildingIcon />, adminOnly: false },
    { to: '/console/projects', label: 'Projects', icon: <FolderIcon />, adminOnly: false },
    { to: '/console/tasks', label: 'Tasks', icon: <TasksIcon />, adminOnly: false },
  ];
  const listed = routes
    .filter((route) => (route as { nav?: boolean }).nav !== false && route.label && !routeBase(route.path).includes(':'))
    .filter((route) => isAdmin || !route.adminOnly);
  const groups = new Map<string, NavItem[]>();
  for (const route of listed) {
    const group = (route as { group?: string }).group ?? 'Business';
    const items = groups.get(group) ?? [];
    items.push({ to: `/console/${routeBase(route.path)}`, label: route.label, icon: iconFor(route), adminOnly: route.adminOnly });
    groups.set(group, items);
  }
  const business = [...groups.entries()]
    .sort(([a], [b]) => (GROUP_ORDER.indexOf(a) + 1 || 99) - (GROUP_ORDER.indexOf(b) + 1 || 99))
    .map(([label, items]) => ({ label, items }));
  const system: NavItem[] = [{ to: '/console/outbox', label: 'Outbox', icon: <MailIcon />, adminOnly: false }];
  return [{ label: 'Work', items: work }, ...business, { label: 'System', items: system }];
}
