/**
 * batchedWriter (shared/bulk.ts), the rebuilds' sequential-batch writer: every write lands across
 * batch boundaries, and a batch that fails for good makes close() throw instead of passing as done.
 */
import { describe, expect, it } from 'vitest';
import { db } from '../../src/admin';
import { batchedWriter } from '../../src/shared/bulk';
import { uid } from '../support/world';

describe('batchedWriter', () => {
  it('writes and deletes every document across batch boundaries', async () => {
    const collection = db.collection(uid('batched'));
    const writer = batchedWriter(db, 10);
    for (let i = 0; i < 25; i++) writer.set(collection.doc(`d${i}`), { i });
    await writer.close();
    const written = await collection.get();
    expect(written.size).toBe(25);
    expect(written.docs.map((doc) => doc.get('i') as number).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i));

    const deleter = batchedWriter(db, 10);
    for (const doc of written.docs.slice(0, 21)) deleter.delete(doc.ref);
    await deleter.close();
    expect((await collection.get()).size).toBe(4);
  });

  it('close() throws when a batch cannot be written, and stops writing after it', async () => {
    const collection = db.collection(uid('batched'));
    const writer = batchedWriter(db, 2);
    writer.set(collection.doc('first'), { ok: true });
    writer.set(collection.doc('second'), { ok: true });
    // undefined is not a Firestore value: this batch fails, and not for a reason worth retrying
    writer.set(collection.doc('bad'), { ok: undefined });
    writer.set(collection.doc('fourth'), { ok: true });
    writer.set(collection.doc('after'), { ok: true });
    await expect(writer.close()).rejects.toThrow(/A batch of writes failed/);
    const ids = (await collection.get()).docs.map((doc) => doc.id).sort();
    expect(ids).toEqual(['first', 'second']);
  });
});
