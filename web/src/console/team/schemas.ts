/** The team forms as zod schemas, with the limits the rules enforce (LIMITS; isValidStaff). */
import { z } from 'zod';
import { CURRENCIES, LIMITS, type StaffMember, type StaffRate } from '@model';
import { moneyInputProblem, parseMoneyInput } from '../lib/money';
import { emailAddress } from '../lib/fields';

/** firestore.rules isValidStaff: `capacityHoursPerWeek <= LIMITS.capacityHoursPerWeek` (the hours of a week). */
export const CAPACITY_HOURS_MAX = LIMITS.capacityHoursPerWeek;
/** firestore.rules isSkillList. */
export const SKILLS_MAX = 50;
export const SKILL_LENGTH_MAX = 50;

/** A member's directory card, rates (both or neither) and role as typed; the role is applied by the page. */
export const memberSchema = z
  .object({
    displayName: z.string().trim().min(1, 'Enter their name.').max(LIMITS.shortText, `At most ${LIMITS.shortText} characters.`),
    title: z.string().trim().max(LIMITS.shortText, `At most ${LIMITS.shortText} characters.`),
    // firestore.rules isSkillList: at most 50 tags of 1–50 characters each.
    skills: z
      .string()
      .refine((v) => v.split(',').map((t) => t.trim()).filter(Boolean).length <= SKILLS_MAX, `At most ${SKILLS_MAX} skills.`)
      .refine((v) => v.split(',').every((t) => t.trim().length <= SKILL_LENGTH_MAX), `Each skill at most ${SKILL_LENGTH_MAX} characters.`),
    capacity: z
      .string()
      .trim()
      .refine((v) => v !== '' && Number.isFinite(Number(v)) && Number(v) >= 0 && Number(v) <= CAPACITY_HOURS_MAX, `Hours per week, 0–${CAPACITY_HOURS_MAX}.`),
    hourly: z.string(),
    cost: z.string(),
    currency: z.enum(CURRENCIES),
    /** absent while the select is disabled (no account yet, or one's own) */
    role: z.enum(['', 'client', 'staff', 'admin']).optional(),
    active: z.boolean(),
  })
  .transform((v, ctx): { member: StaffMember; rate: StaffRate | null; role: NonNullable<typeof v.role> } => {
    const wanted = v.hourly.trim() !== '' || v.cost.trim() !== '';
    const hourlyRate = parseMoneyInput(v.hourly, v.currency);
    const costRate = parseMoneyInput(v.cost, v.currency);
    // firestore.rules isValidRate: isMoney (LIMITS.money at most)
    const hourlyProblem = wanted ? moneyInputProblem(v.hourly, v.currency, { example: '140 or 95.50' }) : null;
    const costProblem = wanted ? moneyInputProblem(v.cost, v.currency, { example: '65 or 40.50' }) : null;
    if (hourlyProblem) ctx.addIssue({ code: 'custom', path: ['hourly'], message: hourlyProblem });
    if (costProblem) ctx.addIssue({ code: 'custom', path: ['cost'], message: costProblem });
    return {
      member: {
        displayName: v.displayName,
        title: v.title,
        skills: v.skills.split(',').map((s) => s.trim()).filter(Boolean),
        capacityHoursPerWeek: Number(v.capacity),
        active: v.active,
      },
      rate: wanted && hourlyRate !== null && costRate !== null ? { hourlyRate, costRate, currency: v.currency } : null,
      role: v.role ?? '',
    };
  });

/** A teammate invitation: staff or admin, accepted with Google as this address. */
export const inviteSchema = z
  .object({
    email: emailAddress('Enter an email address.'),
    displayName: z.string().trim().max(LIMITS.shortText, `At most ${LIMITS.shortText} characters.`),
    role: z.enum(['staff', 'admin']),
  })
  .transform(({ displayName, ...rest }) => ({ ...rest, ...(displayName ? { displayName } : {}) }));
