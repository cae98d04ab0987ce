/**
 * runTransaction: a transaction the emulator closed (INVALID_ARGUMENT "Transaction is invalid or
 * closed.") runs again, as production's ABORTED would; every other failure reaches the caller
 * after one run. A stand-in `db` decides how each run ends, since the emulator closes
 * transactions only under load, never on demand.
 */
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/admin';
import { isClosedTransaction, runTransaction } from '../../src/shared/transaction';

const closed = () => Object.assign(new Error('3 INVALID_ARGUMENT: Transaction is invalid or closed.'), { code: 3 });

/** A db whose runTransaction fails with each of `failures` in turn, then runs the update. */
function dbFailing(...failures: Error[]) {
  const runs: unknown[] = [];
  const fake: Pick<Firestore, 'runTransaction'> = {
    runTransaction: (async (update: (tx: Transaction) => Promise<unknown>, options?: unknown) => {
      runs.push(options);
      const failure = failures.shift();
      if (failure) throw failure;
      return update({} as Transaction);
    }) as Firestore['runTransaction'],
  };
  return { fake, runs };
}

describe('runTransaction', () => {
  it('runs a transaction the emulator closed again, with the same options, and returns its result', async () => {
    const { fake, runs } = dbFailing(closed(), closed());
    await expect(runTransaction(fake, async () => 'committed', { maxAttempts: 10 })).resolves.toBe('committed');
    expect(runs).toEqual([{ maxAttempts: 10 }, { maxAttempts: 10 }, { maxAttempts: 10 }]);
  });

  it("passes the update's own refusal straight through, after one run", async () => {
    const refusal = new HttpsError('failed-precondition', 'This invitation has already been used.');
    const { fake, runs } = dbFailing(refusal);
    await expect(runTransaction(fake, async () => 'never')).rejects.toBe(refusal);
    expect(runs).toHaveLength(1);
  });

  it('does not run again for any other INVALID_ARGUMENT', async () => {
    const other = Object.assign(new Error('3 INVALID_ARGUMENT: Value for argument "data" is not a valid Firestore document.'), { code: 3 });
    const { fake, runs } = dbFailing(other);
    await expect(runTransaction(fake, async () => 'never')).rejects.toBe(other);
    expect(runs).toHaveLength(1);
  });

  it('gives up after five runs the emulator closed, with its error', async () => {
    const last = closed();
    const { fake, runs } = dbFailing(closed(), closed(), closed(), closed(), last, closed());
    await expect(runTransaction(fake, async () => 'never')).rejects.toBe(last);
    expect(runs).toHaveLength(5);
  });

  it('recognises only the closed or expired transaction', () => {
    expect(isClosedTransaction(closed())).toBe(true);
    expect(isClosedTransaction(Object.assign(new Error('Transaction is invalid or expired.'), { code: 3 }))).toBe(true);
    expect(isClosedTransaction(Object.assign(new Error('Transaction is invalid or closed.'), { code: 10 }))).toBe(false);
    expect(isClosedTransaction('Transaction is invalid or closed.')).toBe(false);
    expect(isClosedTransaction(null)).toBe(false);
  });

  it('commits through the real Firestore like db.runTransaction', async () => {
    const ref = db.doc(`transactionHelper/${Date.now()}`);
    await ref.set({ n: 1 });
    const n = await runTransaction(db, async (tx) => {
      const next = ((await tx.get(ref)).get('n') as number) + 1;
      tx.update(ref, { n: next });
      return next;
    });
    expect(n).toBe(2);
    expect((await ref.get()).get('n')).toBe(2);
  });
});
