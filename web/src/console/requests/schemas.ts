/** The decision forms: accept (a project when the request has none, an optional note) or decline (a reason). */
import { z } from 'zod';
import { LIMITS } from '@model';

export const acceptSchema = z.object({
  projectId: z.string().min(1, 'Choose the project the task belongs to.'),
  reason: z.string().trim().max(LIMITS.decisionReason, `Notes are limited to ${LIMITS.decisionReason.toLocaleString('en')} characters.`),
});

export const declineSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Say why the request is declined: the client reads it.')
    .max(LIMITS.decisionReason, `The reason is limited to ${LIMITS.decisionReason.toLocaleString('en')} characters.`),
});
