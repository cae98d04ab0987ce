/**
 * Starts what the portal needs while a sign-in is under way (the account chooser, Google's
 * popup, an email link), so Portal Home can render and query as soon as the account is known
 * instead of starting its downloads and opening its cache then (issue 12: sign-in → Home):
 * the portal's chunk (with the Firestore SDK), Home's chunk, and an emptied, opened Firestore
 * cache. Never on the login page's own load: its first-load budget stays as it is. The console
 * is not fetched here: a client never downloads console code, and the team's console chunk
 * shares the Firestore SDK warmed here.
 */
import type { FirebaseApp } from 'firebase/app';
import { loadPortal } from './chunks';

export function warmPortal(app: FirebaseApp): void {
  // Fetched beside the portal's chunk, not after it; the router's import finds it loaded.
  void import('../../portal/home/HomePage').catch(() => {});
  // A failed prefetch costs nothing: the router's import fetches it again.
  loadPortal().then(
    (portal) => portal.prepareSignIn(app),
    () => {},
  );
}

/**
 * A portal URL opened directly (a returning client, a link in an email): the portal's chunk and
 * the page's, fetched while the session is restored rather than after it, so the page renders
 * and queries as soon as the client is known. Never for /login, and never console code.
 */
export function warmPortalPage(pathname: string): void {
  if (!/^\/portal(\/|$)/.test(pathname)) return;
  loadPortal().then(
    (portal) => portal.preloadPageAt(pathname),
    () => {},
  );
}
