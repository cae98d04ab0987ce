/** The portal's page chunks, loaded on navigation, and their first answers, both warmed on intent. */
import type { QueryClient } from '@tanstack/react-query';
import { loader } from '../lib/lazyComponent';
import type { PortalScope } from './lib/context';

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
