import type { Query } from 'firebase/firestore';
import { describe, expect, it, vi } from 'vitest';
import { describeError } from './errors';

// getDocs answers as the test says: from the server or from the device's cache.
const getDocs = vi.hoisted(() => vi.fn());
vi.mock('firebase/firestore', async (importOriginal) => ({ ...(await importOriginal<typeof import('firebase/firestore')>()), getDocs }));
const { fetchOnce } = await import('./live');

const answer = (names: string[], fromCache: boolean) => ({
  size: names.length,
  empty: names.length === 0,
  metadata: { fromCache },
  docs: names.map((name) => ({ data: () => ({ name }) })),
});
const query = {} as Query<{ name: string }>;

describe('fetchOnce: a one-off read for search and pickers', () => {
  it("an empty answer from the server is nothing matching; an empty one from the device's cache is 'unreachable'", async () => {
    getDocs.mockResolvedValueOnce(answer([], false));
    await expect(fetchOnce(query)).resolves.toEqual([]);

    getDocs.mockResolvedValueOnce(answer([], true));
    const offline = await fetchOnce(query).catch((e: unknown) => e);
    expect(describeError(offline)).toMatch(/couldn't reach the server/);
  });

  it('documents are returned wherever they came from', async () => {
    getDocs.mockResolvedValueOnce(answer(['Acme'], true));
    await expect(fetchOnce(query)).resolves.toEqual([{ name: 'Acme' }]);
    getDocs.mockResolvedValueOnce(answer(['Acme', 'Globex'], false));
    await expect(fetchOnce(query)).resolves.toEqual([{ name: 'Acme' }, { name: 'Globex' }]);
  });
});
