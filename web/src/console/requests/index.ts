/** Client requests (issue 14): the inbox page is a route (../routes.tsx); the company tab and the nav badge are used elsewhere. */
export { CompanyRequests } from './CompanyRequests';
export { RequestsBadge } from './RequestsBadge';
