/**
 * Why Pay now did not open checkout, truthfully (pure; payError.test.ts): the function's own
 * sentence when it refused (Stripe not connected, invoice already paid…); "could not reach" only
 * when the request never got there (offline, the network dropped, the payment code did not
 * download); never "check your connection" for a refusal or an outage on the server's side.
 */
export function payErrorMessage(error: unknown, code: string, online: boolean): string {
  const message = error instanceof Error ? error.message : '';
  const notDownloaded = /dynamically imported module|Importing a module script failed/i.test(message);
  const said = message.replace(/\s*\[\d+\]$/, '').trim();
  const bare = !said || said.toLowerCase().replace(/_/g, '-') === code || /^Firebase/.test(said) || notDownloaded;
  if (!bare && code !== 'internal') return said;
  // The callable reports a request that never reached the server as 'internal' with status 0.
  if (!online || notDownloaded || code === 'unavailable' || /\[0\]$/.test(message)) {
    return "We couldn't reach the payment service — you may be offline. Reconnect, then press Pay now again.";
  }
  return "Online payment isn't available right now. Please contact us to pay this invoice.";
}
