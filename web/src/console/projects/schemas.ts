/** The project form as a zod schema, with the limits the rules enforce (LIMITS). */
import { z } from 'zod';
import { CURRENCIES, ENGAGEMENT_TYPES, LIMITS, PROJECT_STATUSES, type TeamMemberRef } from '@model';
import { moneyInputProblem, parseMoneyInput } from '../lib/money';
import type { FinanceFields, ProjectFields } from './writes';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The team members `after` adds to `before` (an entry whose name changed counts, as in the rules). */
export function addedMembers(before: readonly TeamMemberRef[], after: readonly TeamMemberRef[]): number {
  const had = new Set(before.map((m) => `${m.uid}\n${m.displayName}`));
  return after.filter((m) => !had.has(`${m.uid}\n${m.displayName}`)).length;
}

/** A project and its private finance record; the budget as typed (minor units once parsed). */
export const projectSchema = z
  .object({
    companyId: z.string().min(1, 'Choose the company this project is for.'),
    name: z
      .string()
      .trim()
      .min(1, 'Give the project a name.')
      .max(LIMITS.shortText, `Project names are limited to ${LIMITS.shortText} characters.`),
    status: z.enum(PROJECT_STATUSES),
    startDate: z.string().regex(ISO_DATE, 'Pick a start and an end date.'),
    endDate: z.string().regex(ISO_DATE, 'Pick a start and an end date.'),
    description: z
      .string()
      .max(LIMITS.longText, `The description is too long (${LIMITS.longText.toLocaleString('en')} characters at most).`)
      .transform((v) => v.trim()),
    team: z.array(z.object({ uid: z.string(), displayName: z.string() })).max(LIMITS.team, `A team has at most ${LIMITS.team} people.`),
    engagementType: z.enum(ENGAGEMENT_TYPES),
    budget: z.string(),
    currency: z.enum(CURRENCIES),
  })
  .refine((v) => v.startDate <= v.endDate, { path: ['endDate'], message: 'The end date must be on or after the start date.' })
  .transform((v, ctx): { companyId: string; fields: ProjectFields; finance: FinanceFields } => {
    const problem = moneyInputProblem(v.budget, v.currency, { emptyAs: 0, example: '36000' });
    const budget = parseMoneyInput(v.budget, v.currency, { emptyAs: 0 });
    if (problem || budget === null) {
      ctx.addIssue({ code: 'custom', path: ['budget'], message: problem ?? 'Enter the budget as an amount, like 36000.' });
      return z.NEVER;
    }
    const { companyId, engagementType, currency, budget: _typed, ...fields } = v;
    return { companyId, fields, finance: { engagementType, currency, budget } };
  });
