/** The portal's page chunks, loaded on navigation, and their first answers, both warmed on intent. */
import type { QueryClient } from '@tanstack/react-query';
import type { PortalScope } from './lib/context';

export const pageLoaders = {
  home: () => import('./home/HomePage'),
  projects: () => import('./projects/ProjectsPage'),
  project: () => import('./projects/ProjectPage'),
  tasks: () => import('./tasks/TasksPage'),
  task: () => import('./tasks/TaskPage'),
  invoices: () => import('./invoices/InvoicesPage'),
  invoice: () => import('./invoices/InvoicePage'),
  requests: () => import('./requests/RequestsPage'),
  newRequest: () => import('./requests/NewRequestPage'),
};

type Warm = (client: QueryClient, scope: PortalScope) => Promise<unknown>;

/**
 * What a nav link warms when it is hovered or focused: the page's chunk and its first queries
 * (lingering listeners: shown at once if the page opens, stopped 30 s later if not).
 */
export const pageWarmers: Record<'home' | 'projects' | 'tasks' | 'requests' | 'invoices', Warm> = {
  home: (client, scope) => Promise.all([pageLoaders.home(), import('./home/queries').then((m) => m.prefetchHomePage(client, scope))]),
  projects: (client, scope) => Promise.all([pageLoaders.projects(), import('./lib/projectQueries').then((m) => m.prefetchProjectsPage(client, scope))]),
  tasks: (client, scope) => Promise.all([pageLoaders.tasks(), import('./tasks/queries').then((m) => m.prefetchTasksPage(client, scope))]),
  requests: () => pageLoaders.requests(),
  invoices: (client, scope) => Promise.all([pageLoaders.invoices(), import('./invoices/queries').then((m) => m.prefetchInvoicesPage(client, scope))]),
};
