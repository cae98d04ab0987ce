/**
 * Fetches the portal's chunk (with the Firestore SDK) and its Home page while a sign-in is under
 * way (the account chooser, Google's popup, an email link), so the portal can render as soon
 * as the account is known instead of starting its downloads then (issue 12: sign-in → Home).
 * Never on the login page's own load: its first-load budget stays as it is. The console is
 * not fetched here: a client never downloads console code, and the team's console chunk shares
 * the Firestore SDK warmed here.
 */
let warmed = false;

export function warmPortal(): void {
  if (warmed) return;
  warmed = true;
  // A failed prefetch costs nothing: the router's lazy import fetches it again.
  void import('../../portal/PortalApp').catch(() => {});
  void import('../../portal/home/HomePage').catch(() => {});
}
