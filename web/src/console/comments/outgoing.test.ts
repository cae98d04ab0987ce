import type { Firestore } from 'firebase/firestore';
import type { ThreadParent } from '@model';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../lib/env';

// The write the store makes after the undo window: refused or accepted as each test says.
const addStaffReply = vi.hoisted(() => vi.fn<(...args: unknown[]) => Promise<string>>());
vi.mock('./writes', () => ({ addStaffReply }));

const { discardReply, flushOutgoing, hasOutgoing, joinDrafts, queueReply, retryReply, sendReplyNow, showThread, takeRestored, undoReply, useOutgoingReplies } = await import('./outgoing');

const db = {} as Firestore;
const me: Me = { uid: 'u-sam', displayName: 'Sam', email: 'sam@agency.test', role: 'staff' };
const task: ThreadParent = { kind: 'task', companyId: 'acme', taskId: 'homepage' };
const labels = { parentLabel: 'Homepage', companyName: 'Acme Corp' };
const refused = () => Object.assign(new Error('Missing or insufficient permissions.'), { code: 'permission-denied' });

// The store's snapshot, read outside a component (useSyncExternalStore below returns it as is).
const current = useOutgoingReplies;

vi.mock('react', async (importOriginal) => ({
  ...(await importOriginal<typeof import('react')>()),
  // Outside a component: the store's current snapshot.
  useSyncExternalStore: (_subscribe: unknown, getSnapshot: () => unknown) => getSnapshot(),
}));

describe('replies waiting out their undo window, and refused ones', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    addStaffReply.mockReset();
  });
  afterEach(async () => {
    for (const reply of current()) if (!undoReply(reply.id)) discardReply(reply.id);
    takeRestored(task);
    vi.useRealTimers();
  });

  it('a refused reply stays, with the console’s wording of the refusal, until it is retried and sent', async () => {
    addStaffReply.mockRejectedValueOnce(refused()).mockResolvedValueOnce('r1');
    const id = queueReply(db, me, task, '  The new layout is ready.  ', labels, 1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    const [failed] = current();
    expect(failed).toMatchObject({ id, state: 'failed', body: 'The new layout is ready.' });
    expect(failed?.error).toMatch(/refused this change \(permission denied\)/);
    expect(failed?.error).not.toContain('Missing or insufficient permissions');
    expect(hasOutgoing()).toBe(true); // leaving the page asks first

    retryReply(id);
    await vi.runAllTimersAsync();
    expect(addStaffReply).toHaveBeenCalledTimes(2);
    expect(current()).toEqual([]);
    expect(hasOutgoing()).toBe(false);
  });

  it('Edit takes a refused reply back into its thread’s composer; Discard drops it', async () => {
    addStaffReply.mockRejectedValue(refused());
    const first = queueReply(db, me, task, 'First', labels, 0);
    const second = queueReply(db, me, task, 'Second', labels, 0);
    await vi.runAllTimersAsync();
    expect(current().map((r) => r.state)).toEqual(['failed', 'failed']);

    expect(undoReply(first)).toBe(true);
    expect(takeRestored(task)).toBe('First');
    discardReply(second);
    expect(takeRestored(task)).toBeNull();
    expect(current()).toEqual([]);
  });

  it('before signing out, waiting replies are sent and refused ones tried again; it says whether any is left', async () => {
    addStaffReply.mockRejectedValueOnce(refused());
    queueReply(db, me, task, 'Refused once', labels, 0);
    await vi.runAllTimersAsync();
    queueReply(db, me, task, 'Still in its window', labels, 10_000);
    addStaffReply.mockResolvedValue('ok');
    await expect(flushOutgoing()).resolves.toBe(true);
    expect(addStaffReply.mock.calls.map((call) => call[3])).toEqual(['Refused once', 'Refused once', 'Still in its window']);

    addStaffReply.mockRejectedValue(refused());
    queueReply(db, me, task, 'Refused twice', labels, 0);
    await vi.runAllTimersAsync();
    await expect(flushOutgoing()).resolves.toBe(false);
    expect(current().map((r) => r.body)).toEqual(['Refused twice']);
  });

  it('two replies taken back before the composer picks them up both come back, and a draft keeps its text', async () => {
    addStaffReply.mockRejectedValue(refused());
    const first = queueReply(db, me, task, 'First', labels, 0);
    const second = queueReply(db, me, task, 'Second', labels, 0);
    await vi.runAllTimersAsync();
    undoReply(first);
    undoReply(second);
    expect(takeRestored(task)).toBe('First\n\nSecond');
    expect(joinDrafts('My note draft  ', 'First')).toBe('My note draft\n\nFirst');
    expect(joinDrafts('  ', 'First')).toBe('First');
    expect(joinDrafts('Draft', '')).toBe('Draft');
  });

  it('signing out waits for a reply already being sent (not reporting it lost), and gives up after a while when the server does not answer', async () => {
    let confirm!: () => void;
    addStaffReply.mockImplementationOnce(() => new Promise<string>((resolve) => (confirm = () => resolve('r1'))));
    const id = queueReply(db, me, task, 'On its way', labels, 10_000);
    sendReplyNow(id);
    let answer: boolean | undefined;
    void flushOutgoing(5_000).then((allSent) => (answer = allSent));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(answer).toBeUndefined(); // still waiting for the write under way
    confirm();
    await vi.advanceTimersByTimeAsync(0);
    expect(answer).toBe(true);
    expect(addStaffReply).toHaveBeenCalledTimes(1);

    let never!: () => void;
    addStaffReply.mockImplementationOnce(() => new Promise<string>((resolve) => (never = () => resolve('r2'))));
    queueReply(db, me, task, 'Offline', labels, 10_000);
    const flushed = flushOutgoing(5_000);
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(flushed).resolves.toBe(false);
    never();
    await vi.runAllTimersAsync();
  });

  it('a reply is shown by its thread while the thread is on screen, by the shell’s stack otherwise', () => {
    queueReply(db, me, task, 'Where am I?', labels, 10_000);
    expect(current()[0]?.inThread).toBe(false);
    const hide = showThread(task);
    const hideAgain = showThread({ ...task });
    expect(current()[0]?.inThread).toBe(true);
    hide();
    expect(current()[0]?.inThread).toBe(true); // another view of the same thread is still open
    hideAgain();
    expect(current()[0]?.inThread).toBe(false);
    const hideOther = showThread({ kind: 'task', companyId: 'acme', taskId: 'other' });
    expect(current()[0]?.inThread).toBe(false);
    hideOther();
  });
});
