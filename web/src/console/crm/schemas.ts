/** The CRM's forms as zod schemas, with the limits the rules enforce (LIMITS). */
import { z } from 'zod';
import { COMPANY_STATUSES, LIMITS } from '@model';
import { todayIso } from '../../lib/format';
import { moneyInputProblem, parseMoneyInput } from '../lib/money';
import type { CompanyFields, CrmFields } from './writes';
import { urlOrEmpty } from '../lib/fields';

export const companySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the company a name.')
    .max(LIMITS.shortText, `Names are limited to ${LIMITS.shortText} characters.`),
  status: z.enum(COMPANY_STATUSES),
  website: urlOrEmpty('The website'),
  logoUrl: urlOrEmpty('The logo link'),
}) satisfies z.ZodType<CompanyFields, CompanyFields>;

/** The CRM record's form: the deal value as typed, the last interaction as a day (never in the future). */
export const crmSchema = z
  .object({
    deal: z.string(),
    stage: z.string().max(LIMITS.shortText, `Source and stage are limited to ${LIMITS.shortText} characters.`),
    source: z.string().max(LIMITS.shortText, `Source and stage are limited to ${LIMITS.shortText} characters.`),
    ownerUid: z.string(),
    last: z.string(),
  })
  .transform((v, ctx): CrmFields => {
    const problem = moneyInputProblem(v.deal, 'USD', { emptyAs: 0, example: '48000' });
    const dealValue = parseMoneyInput(v.deal, 'USD', { emptyAs: 0 });
    if (problem || dealValue === null) {
      ctx.addIssue({ code: 'custom', path: ['deal'], message: problem ?? 'Enter the deal value as an amount, like 48000.' });
      return z.NEVER;
    }
    const today = todayIso();
    if (v.last && v.last > today) {
      ctx.addIssue({ code: 'custom', path: ['last'], message: 'The last interaction cannot be in the future.' });
      return z.NEVER;
    }
    // A day in the past is stored at noon local time; today as the server's "now" (isPastOrNow: a
    // browser clock running fast would put it in the future).
    const lastInteractionAt = !v.last ? null : v.last === today ? 'now' : new Date(`${v.last}T12:00:00`);
    return { dealValue, source: v.source, stage: v.stage, ownerUid: v.ownerUid, lastInteractionAt };
  });
export type CrmForm = z.input<typeof crmSchema>;
