/** "View as" a client: the company picker (the preview page itself is a route: ../routes.tsx). */
export { ViewAsDialog } from './ViewAsDialog';
