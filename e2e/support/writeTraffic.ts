/**
 * What went over the wire on Firestore's Write channel, for a failure report: each request with
 * its method, and when bytes came back (CDP's Network events; Playwright's own events do not
 * show a streamed response's chunks). Tells "the server's acknowledgement never reached the
 * page" from "it came and the page did nothing with it".
 */
import type { Page } from 'playwright-core';

interface Traffic {
  method: string;
  sentAt: number;
  received: { at: number; bytes: number }[];
  end?: string;
}

export async function recordWriteTraffic(page: Page): Promise<(since: number) => string> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const traffic = new Map<string, Traffic>();
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.request.url.includes('/google.firestore.v1.Firestore/Write/')) traffic.set(event.requestId, { method: event.request.method, sentAt: Date.now(), received: [] });
  });
  cdp.on('Network.responseReceived', (event) => {
    const t = traffic.get(event.requestId);
    if (t) t.received.push({ at: Date.now(), bytes: -event.response.status });
  });
  cdp.on('Network.dataReceived', (event) => traffic.get(event.requestId)?.received.push({ at: Date.now(), bytes: event.dataLength }));
  cdp.on('Network.loadingFinished', (event) => {
    const t = traffic.get(event.requestId);
    if (t) t.end = `done +${Date.now()}`;
  });
  cdp.on('Network.loadingFailed', (event) => {
    const t = traffic.get(event.requestId);
    if (t) t.end = `failed (${event.errorText}) +${Date.now()}`;
  });
  return (since) => {
    const at = (ms: number) => `${((ms - since) / 1000).toFixed(1)}s`;
    const lines = [...traffic.values()]
      .filter((t) => t.sentAt >= since || !t.end)
      .map((t) => {
        const got = t.received.filter((r) => r.at >= since - 2_000).map((r) => (r.bytes < 0 ? `HTTP ${-r.bytes} @${at(r.at)}` : `${r.bytes} B @${at(r.at)}`)).join(', ');
        const end = t.end ? t.end.replace(/\+(\d+)$/, (_, ms: string) => `@${at(Number(ms))}`) : 'still open';
        return `${t.method} sent @${at(t.sentAt)}: ${got || 'nothing back'}; ${end}`;
      });
    return lines.length ? lines.join(' | ') : 'no Write-channel request since the click, none open';
  };
}
