/** The manual payment form as a zod schema (the invoice editor's is ./invoiceForm.ts). */
import { z } from 'zod';
import type { Currency } from '@model';
import { todayIso } from '../../lib/format';
import { moneyInputProblem, parseMoneyInput } from '../lib/money';

/** A payment received outside Stripe, in the invoice's currency, on a day that is not in the future. */
export function paymentSchema(currency: Currency) {
  return z
    .object({
      amount: z.string(),
      paidOn: z
        .string()
        .min(1, 'Pick the day the money arrived.')
        .refine((v) => v <= todayIso(), 'The payment date cannot be in the future.'),
    })
    .transform((v, ctx) => {
      const problem = moneyInputProblem(v.amount, currency, { positive: true, example: '1200 or 99.50' });
      const amount = parseMoneyInput(v.amount, currency);
      if (problem || amount === null) {
        ctx.addIssue({ code: 'custom', path: ['amount'], message: problem ?? 'Enter an amount above zero, like 1200 or 99.50.' });
        return z.NEVER;
      }
      return { amount, paidOn: v.paidOn };
    });
}
