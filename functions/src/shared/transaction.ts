/**
 * Firestore's runTransaction, which also re-runs a transaction the Firestore emulator closed.
 *
 * Under contention production Firestore aborts the losing transaction (ABORTED) and the SDK runs
 * it again. The emulator, loaded, sometimes closes it instead: the next read or the commit fails
 * with INVALID_ARGUMENT "Transaction is invalid or closed." (firebase-tools#4473), which the SDK
 * treats as final. The demo runs on the emulators, so a double click there must still end in the
 * same answer as in production (e.g. "already used"), not an internal error.
 */
import type { Firestore, ReadWriteTransactionOptions, Transaction } from 'firebase-admin/firestore';

const EXTRA_RUNS = 4;

export function isClosedTransaction(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 3 && typeof message === 'string' && /Transaction is invalid or (closed|expired)/.test(message);
}

export async function runTransaction<T>(
  db: Pick<Firestore, 'runTransaction'>,
  update: (tx: Transaction) => Promise<T>,
  options?: ReadWriteTransactionOptions,
): Promise<T> {
  for (let run = 0; ; run++) {
    try {
      return await db.runTransaction(update, options);
    } catch (error) {
      if (run >= EXTRA_RUNS || !isClosedTransaction(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** run * (1 + Math.random())));
    }
  }
}
