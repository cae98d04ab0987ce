import { describe, expect, it } from 'vitest';
import { extractLinks } from './mail';

describe('extractLinks', () => {
  it('reads anchors from the HTML body, decoding entities in the href and the label', () => {
    const html = '<p>Hi</p>\n<p><a href="http://127.0.0.1:9099/emulator/action?mode=signIn&amp;oobCode=abc&#38;apiKey=k">Open your portal</a></p>';
    expect(extractLinks(html, '')).toEqual([{ url: 'http://127.0.0.1:9099/emulator/action?mode=signIn&oobCode=abc&apiKey=k', label: 'Open your portal' }]);
  });

  it('falls back to bare URLs in the text body', () => {
    expect(extractLinks('', 'Open: https://example.com/x?y=1 now')).toEqual([{ url: 'https://example.com/x?y=1', label: 'https://example.com/x?y=1' }]);
  });

  it('drops links that are not http(s)', () => {
    expect(extractLinks('<a href="javascript:alert(1)">x</a>', '')).toEqual([]);
  });
});
