/**
 * A BulkWriter for the rebuilds whose failures are neither lost nor unhandled: transient errors
 * (cancelled, deadline, unavailable, aborted, exhausted) are retried — every write here is a
 * whole-document set or a delete, so a second attempt is harmless — and `close()` throws once, naming how
 * many writes still failed, so the callable answers with an error instead of half a rebuild.
 */
import type { BulkWriter, DocumentData, DocumentReference, Firestore } from 'firebase-admin/firestore';

// CANCELLED, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, ABORTED, UNAVAILABLE (a busy emulator cancels calls)
const RETRIABLE = new Set([1, 4, 8, 10, 14]);
const MAX_ATTEMPTS = 10;

export interface CheckedWriter {
  set: (ref: DocumentReference, data: DocumentData) => void;
  delete: (ref: DocumentReference) => void;
  /** flushes everything; throws when any write failed for good */
  close: () => Promise<void>;
}

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
