/**
 * The rollup triggers (Firestore): every write to a time entry, expense, invoice, payment or task
 * reconciles that document's contribution to the rollups (see store.ts for why this is exact
 * under redelivery and concurrency). One export per source collection.
 */
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { runtimeDeps } from '../shared/deps';
import type { SourceKind } from './contributions';
import { reconcileSource } from './store';

function rollupTrigger(document: string, kind: SourceKind) {
  return onDocumentWritten(document, async (event) => {
    const { db, now } = runtimeDeps();
    await reconcileSource(db, { kind, path: event.document }, now);
  });
}

export const rollupTimeEntries = rollupTrigger('timeEntries/{entryId}', 'timeEntry');
export const rollupExpenses = rollupTrigger('expenses/{expenseId}', 'expense');
export const rollupInvoices = rollupTrigger('companies/{companyId}/invoices/{invoiceId}', 'invoice');
export const rollupPayments = rollupTrigger('companies/{companyId}/payments/{paymentId}', 'payment');
export const rollupTasks = rollupTrigger('companies/{companyId}/tasks/{taskId}', 'task');
