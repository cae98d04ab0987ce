import { describe, expect, it } from 'vitest';
import { linkSchema } from './schemas';

// The console refuses what firestore.rules refuses, with words, before any write is sent.
describe('console validators follow the rules', () => {
  it('deliverable links: https only (clients open them)', () => {
    expect(linkSchema.safeParse({ name: 'Mockups', url: 'https://figma.com/file/x' }).success).toBe(true);
    const http = linkSchema.safeParse({ name: 'Mockups', url: 'http://figma.com/file/x' });
    expect(http.success).toBe(false);
    expect(http.error?.issues[0]?.message).toContain('https://');
  });
});
