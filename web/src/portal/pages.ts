/** The portal's page chunks, loaded on navigation (and warmed when a nav link is hovered). */
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
