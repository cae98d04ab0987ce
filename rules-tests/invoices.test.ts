/**
 * companies/{c}/invoices/{i} (DESIGN §4): clients read issued invoices only (queries must filter
 * on status); staff read; admin writes drafts, issues and voids; payment fields are Functions'.
 */
import { deleteDoc, doc, setDoc, updateDoc, type DocumentData } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { LIMITS, paths, type InvoiceStatus } from '@model';
import { ACME, dbOf, type ActorKey } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { PAST, build, put } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/invoices';
import { runMatrix } from './support/matrix';

useRulesEnv('invoices');

/** New lines one write may add (firestore.rules areLineItems). */
const LINES_PER_WRITE = 15;

const invoice = (id: string) => paths.invoice(ACME, id);
const edited = (): DocumentData => ({
  lineItems: [{ description: 'Design sprint', quantity: 12, unitAmount: 15000, kind: 'hourly' }],
  subtotal: 180000,
  tax: 18000,
  total: 198000,
});

runMatrix(rows);

describe('field escalation', () => {
  const target = 'inv-esc';
  const ref = (key: ActorKey = 'admin', id = target) => doc(dbOf(key), invoice(id));

  describe('clients', () => {
    it('a client cannot mark their invoice paid (control: admin issues a draft)', async () => {
      await put(invoice(target), build.invoice('pending'));
      await expectDenied(updateDoc(ref('clientAcme'), { status: 'paid' }));
      await expectDenied(updateDoc(ref('previewAcme'), { status: 'paid' }));
      await put(invoice(target), build.invoice('draft'));
      await expectAllowed(updateDoc(ref(), { status: 'pending' }));
    });
    it('a client cannot change the total of their invoice (control: admin on a draft)', async () => {
      await put(invoice(target), build.invoice('pending'));
      await expectDenied(updateDoc(ref('clientAcme'), { subtotal: 1, tax: 0, total: 1 }));
      await put(invoice(target), build.invoice('draft'));
      await expectAllowed(updateDoc(ref(), { subtotal: 1, tax: 0, total: 1 }));
    });
  });

  describe('admin creates drafts only', () => {
    const cases: [string, DocumentData][] = [
      ['a pending invoice', build.invoice('pending')],
      ['a paid invoice', build.invoice('paid')],
      ['a draft with amountPaid 100', { ...build.invoice('draft'), amountPaid: 100 }],
      ['a draft with paidAt set', { ...build.invoice('draft'), paidAt: PAST }],
      ['a total that is not subtotal + tax', { ...build.invoice('draft'), total: 1 }],
      ['a fractional amount', { ...build.invoice('draft'), subtotal: 1.5, tax: 0, total: 1.5 }],
      ['an unsupported currency', { ...build.invoice('draft'), currency: 'JPY' }],
      ['a line item of an unknown kind', { ...build.invoice('draft'), lineItems: [{ description: 'x', quantity: 1, unitAmount: 1, kind: 'gift' }] }],
      ['a due date before the issue date', { ...build.invoice('draft'), dueDate: '2026-01-01' }],
      ['an extra key', { ...build.invoice('draft'), stripeSessionId: 'cs_1' }],
    ];
    for (const [label, data] of cases) {
      it(`admin creating ${label}: denied (control: a valid draft)`, async () => {
        await put(invoice(target), null);
        await expectDenied(setDoc(ref(), data));
        await expectAllowed(setDoc(ref(), build.invoice('draft')));
      });
    }
  });

  describe(`line items, one by one (LIMITS.lineItems ${LIMITS.lineItems}; the rules check at most ${LINES_PER_WRITE} new lines per write)`, () => {
    const line = (i: number) => ({ description: `Line ${i + 1}`, quantity: [1.5, 2, 0.25][i % 3], unitAmount: 10000 - i, kind: (['hourly', 'fixed', 'expense'] as const)[i % 3] });
    const lines = (n: number, bad?: { at: number; entry: unknown }) =>
      Array.from({ length: n }, (_, i) => (bad && bad.at === i ? bad.entry : line(i)));
    // totals are checked for shape only (total = subtotal + tax)
    const draft = (lineItems: unknown[]) => ({ ...build.invoice('draft'), lineItems, subtotal: 1500000, tax: 150000, total: 1650000 });
    const editLines = (lineItems: unknown[]) => updateDoc(ref(), { lineItems });

    it(`a draft of ${LIMITS.lineItems} valid lines, ${LINES_PER_WRITE} new lines per write: allowed; then editing its last line and issuing it: allowed`, async () => {
      await put(invoice(target), null);
      await expectAllowed(setDoc(ref(), draft(lines(LINES_PER_WRITE))));
      for (let n = 2 * LINES_PER_WRITE; n < LIMITS.lineItems + LINES_PER_WRITE; n += LINES_PER_WRITE) {
        await expectAllowed(editLines(lines(Math.min(n, LIMITS.lineItems))));
      }
      await expectAllowed(editLines(lines(LIMITS.lineItems, { at: LIMITS.lineItems - 1, entry: { ...line(0), description: 'Last line, edited' } })));
      await expectAllowed(updateDoc(ref(), { status: 'pending' }));
    });
    it(`a new draft with ${LINES_PER_WRITE} lines: allowed; with ${LINES_PER_WRITE + 1} new lines in one write: denied`, async () => {
      await put(invoice(target), null);
      await expectDenied(setDoc(ref(), draft(lines(LINES_PER_WRITE + 1))));
      await expectAllowed(setDoc(ref(), draft(lines(LINES_PER_WRITE))));
    });
    const badEntries: [string, unknown][] = [
      ['of an unknown kind', { ...line(0), kind: 'gift' }],
      ['with quantity 0', { ...line(0), quantity: 0 }],
      ['with a negative quantity', { ...line(0), quantity: -1 }],
      ['with quantity 100001', { ...line(0), quantity: 100001 }],
      ['with quantity as a string', { ...line(0), quantity: '2' }],
      ['with a fractional unitAmount', { ...line(0), unitAmount: 10.5 }],
      ['with unitAmount as a string', { ...line(0), unitAmount: '10000' }],
      ['with a unitAmount above 10^11', { ...line(0), unitAmount: 100000000001 }],
      ['without a description', { quantity: 1, unitAmount: 1, kind: 'fixed' }],
      ['with an empty description', { ...line(0), description: '' }],
      ['with a two-line description', { ...line(0), description: 'Design\nfixed' }],
      ['with an extra key', { ...line(0), taxRate: 0 }],
      ['that is a string', 'Design sprint'],
    ];
    for (const [label, entry] of badEntries) {
      for (const at of [LIMITS.lineItems - 1, LIMITS.lineItems / 2]) {
        it(`a line ${label} at index ${at} of ${LIMITS.lineItems}: denied (control: a valid line there)`, async () => {
          await put(invoice(target), draft(lines(LIMITS.lineItems)));
          await expectDenied(editLines(lines(LIMITS.lineItems, { at, entry })));
          await expectAllowed(editLines(lines(LIMITS.lineItems, { at, entry: { ...line(0), description: 'A valid replacement' } })));
        });
      }
      it(`a line ${label} last of ${LINES_PER_WRITE} in a new draft: denied (control: all valid)`, async () => {
        await put(invoice(target), null);
        await expectDenied(setDoc(ref(), draft(lines(LINES_PER_WRITE, { at: LINES_PER_WRITE - 1, entry }))));
        await expectAllowed(setDoc(ref(), draft(lines(LINES_PER_WRITE))));
      });
    }
    it(`${LIMITS.lineItems + 1} lines: denied (control: ${LIMITS.lineItems})`, async () => {
      await put(invoice(target), draft(lines(LIMITS.lineItems)));
      await expectDenied(editLines([...lines(LIMITS.lineItems), line(LIMITS.lineItems)]));
      await expectAllowed(editLines(lines(LIMITS.lineItems).reverse()));
    });
  });

  describe('admin transitions', () => {
    it('draft → pending (issue): allowed', async () => {
      await put(invoice(target), build.invoice('draft'));
      await expectAllowed(updateDoc(ref(), { status: 'pending' }));
    });
    it('draft → void: allowed', async () => {
      await put(invoice(target), build.invoice('draft'));
      await expectAllowed(updateDoc(ref(), { status: 'void' }));
    });
    it('pending (unpaid) → void: allowed; overdue (unpaid) → void: allowed', async () => {
      await put(invoice(target), build.invoice('pending'));
      await expectAllowed(updateDoc(ref(), { status: 'void' }));
      await put(invoice(target), build.invoice('overdue'));
      await expectAllowed(updateDoc(ref(), { status: 'void' }));
    });
    const denied: [string, InvoiceStatus, DocumentData][] = [
      ["draft → 'paid'", 'draft', { status: 'paid' }],
      ["pending → 'paid'", 'pending', { status: 'paid' }],
      ["pending → 'paid' with amountPaid and paidAt", 'pending', { status: 'paid', amountPaid: 165000, paidAt: PAST }],
      ["draft → 'overdue'", 'draft', { status: 'overdue' }],
      ['pending → draft', 'pending', { status: 'draft' }],
      ['paid → void', 'paid', { status: 'void' }],
      ['void → pending', 'void', { status: 'pending' }],
      ['changing amountPaid on a draft', 'draft', { amountPaid: 100 }],
      ['changing paidAt on a draft', 'draft', { paidAt: PAST }],
      ['changing amountPaid on a pending invoice', 'pending', { amountPaid: 165000 }],
      ['editing the lines of a pending invoice', 'pending', edited()],
      ['voiding a pending invoice while changing its total', 'pending', { status: 'void', ...edited() }],
    ];
    for (const [label, from, change] of denied) {
      it(`${label}: denied (control: an allowed transition of a ${from === 'paid' || from === 'void' ? 'draft' : from} invoice)`, async () => {
        await put(invoice(target), build.invoice(from));
        await expectDenied(updateDoc(ref(), change));
        await put(invoice(target), build.invoice(from === 'paid' || from === 'void' ? 'draft' : from));
        await expectAllowed(updateDoc(ref(), { status: 'void' }));
      });
    }
    it('voiding a partly paid pending invoice: denied (control: unpaid)', async () => {
      await put(invoice(target), { ...build.invoice('pending'), amountPaid: 5000, paidAt: PAST });
      await expectDenied(updateDoc(ref(), { status: 'void' }));
      await put(invoice(target), build.invoice('pending'));
      await expectAllowed(updateDoc(ref(), { status: 'void' }));
    });
    it('deleting a pending invoice: denied (control: deleting a draft)', async () => {
      await put(invoice(target), build.invoice('pending'));
      await expectDenied(deleteDoc(ref()));
      await put(invoice(target), build.invoice('draft'));
      await expectAllowed(deleteDoc(ref()));
    });
  });

  describe('staff cannot write invoices', () => {
    it('create a draft: denied (control: admin)', async () => {
      await put(invoice(target), null);
      await expectDenied(setDoc(ref('staff'), build.invoice('draft')));
      await expectAllowed(setDoc(ref(), build.invoice('draft')));
    });
    it('edit a draft, issue it, void it, delete it: denied (control: admin)', async () => {
      await put(invoice(target), build.invoice('draft'));
      await expectDenied(updateDoc(ref('staff'), edited()));
      await expectDenied(updateDoc(ref('staff'), { status: 'pending' }));
      await expectDenied(updateDoc(ref('staff'), { status: 'void' }));
      await expectDenied(deleteDoc(ref('staff')));
      await expectAllowed(updateDoc(ref(), { status: 'pending' }));
    });
  });
});
