import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { live, type Subscribe } from './live';
import { mergePages, nextCursor, pageKey, withCursor, type Cursor } from './pages';

const item = (id: string, due = id) => ({ id, due });
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
const cursorOf = (i: { id: string; due: string }): Cursor => [i.due, i.id];

describe('mergePages', () => {
  it('nothing loaded yet: no items and no "more" (the list is pending, not empty)', () => {
    expect(mergePages([undefined], 3)).toEqual({ items: [], hasMore: false, loaded: 0 });
  });

  it('one page: shows at most pageSize; the look-ahead document only says there is more', () => {
    expect(mergePages([[item('a'), item('b')]], 3)).toEqual({ items: [item('a'), item('b')], hasMore: false, loaded: 1 });
    const full = mergePages([[item('a'), item('b'), item('c')]], 3);
    expect(ids(full.items)).toEqual(['a', 'b', 'c']);
    expect(full.hasMore).toBe(false);
    const more = mergePages([[item('a'), item('b'), item('c'), item('d')]], 3);
    expect(ids(more.items)).toEqual(['a', 'b', 'c']);
    expect(more.hasMore).toBe(true);
  });

  it('concatenates pages in order; hasMore comes from the last page', () => {
    const pages = [
      [item('a'), item('b'), item('c'), item('d')],
      [item('d'), item('e'), item('f'), item('g')],
      [item('g'), item('h')],
    ];
    const merged = mergePages(pages, 3);
    expect(ids(merged.items)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(merged.hasMore).toBe(false);
    expect(merged.loaded).toBe(3);
  });

  it('dedupes by id when a document moves between live pages', () => {
    // 'b' was deleted from page 1, which pulled 'e' (already first on page 2) up into it.
    const merged = mergePages([[item('a'), item('c'), item('d'), item('e')], [item('e'), item('f')]], 3);
    expect(ids(merged.items)).toEqual(['a', 'c', 'd', 'e', 'f']);
  });

  it('keeps an item pushed down by a live insert on an earlier page (its look-ahead) instead of losing it', () => {
    // Page 2 starts after 'c'. 'b2' was inserted on page 1: 'c' is now page 1's look-ahead.
    const merged = mergePages([[item('a'), item('b'), item('b2'), item('c')], [item('d'), item('e')]], 3);
    expect(ids(merged.items)).toEqual(['a', 'b', 'b2', 'c', 'd', 'e']);
  });

  it('stops at the first page still loading: the previous one is the last shown (look-ahead hidden, hasMore kept)', () => {
    const merged = mergePages([[item('a'), item('b'), item('c'), item('d')], undefined], 3);
    expect(ids(merged.items)).toEqual(['a', 'b', 'c']);
    expect(merged.hasMore).toBe(true);
    expect(merged.loaded).toBe(1);
  });

  it('an empty next page ends the list', () => {
    const merged = mergePages([[item('a'), item('b'), item('c'), item('d')], []], 3);
    expect(ids(merged.items)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.hasMore).toBe(false);
  });
});

describe('cursors', () => {
  it('the next page starts after the item shown last', () => {
    expect(nextCursor([], cursorOf)).toBeNull();
    expect(nextCursor([item('a', '2026-03-01'), item('b', '2026-03-04')], cursorOf)).toEqual(['2026-03-04', 'b']);
  });

  it('adds a cursor once', () => {
    const one = withCursor([null], ['2026-03-04', 'b']);
    expect(one).toEqual([null, ['2026-03-04', 'b']]);
    expect(withCursor(one, ['2026-03-04', 'b'])).toEqual(one);
    expect(withCursor(one, ['2026-03-09', 'f'])).toEqual([null, ['2026-03-04', 'b'], ['2026-03-09', 'f']]);
  });

  it('page keys go from general to specific, the cursor last', () => {
    const list = ['portal', 'app', 'acme', 'tasks', 'list', { status: 'open', projectId: 'all' }];
    expect(pageKey(list, null)).toEqual([...list, 'page', null]);
    expect(pageKey(list, ['2026-03-04', 'b'])).toEqual([...list, 'page', ['2026-03-04', 'b']]);
  });
});

describe('pages are live queries', () => {
  it('each page key has its own listener; pages of one list stop with their observers', async () => {
    const client = new QueryClient();
    const starts: (string | null)[] = [];
    const pushes = new Map<string, (v: { id: string }[]) => void>();
    const page = (cursor: Cursor | null): Subscribe<{ id: string }[]> => (next) => {
      const name = cursor ? String(cursor[1]) : 'first';
      starts.push(name);
      pushes.set(name, next);
      return () => pushes.delete(name);
    };
    const list = ['portal', 'x', 'acme', 'tasks', 'list', { status: 'open' }];
    const first = new QueryObserver(client, { queryKey: pageKey(list, null), ...live(page(null)) });
    const second = new QueryObserver(client, { queryKey: pageKey(list, ['d', 'd']), ...live(page(['d', 'd'])) });
    const off1 = first.subscribe(() => {});
    const off2 = second.subscribe(() => {});
    await new Promise((r) => setTimeout(r, 0));
    expect(starts).toEqual(['first', 'd']);
    pushes.get('first')?.([{ id: 'a' }]);
    pushes.get('d')?.([{ id: 'e' }]);
    await new Promise((r) => setTimeout(r, 0));
    expect(mergePages([first.getCurrentResult().data, second.getCurrentResult().data], 3).items).toEqual([{ id: 'a' }, { id: 'e' }]);
    off1();
    off2();
    expect(pushes.size).toBe(0);
  });
});
