/**
 * A BulkWriter for the rebuilds whose failures are neither lost nor unhandled: transient errors
 * (cancelled, deadline, unavailable, aborted, exhausted) are retried — every write here is a
 * whole-document set or a delete, so a second attempt is harmless — and `close()` throws once, naming how
 * many writes still failed, so the callable answers with an error instead of half a rebuild.
 */
import type { BulkWriter, DocumentData, DocumentReference, Firestore, WriteBatch } from 'firebase-admin/firestore';

// CANCELLED, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, ABORTED, UNAVAILABLE (a busy emulator cancels calls)
const RETRIABLE = new Set([1, 4, 8, 10, 14]);
const MAX_ATTEMPTS = 10;

export interface CheckedWriter {
  set: (ref: DocumentReference, data: DocumentData) => void;
  delete: (ref: DocumentReference) => void;
  /** flushes everything; throws when any write failed for good */
  close: () => Promise<void>;
}

/** How a rebuild writes: `checkedBulkWriter` (the callables) or `batchedWriter`. */
export type WriterFactory = (db: Firestore) => CheckedWriter;

export function checkedBulkWriter(db: Firestore): CheckedWriter {
  const writer: BulkWriter = db.bulkWriter();
  writer.onWriteError((error) => RETRIABLE.has(Number(error.code)) && error.failedAttempts < MAX_ATTEMPTS);
  const failures: string[] = [];
  const record = (error: { documentRef?: DocumentReference; message?: string }) => {
    failures.push(`${error.documentRef?.path ?? '?'}: ${error.message ?? String(error)}`);
  };
  return {
    set: (ref, data) => void writer.set(ref, data).catch(record),
    delete: (ref) => void writer.delete(ref).catch(record),
    close: async () => {
      await writer.close();
      if (failures.length) throw new Error(`${failures.length} write(s) failed, e.g. ${failures[0]}`);
    },
  };
}

const BATCH = 500;

export function batchedWriter(db: Firestore, batchSize = BATCH): CheckedWriter {
  type Op = (batch: WriteBatch) => void;
  let pending: Op[] = [];
  let committed: Promise<void> = Promise.resolve();
  let failure: unknown;
  const commit = async (ops: Op[]) => {
    for (let attempt = 1; ; attempt++) {
      const batch = db.batch();
      for (const op of ops) op(batch);
      try {
        await batch.commit();
        return;
      } catch (error) {
        const code = Number((error as { code?: unknown }).code);
        if (!RETRIABLE.has(code) || attempt >= MAX_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    }
  };
  const flush = () => {
    if (!pending.length) return;
    const ops = pending;
    pending = [];
    committed = committed.then(() => (failure === undefined ? commit(ops) : undefined)).catch((error: unknown) => {
      failure ??= error;
    });
  };
  const add = (op: Op) => {
    pending.push(op);
    if (pending.length >= batchSize) flush();
  };
  return {
    set: (ref, data) => add((batch) => batch.set(ref, data)),
    delete: (ref) => add((batch) => batch.delete(ref)),
    close: async () => {
      flush();
      await committed;
      if (failure !== undefined) throw new Error(`A batch of writes failed: ${failure instanceof Error ? failure.message : String(failure)}`);
    },
  };
}
