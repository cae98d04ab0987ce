import { describe, expect, it } from 'vitest';
import type { LiveMeta } from '../../lib/live';
import { listenersState } from './sync';

const meta = (m: Partial<LiveMeta>): LiveMeta => ({ fromCache: false, serverAt: null, hasPendingWrites: false, pendingIds: [], startedAt: 0, active: true, ...m });

describe('listenersState: what the open listeners say about the connection', () => {
  it('a listener started again (a page revisited) that shows the cache is connecting, even though an earlier one of its key had a server answer', () => {
    const revisited = meta({ fromCache: true, serverAt: 1_000, startedAt: 40_000 });
    expect(listenersState([revisited])).toEqual({ fromCache: true, waitingSince: 40_000, latest: 1_000 });
  });

  it('one that had its server answer and went back to the cache is not waiting: the connection was lost', () => {
    expect(listenersState([meta({ fromCache: true, serverAt: 41_000, startedAt: 40_000 })]).waitingSince).toBeNull();
  });

  it('never answered: waiting since it started; stopped listeners do not count', () => {
    expect(listenersState([meta({ fromCache: true, startedAt: 5 }), meta({ fromCache: true, startedAt: 3, active: false })])).toEqual({ fromCache: true, waitingSince: 5, latest: null });
    expect(listenersState([meta({ serverAt: 9, startedAt: 1 })])).toEqual({ fromCache: false, waitingSince: null, latest: 9 });
  });
});
