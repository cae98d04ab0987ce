/**
 * markOverdueInvoices (daily schedule, DESIGN §5): every `pending` invoice whose due date
 * (`YYYY-MM-DD`) is before today becomes `overdue`. Idempotent: a second run finds nothing to do.
 * Each invoice is re-checked inside its own transaction, so one paid or voided meanwhile is left
 * alone. One collection-group query of the invoices that are pending and past due, in pages
 * (index: invoices status + dueDate + __name__), so a run reads what it marks, not the agency's
 * companies and every invoice not yet due.
 */
import { FieldPath, type Firestore, type Query } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions/v2';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { paths, todayIso, type Invoice } from '../model';
import { runtimeDeps } from '../shared/deps';
import { runTransaction } from '../shared/transaction';

const PAGE = 200;

export interface OverdueRun {
  today: string;
  marked: string[];
}

export async function markOverdueInvoicesHandler(input: { today: string }, deps: { db: Firestore; pageSize?: number }): Promise<OverdueRun> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.today)) throw new Error(`today must be YYYY-MM-DD, got "${input.today}"`);
  const { db, pageSize = PAGE } = deps;
  const marked: string[] = [];
  const pastDue = db.collectionGroup('invoices').where('status', '==', 'pending').where('dueDate', '<', input.today).orderBy('dueDate').orderBy(FieldPath.documentId());
  let page: Query = pastDue.limit(pageSize);
  for (;;) {
    const snap = await page.get();
    for (const doc of snap.docs) {
      if (doc.ref.parent.parent?.parent.path !== paths.companies()) continue;
      const changed = await runTransaction(db, async (tx) => {
        const invoice = (await tx.get(doc.ref)).data() as Partial<Invoice> | undefined;
        if (invoice?.status !== 'pending' || typeof invoice.dueDate !== 'string' || !(invoice.dueDate < input.today)) return false;
        tx.update(doc.ref, { status: 'overdue' });
        return true;
      });
      if (changed) marked.push(doc.ref.path);
    }
    if (snap.size < pageSize) break;
    page = pastDue.startAfter(snap.docs[snap.docs.length - 1]!).limit(pageSize);
  }
  return { today: input.today, marked };
}

export const markOverdueInvoices = onSchedule({ schedule: 'every day 00:05', timeZone: 'UTC' }, async () => {
  const { db, now } = runtimeDeps();
  const run = await markOverdueInvoicesHandler({ today: todayIso(now()) }, { db });
  logger.info('markOverdueInvoices', { today: run.today, marked: run.marked.length });
});
