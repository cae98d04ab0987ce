/**
 * markOverdueInvoices (daily schedule, DESIGN §5): every `pending` invoice whose due date
 * (`YYYY-MM-DD`) is before today becomes `overdue`. Idempotent: a second run finds nothing to do.
 * Each invoice is re-checked inside its own transaction, so one paid or voided meanwhile is left
 * alone. Walks the companies and queries each one's invoices by status (single-field indexes
 * only; no collection-group index to deploy).
 */
import type { Firestore } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions/v2';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { paths, todayIso, type Invoice } from '../model';
import { runtimeDeps } from '../shared/deps';
import { runTransaction } from '../shared/transaction';

export interface OverdueRun {
  today: string;
  marked: string[];
}

export async function markOverdueInvoicesHandler(input: { today: string }, deps: { db: Firestore }): Promise<OverdueRun> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.today)) throw new Error(`today must be YYYY-MM-DD, got "${input.today}"`);
  const { db } = deps;
  const marked: string[] = [];
  const companies = await db.collection(paths.companies()).select().get();
  for (const company of companies.docs) {
    const pending = await db.collection(paths.invoices(company.id)).where('status', '==', 'pending').get();
    for (const doc of pending.docs) {
      const due = (doc.data() as Partial<Invoice>).dueDate;
      if (typeof due !== 'string' || !(due < input.today)) continue;
      const changed = await runTransaction(db, async (tx) => {
        const invoice = (await tx.get(doc.ref)).data() as Partial<Invoice> | undefined;
        if (invoice?.status !== 'pending' || typeof invoice.dueDate !== 'string' || !(invoice.dueDate < input.today)) return false;
        tx.update(doc.ref, { status: 'overdue' });
        return true;
      });
      if (changed) marked.push(doc.ref.path);
    }
  }
  return { today: input.today, marked };
}

export const markOverdueInvoices = onSchedule({ schedule: 'every day 00:05', timeZone: 'UTC' }, async () => {
  const { db, now } = runtimeDeps();
  const run = await markOverdueInvoicesHandler({ today: todayIso(now()) }, { db });
  logger.info('markOverdueInvoices', { today: run.today, marked: run.marked.length });
});
