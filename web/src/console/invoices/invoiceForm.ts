/**
 * The invoice editor's form: what the inputs hold (strings, as typed), the zod schema that
 * checks them with the rules' limits, and the conversion to the stored invoice content.
 */
import { z } from 'zod';
import { CURRENCIES, LIMITS, LINE_ITEM_KINDS, type Currency, type Invoice, type LineItemKind } from '@model';
import { impliedTaxRate, invoiceTotals, isInvoiceNumberTaken } from './invoiceMath';
import type { InvoiceContent } from './writes';
import { addDays } from '../lib/dates';
import { moneyInputProblem, moneyInputValue, parseMoneyInput } from '../lib/money';

export interface LineFormValue {
  description: string;
  kind: LineItemKind;
  quantity: string;
  /** in major units as typed, e.g. "140.00" */
  unitPrice: string;
}

export interface InvoiceFormValues {
  companyId: string;
  number: string;
  currency: Currency;
  issueDate: string;
  dueDate: string;
  /** percent as typed, e.g. "8" */
  taxRate: string;
  lineItems: LineFormValue[];
}

export interface InvoiceFormResult {
  companyId: string;
  content: InvoiceContent;
  taxRate: number;
}

export const DEFAULT_PAYMENT_TERMS_DAYS = 30;
export const MAX_QUANTITY = 100_000;

export function emptyLine(kind: LineItemKind = 'fixed'): LineFormValue {
  return { description: '', kind, quantity: '1', unitPrice: '' };
}

export function newInvoiceValues(options: { companyId: string; number: string; today: string; currency?: Currency; taxRate?: number }): InvoiceFormValues {
  return {
    companyId: options.companyId,
    number: options.number,
    currency: options.currency ?? 'USD',
    issueDate: options.today,
    dueDate: addDays(options.today, DEFAULT_PAYMENT_TERMS_DAYS),
    taxRate: String(options.taxRate ?? 0),
    lineItems: [emptyLine()],
  };
}

export function invoiceToValues(companyId: string, invoice: Invoice): InvoiceFormValues {
  return {
    companyId,
    number: invoice.number,
    currency: invoice.currency,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    taxRate: String(impliedTaxRate(invoice)),
    lineItems: invoice.lineItems.map((item) => ({
      description: item.description,
      kind: item.kind,
      quantity: String(item.quantity),
      unitPrice: moneyInputValue(item.unitAmount, invoice.currency, { fixed: true }),
    })),
  };
}

/** Quantity as typed → number with at most 2 decimals, or null. */
export function parseQuantity(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Number(t);
}

export function parseTaxRate(text: string): number | null {
  const t = text.trim().replace(',', '.').replace(/%$/, '');
  if (t === '') return 0;
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return null;
  const n = Number(t);
  return n <= 100 ? n : null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Live totals while typing (unparseable lines count as 0). */
export function draftTotals(values: Pick<InvoiceFormValues, 'lineItems' | 'taxRate' | 'currency'>) {
  const items = values.lineItems.map((line) => ({
    quantity: parseQuantity(line.quantity) ?? 0,
    unitAmount: parseMoneyInput(line.unitPrice, values.currency, { allowNegative: true }) ?? 0,
  }));
  return invoiceTotals(items, parseTaxRate(values.taxRate) ?? 0);
}

export function invoiceFormSchema(context: { invoices: readonly { id: string; number: string }[]; editingId?: string }) {
  const line = z.object({
    description: z
      .string()
      .trim()
      .min(1, 'Describe the line.')
      .max(LIMITS.shortText, `At most ${LIMITS.shortText} characters.`)
      .refine((v) => !/[\r\n]/.test(v), 'One line per description.'),
    kind: z.enum(LINE_ITEM_KINDS),
    quantity: z.string(),
    unitPrice: z.string(),
  });
  return z
    .object({
      companyId: z.string().min(1, 'Pick the client.'),
      number: z
        .string()
        .trim()
        .min(1, 'Give the invoice a number.')
        .max(40, 'At most 40 characters.')
        .refine((n) => !isInvoiceNumberTaken(n, context.invoices, context.editingId), 'Another invoice already has this number.'),
      currency: z.enum(CURRENCIES),
      issueDate: z.string().regex(ISO, 'Pick the issue date.'),
      dueDate: z.string().regex(ISO, 'Pick the due date.'),
      taxRate: z.string(),
      lineItems: z.array(line).min(1, 'Add at least one line.').max(LIMITS.lineItems, `At most ${LIMITS.lineItems} lines.`),
    })
    .superRefine((v, ctx) => {
      if (ISO.test(v.issueDate) && ISO.test(v.dueDate) && v.dueDate < v.issueDate) {
        ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'The due date is before the issue date.' });
      }
      if (parseTaxRate(v.taxRate) === null) ctx.addIssue({ code: 'custom', path: ['taxRate'], message: 'A percentage from 0 to 100, e.g. 8 or 7.25.' });
      v.lineItems.forEach((item, i) => {
        const quantity = parseQuantity(item.quantity);
        if (quantity === null || quantity <= 0 || quantity > MAX_QUANTITY) {
          ctx.addIssue({ code: 'custom', path: ['lineItems', i, 'quantity'], message: 'More than 0, at most 2 decimals.' });
        }
        const priceProblem = moneyInputProblem(item.unitPrice, v.currency, { allowNegative: true, example: '1200 or 99.50' });
        if (priceProblem) ctx.addIssue({ code: 'custom', path: ['lineItems', i, 'unitPrice'], message: priceProblem });
      });
    })
    .transform((v, ctx): InvoiceFormResult => {
      const lineItems = v.lineItems.map((item) => ({
        description: item.description,
        kind: item.kind,
        quantity: parseQuantity(item.quantity) ?? 0,
        unitAmount: parseMoneyInput(item.unitPrice, v.currency, { allowNegative: true }) ?? 0,
      }));
      const taxRate = parseTaxRate(v.taxRate) ?? 0;
      const totals = invoiceTotals(lineItems, taxRate);
      if (totals.subtotal < 0) ctx.addIssue({ code: 'custom', path: ['taxRate'], message: 'The subtotal is negative: credits cannot exceed the charges.' });
      if (totals.total > LIMITS.money) ctx.addIssue({ code: 'custom', path: ['taxRate'], message: 'The total is larger than an invoice can hold.' });
      return {
        companyId: v.companyId,
        taxRate,
        content: { number: v.number, currency: v.currency, issueDate: v.issueDate, dueDate: v.dueDate, lineItems, ...totals },
      };
    });
}
