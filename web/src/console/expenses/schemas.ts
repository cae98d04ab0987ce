/** The expense form as a zod schema, with the limits the rules enforce. */
import { z } from 'zod';
import { CURRENCIES, EXPENSE_CATEGORIES, LIMITS } from '@model';
import { moneyInputProblem, parseMoneyInput } from '../lib/money';
import type { ExpenseFields } from './writes';

/** firestore.rules isValidExpense: `isText(d.description, 0, LIMITS.expenseDescription)`. */
export const EXPENSE_DESCRIPTION_MAX = LIMITS.expenseDescription;

export const expenseSchema = z
  .object({
    description: z.string().refine((v) => v.trim().length <= EXPENSE_DESCRIPTION_MAX, `At most ${EXPENSE_DESCRIPTION_MAX} characters.`),
    companyId: z.string().min(1, 'Pick the client it was for.'),
    projectId: z.string(),
    amount: z.string(),
    currency: z.enum(CURRENCIES),
    category: z.enum(EXPENSE_CATEGORIES),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Pick the date.'),
  })
  .transform((v, ctx): ExpenseFields => {
    const problem = moneyInputProblem(v.amount, v.currency, { positive: true, example: '349 or 12.99' });
    const amount = parseMoneyInput(v.amount, v.currency);
    if (problem || amount === null) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: problem ?? 'Enter an amount above zero, like 349 or 12.99.' });
      return z.NEVER;
    }
    return { ...v, projectId: v.projectId || null, amount };
  });
