/** The contact and access forms as zod schemas, with the limits the rules enforce (LIMITS). */
import { z } from 'zod';
import { LIMITS, PORTAL_SCOPES } from '@model';
import { emailAddress } from '../lib/fields';
import type { ContactFields } from './writes';

const short = (what: string) => z.string().trim().max(LIMITS.shortText, `${what} limited to ${LIMITS.shortText} characters.`);

export const contactSchema = z.object({
  name: short('Names are').min(1, 'Give the contact a name.'),
  email: emailAddress('Enter a valid email address: portal invitations go there.').transform((v) => v.toLowerCase()),
  title: short('Phone and title are'),
  phone: short('Phone and title are'),
}) satisfies z.ZodType<ContactFields, ContactFields>;

/** Changing a portal account's access: a client of one company, or staff / admin. */
export const accessSchema = z
  .object({ role: z.enum(['client', 'staff', 'admin']), companyId: z.string() })
  .transform((v) => ({ role: v.role, companyId: v.role === 'client' ? v.companyId : null }));

/** The portal areas a contact gets: Work and/or Billing, at least one (setContactScopesInput, inviteUser's `scopes`). */
export const scopesSchema = z
  .object({ work: z.boolean(), billing: z.boolean() })
  .refine((v) => v.work || v.billing, { message: 'Choose at least one portal area.', path: ['work'] })
  .transform((v) => PORTAL_SCOPES.filter((scope) => v[scope]));
