/**
 * Form fields several console forms share, checked the way the server checks them: what passes
 * here passes firestore.rules and the callables' input schemas.
 */
import { z } from 'zod';

/** firestore.rules isUrlOrEmpty, isCard, isDeliverable ("https://" and at most 1,992 more). */
const URL_MAX = 2000;
/** RFC 5321; firestore.rules isValidContact and inviteUser's input. */
const EMAIL_MAX = 254;

/** A web address or nothing (isUrlOrEmpty): http(s), no spaces, at most 2,000 characters. */
export const urlOrEmpty = (label: string) =>
  z
    .string()
    .trim()
    .max(URL_MAX, `${label} is limited to 2,000 characters.`)
    .refine((v) => v === '' || /^https?:\/\/\S+$/.test(v), `${label} must start with https:// (or be empty).`);

/**
 * A secure link clients open (isDeliverable): a full https address, kept in its normal form (the
 * scheme in lower case, spaces encoded), at most 2,000 characters as stored.
 */
export const httpsLink = () =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'Enter a full link, starting with https://' });
        return z.NEVER;
      }
      if (url.protocol !== 'https:') {
        ctx.addIssue({ code: 'custom', message: 'Links start with https:// (secure links only).' });
        return z.NEVER;
      }
      return url.href;
    })
    .pipe(z.string().max(URL_MAX, 'Links are limited to 2,000 characters.'));

/** An email address as the callables take it (z.email()), at most 254 characters. */
export const emailAddress = (message: string) => z.string().trim().max(EMAIL_MAX, 'Email addresses are limited to 254 characters.').pipe(z.email(message));
