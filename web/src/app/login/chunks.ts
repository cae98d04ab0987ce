/**
 * The portal's and the console's chunks (../../lib/lazyComponent.tsx): the router loads them
 * after sign-in, and a sign-in under way warms the portal's (./warmPortal.ts).
 */
import { loader } from '../../lib/lazyComponent';

export const loadPortal = loader(() => import('../../portal/PortalApp'));
export const loadConsole = loader(() => import('../../console/ConsoleApp'));
