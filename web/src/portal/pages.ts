/** The portal's routes and page chunks, loaded on navigation, and their first answers, both warmed on intent. */
import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router-dom';
import { loader } from '../lib/lazyComponent';
import type { PortalArea, PortalScope } from './lib/context';

export const pageLoaders = {
  home: loader(() => import('./home/HomePage')),
  projects: loader(() => import('./projects/ProjectsPage')),
  project: loader(() => import('./projects/ProjectPage')),
  tasks: loader(() => import('./tasks/TasksPage')),
  task: loader(() => import('./tasks/TaskPage')),
  invoices: loader(() => import('./invoices/InvoicesPage')),
  invoice: loader(() => import('./invoices/InvoicePage')),
  requests: loader(() => import('./requests/RequestsPage')),
  newRequest: loader(() => import('./requests/NewRequestPage')),
};

export type PortalPage = keyof typeof pageLoaders;

/** The portal's routes, under its base (/portal); a page of an area is shown only to clients with that area. */
export const portalRoutes: readonly { path: string; page: PortalPage; area?: PortalArea }[] = [
  { path: '', page: 'home' },
  { path: 'projects', page: 'projects', area: 'work' },
  { path: 'projects/:projectId', page: 'project', area: 'work' },
  { path: 'tasks', page: 'tasks', area: 'work' },
  { path: 'tasks/:taskId', page: 'task', area: 'work' },
  { path: 'requests', page: 'requests', area: 'work' },
  { path: 'requests/new', page: 'newRequest', area: 'work' },
  { path: 'invoices', page: 'invoices', area: 'billing' },
  { path: 'invoices/:invoiceId', page: 'invoice', area: 'billing' },
];

/** Starts loading the chunk of the page at `pathname` (a URL under `base`), if it is one. */
export function preloadPageAt(pathname: string, base = '/portal'): void {
  const route = portalRoutes.find(({ path }) => matchPath({ path: `${base}/${path}`, end: true }, pathname));
  if (route) void pageLoaders[route.page]().catch(() => {});
}

type Warm = (client: QueryClient, scope: PortalScope) => Promise<unknown>;

/**
 * What a nav link warms when it is hovered or focused: the page's chunk and its first queries
 * (lingering listeners: shown at once if the page opens, stopped 30 s later if not).
 */
export const pageWarmers: Record<'home' | 'projects' | 'tasks' | 'requests' | 'invoices', Warm> = {
  home: (client, scope) => pageLoaders.home().then((page) => page.prefetch(client, scope)),
  projects: (client, scope) => pageLoaders.projects().then((page) => page.prefetch(client, scope)),
  tasks: (client, scope) => pageLoaders.tasks().then((page) => page.prefetch(client, scope)),
  requests: () => pageLoaders.requests(),
  invoices: (client, scope) => pageLoaders.invoices().then((page) => page.prefetch(client, scope)),
};
