/** Reading queued mail: the links in a message, for the Outbox to make clickable. */

/** Links in an HTML body, with their text; falls back to bare URLs in the text body. */
export function extractLinks(html: string, text: string): { label: string; url: string }[] {
  const links: { label: string; url: string }[] = [];
  const anchor = /<a\s[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi;
  for (let m = anchor.exec(html); m; m = anchor.exec(html)) {
    links.push({ url: decodeEntities(m[1]!), label: decodeEntities(m[2]!.replace(/<[^>]+>/g, '').trim()) || 'Open link' });
  }
  if (links.length === 0) {
    for (const url of text.match(/https?:\/\/[^\s<>"]+/g) ?? []) links.push({ url, label: url });
  }
  return links.filter((link) => /^https?:\/\//.test(link.url));
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

