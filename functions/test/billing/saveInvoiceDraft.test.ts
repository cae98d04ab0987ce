/**
 * saveInvoiceDraft: a 100-line draft (more than a direct write may carry under the rules) is
 * created and edited with every line checked; bad lines, wrong sums, issued invoices, duplicate
 * numbers and non-admins are refused with a sentence, and nothing is written.
 */
import { describe, expect, it } from 'vitest';
import { db } from '../../src/admin';
import { saveInvoiceDraftHandler } from '../../src/billing/saveInvoiceDraft';
import { LIMITS, paths, type Invoice, type LineItem } from '../../src/model';
import { seedInvoice } from '../support/invoices';
import { admin, company, deps, refusal, staff } from '../support/world';

function draft(companyId: string, lines: number, overrides: Record<string, unknown> = {}) {
  const lineItems: LineItem[] = Array.from({ length: lines }, (_, i) => ({ description: `Line ${i + 1}`, quantity: 1.5, unitAmount: 1001 + i, kind: 'hourly' }));
  const subtotal = lineItems.reduce((sum, l) => sum + Math.round(l.quantity * l.unitAmount), 0);
  return { companyId, number: `INV-${Math.random().toString(36).slice(2, 8)}`, issueDate: '2026-12-01', dueDate: '2026-12-31', currency: 'USD', lineItems, subtotal, tax: 500, total: subtotal + 500, ...overrides };
}

const read = async (companyId: string, invoiceId: string) => (await db.doc(paths.invoice(companyId, invoiceId)).get()).data() as Invoice | undefined;

describe('saveInvoiceDraft', () => {
  it(`creates and edits a draft of ${LIMITS.lineItems} lines`, async () => {
    const ada = await admin();
    const { companyId } = await company();
    const input = draft(companyId, LIMITS.lineItems);

    const { invoiceId, created } = await saveInvoiceDraftHandler(ada.request(input), deps());

    expect(created).toBe(true);
    const stored = await read(companyId, invoiceId);
    expect(stored).toMatchObject({ status: 'draft', amountPaid: 0, paidAt: null, total: input.total, number: input.number });
    expect(stored?.lineItems).toHaveLength(LIMITS.lineItems);

    const edited = draft(companyId, 3, { number: input.number });
    await saveInvoiceDraftHandler(ada.request({ ...edited, invoiceId }), deps());
    expect((await read(companyId, invoiceId))?.lineItems).toHaveLength(3);
  });

  it('refuses bad lines, wrong sums and too many lines, writing nothing', async () => {
    const ada = await admin();
    const { companyId } = await company();
    const good = draft(companyId, 2);
    const cases = [
      { ...good, lineItems: [{ ...good.lineItems[0], description: 'two\nlines' }, good.lineItems[1]] },
      { ...good, lineItems: [{ ...good.lineItems[0], kind: 'bonus' }, good.lineItems[1]] },
      { ...good, lineItems: [{ ...good.lineItems[0], quantity: 0 }, good.lineItems[1]] },
      { ...good, subtotal: good.subtotal + 1, total: good.total + 1 },
      { ...good, total: good.total + 1 },
      { ...good, dueDate: '2026-11-30' },
      draft(companyId, LIMITS.lineItems + 1),
      { ...good, status: 'paid' },
    ];
    for (const input of cases) expect((await refusal(saveInvoiceDraftHandler(ada.request(input), deps()))).code).toBe('invalid-argument');
    expect((await db.collection(paths.invoices(companyId)).get()).size).toBe(0);
    // control
    await saveInvoiceDraftHandler(ada.request(good), deps());
    expect((await db.collection(paths.invoices(companyId)).get()).size).toBe(1);
  });

  it('keeps numbers unique per company and edits drafts only', async () => {
    const ada = await admin();
    const issued = await seedInvoice({ status: 'pending', number: 'INV-7001' });
    const taken = await refusal(saveInvoiceDraftHandler(ada.request(draft(issued.companyId, 1, { number: 'INV-7001' })), deps()));
    expect(taken).toMatchObject({ code: 'already-exists' });
    expect(taken.message).toContain('INV-7001 is already used');
    const edit = await refusal(saveInvoiceDraftHandler(ada.request({ ...draft(issued.companyId, 1), invoiceId: issued.invoiceId }), deps()));
    expect(edit.code).toBe('failed-precondition');
    expect((await read(issued.companyId, issued.invoiceId))?.status).toBe('pending');
  });

  it('is for admins only', async () => {
    const { companyId } = await company();
    expect((await refusal(saveInvoiceDraftHandler((await staff()).request(draft(companyId, 1)), deps()))).code).toBe('permission-denied');
  });
});
