/** Document ids as the callables and the Stripe webhook accept them. */
import { z } from 'zod';

/**
 * A Firestore document id from outside: trimmed, 1–128 characters (ours are far shorter; the
 * cap keeps what a caller sends small), no slash, not `.` or `..`.
 */
export const docId = z
  .string()
  .trim()
  .min(1)
  .max(128)
  .refine((s) => !s.includes('/') && s !== '.' && s !== '..', 'must be a document id');
