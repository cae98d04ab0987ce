import { describe, expect, it } from 'vitest';
import { assignChunks } from './queries';

describe('assignChunks: which listener reads which invitation as the Outbox pages', () => {
  const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => `inv-${from + i}`);

  it('another page keeps the chunks already listened to: its ids fill the last one, then start new ones', () => {
    const first = assignChunks([], ids(0, 35), 30);
    expect(first.map((c) => c.length)).toEqual([30, 5]);
    const second = assignChunks(first, [...ids(0, 35), ...ids(35, 40)], 30);
    expect(second[0]).toEqual(first[0]);
    expect(second.map((c) => c.length)).toEqual([30, 30, 15]);
    expect(new Set(second.flat()).size).toBe(75);
  });

  it('a new mail at the top does not reshuffle the others; ids no longer wanted leave their chunk', () => {
    const first = assignChunks([], ids(0, 30), 30);
    const withNew = assignChunks(first, ['inv-new', ...ids(0, 30)], 30);
    expect(withNew).toEqual([ids(0, 30), ['inv-new']]);
    expect(assignChunks(withNew, ['inv-new', ...ids(1, 29)], 30)).toEqual([ids(1, 29), ['inv-new']]);
    expect(assignChunks(withNew, [], 30)).toEqual([]);
  });
});
