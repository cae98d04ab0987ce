/** Projects: a company's projects tab (the projects pages are routes: ../routes.tsx). */
export { CompanyProjects } from './CompanyProjects';
export { useCompanyProjectCount } from './lists';
