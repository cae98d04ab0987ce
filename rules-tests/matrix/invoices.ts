/**
 * companies/{c}/invoices/{i} (DESIGN §4): clients read issued invoices only (queries must filter
 * on status); staff read; admin writes drafts, issues and voids; payment fields are Functions'.
 */
import { collection, query, where, type DocumentData } from 'firebase/firestore';
import { CLIENT_VISIBLE_INVOICE_STATUSES, paths, type InvoiceStatus } from '@model';
import { ACME, type ActorKey } from '../support/actors';
import { build, ids } from '../support/fixtures';
import { ACME_BILLING_READERS, ADMIN, STAFF, type MatrixRow } from '../support/matrix-rows';

const invoice = (id: string) => paths.invoice(ACME, id);

const edited = (): DocumentData => ({
  lineItems: [{ description: 'Design sprint', quantity: 12, unitAmount: 15000, kind: 'hourly' }],
  subtotal: 180000,
  tax: 18000,
  total: 198000,
});

export const rows: MatrixRow[] = [
  {
    name: 'companies/{c}/invoices/{i} (pending)',
    get: { path: () => invoice(ids.invoicePending) },
    // the client's query shape: the status filter the rule needs
    list: { query: (db) => query(collection(db, paths.invoices(ACME)), where('status', 'in', [...CLIENT_VISIBLE_INVOICE_STATUSES])) },
    create: { path: (_a, tag) => invoice(tag), data: () => build.invoice('draft') },
    update: { path: (_a, tag) => invoice(tag), existing: () => build.invoice('draft'), data: edited },
    delete: { path: (_a, tag) => invoice(tag), existing: () => build.invoice('draft') },
    allow: { get: ACME_BILLING_READERS, list: ACME_BILLING_READERS, create: ADMIN, update: ADMIN, delete: ADMIN },
  },
];
const byStatus: [InvoiceStatus, string, readonly ActorKey[]][] = [
  ['paid', ids.invoicePaid, ACME_BILLING_READERS],
  ['overdue', ids.invoiceOverdue, ACME_BILLING_READERS],
  ['draft', ids.invoiceDraft, STAFF],
  ['void', ids.invoiceVoid, STAFF],
];
for (const [status, id, readers] of byStatus) {
  rows.push({ name: `companies/{c}/invoices/{i} (${status})`, get: { path: () => invoice(id) }, allow: { get: readers } });
}
rows.push({
  name: 'companies/{c}/invoices (no status filter)',
  list: { query: (db) => collection(db, paths.invoices(ACME)) },
  allow: { list: STAFF },
});

