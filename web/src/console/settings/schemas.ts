/**
 * Settings forms, validated with the same limits as firestore.rules (isValidBranding,
 * isValidPortalSettings): what passes here passes the rules.
 */
import { z } from 'zod';
import { LIMITS } from '@model';
import { urlOrEmpty } from '../lib/fields';

const color = (label: string) => z.string().trim().regex(/^#[0-9a-fA-F]{6}$/, `${label} must be a hex colour like #3b5bdb.`);

export const brandingSchema = z.object({
  agencyName: z.string().trim().min(1, 'Enter the agency name.').max(LIMITS.shortText, `At most ${LIMITS.shortText} characters.`),
  logoUrl: urlOrEmpty('The logo URL'),
  primaryColor: color('The primary colour'),
  accentColor: color('The accent colour'),
  customDomain: z
    .string()
    .trim()
    .toLowerCase()
    .max(253, 'A domain name is at most 253 characters.')
    .refine((v) => v === '' || /^[a-z0-9.-]+$/.test(v), 'Use letters, digits, dots and hyphens only (no https://, no path).')
    .refine((v) => v === '' || (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v) && !v.split('.').some((l) => l.startsWith('-') || l.endsWith('-'))), 'Enter a full domain like portal.youragency.com.'),
});
export type BrandingForm = z.input<typeof brandingSchema>;

export const cardSchema = z.object({
  title: z.string().trim().min(1, 'Give the card a title.').max(LIMITS.shortText, `At most ${LIMITS.shortText} characters.`),
  description: z.string().trim().max(500, 'At most 500 characters.'),
  link: z
    .string()
    .trim()
    .max(2000, 'At most 2,000 characters.')
    .refine((v) => v === '' || v.startsWith('/') || /^https?:\/\/\S+$/.test(v), 'A link is a portal path like /portal/invoices or a full https:// address.'),
});

export const portalSchema = z.object({
  welcomeMessage: z.string().trim().max(2000, 'At most 2,000 characters.'),
  cards: z.array(cardSchema).length(LIMITS.cards),
  meetingUrl: urlOrEmpty('The meeting link'),
  paymentsEnabled: z.boolean(),
});
export type PortalForm = z.input<typeof portalSchema>;

/** The subdomain part a DNS CNAME record needs: "portal" of "portal.acme.com"; "@" at an apex. */
export function cnameHost(domain: string): string {
  const labels = domain.split('.');
  return labels.length > 2 ? labels.slice(0, -2).join('.') : '@';
}
