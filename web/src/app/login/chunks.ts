/**
 * The chunks the router loads (../../lib/lazyComponent.tsx): the portal and the console after
 * sign-in (a sign-in under way warms the portal's: ./warmPortal.ts), and the login page (not
 * in a signed-in page's first load; /login fetches it as it starts: ../main.tsx).
 */
import { loader } from '../../lib/lazyComponent';

export const loadPortal = loader(() => import('../../portal/PortalApp'));
export const loadConsole = loader(() => import('../../console/ConsoleApp'));
export const loadLoginPage = loader(() => import('./LoginPage'));
