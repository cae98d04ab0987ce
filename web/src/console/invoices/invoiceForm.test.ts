import { describe, expect, it } from 'vitest';
import { draftTotals, invoiceFormSchema, invoiceToValues, newInvoiceValues, parseQuantity, parseTaxRate, type InvoiceFormValues } from './invoiceForm';

const invoices = [{ id: 'inv-1001', number: 'INV-1001' }, { id: 'inv-1004', number: 'INV-1004' }];
const valid = (): InvoiceFormValues => ({
  ...newInvoiceValues({ companyId: 'acme', number: 'INV-1005', today: '2026-03-10', taxRate: 8 }),
  lineItems: [
    { description: 'Homepage design', kind: 'fixed', quantity: '1', unitPrice: '4,500' },
    { description: 'Website Redesign — Sam Rivera', kind: 'hourly', quantity: '12.5', unitPrice: '140' },
  ],
});

describe('invoice form', () => {
  it('starts a new invoice due in 30 days', () => {
    expect(newInvoiceValues({ companyId: 'acme', number: 'INV-1005', today: '2026-03-10' })).toMatchObject({ issueDate: '2026-03-10', dueDate: '2026-04-09', currency: 'USD', taxRate: '0' });
  });

  it('turns typed values into the stored content with totals the rules accept', () => {
    const result = invoiceFormSchema({ invoices }).parse(valid());
    expect(result.companyId).toBe('acme');
    expect(result.content).toEqual({
      number: 'INV-1005',
      currency: 'USD',
      issueDate: '2026-03-10',
      dueDate: '2026-04-09',
      lineItems: [
        { description: 'Homepage design', kind: 'fixed', quantity: 1, unitAmount: 450000 },
        { description: 'Website Redesign — Sam Rivera', kind: 'hourly', quantity: 12.5, unitAmount: 14000 },
      ],
      subtotal: 625000,
      tax: 50000,
      total: 675000,
    });
    expect(result.content.total).toBe(result.content.subtotal + result.content.tax);
  });

  it('puts each problem on its field', () => {
    const values = valid();
    values.number = 'INV-1004';
    values.dueDate = '2026-03-01';
    values.taxRate = '120';
    values.lineItems[0] = { description: ' ', kind: 'fixed', quantity: '0', unitPrice: 'lots' };
    const result = invoiceFormSchema({ invoices }).safeParse(values);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['number', 'dueDate', 'taxRate', 'lineItems.0.description', 'lineItems.0.quantity', 'lineItems.0.unitPrice']));
  });

  it('lets a draft keep its own number', () => {
    const values = { ...valid(), number: 'INV-1004' };
    expect(invoiceFormSchema({ invoices, editingId: 'inv-1004' }).safeParse(values).success).toBe(true);
  });

  it('refuses a negative subtotal and an empty invoice', () => {
    const credit = { ...valid(), lineItems: [{ description: 'Credit', kind: 'fixed' as const, quantity: '1', unitPrice: '-10' }] };
    expect(invoiceFormSchema({ invoices }).safeParse(credit).success).toBe(false);
    expect(invoiceFormSchema({ invoices }).safeParse({ ...valid(), lineItems: [] }).success).toBe(false);
  });

  it('round-trips a stored invoice', () => {
    const stored = invoiceFormSchema({ invoices }).parse(valid()).content;
    const again = invoiceFormSchema({ invoices, editingId: 'x' }).parse(invoiceToValues('acme', { ...stored, status: 'draft', amountPaid: 0, paidAt: null }));
    expect(again.content).toEqual(stored);
  });

  it('computes live totals while typing', () => {
    expect(draftTotals({ currency: 'USD', taxRate: '10', lineItems: [{ description: '', kind: 'fixed', quantity: '2', unitPrice: '50' }, { description: '', kind: 'fixed', quantity: 'x', unitPrice: '' }] })).toEqual({ subtotal: 10000, tax: 1000, total: 11000 });
  });

  it('reads quantities and rates', () => {
    expect(parseQuantity('1,5')).toBe(1.5);
    expect(parseQuantity('1.234')).toBeNull();
    expect(parseTaxRate('8%')).toBe(8);
    expect(parseTaxRate('')).toBe(0);
    expect(parseTaxRate('-1')).toBeNull();
  });
});
