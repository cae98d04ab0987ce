/** The task forms as zod schemas, with the limits the rules enforce (LIMITS). */
import { z } from 'zod';
import { LIMITS, TASK_PRIORITIES, TASK_STATUSES } from '@model';
import { httpsLink } from '../lib/fields';

/** A task; the assignee is picked by uid (the dialog turns it into a team member reference). */
export const taskSchema = z.object({
  companyId: z.string().min(1, 'Choose the company.'),
  projectId: z.string().min(1, 'Choose the project this task belongs to.'),
  title: z
    .string()
    .trim()
    .min(1, 'Give the task a title.')
    .max(LIMITS.shortText, `Titles are limited to ${LIMITS.shortText} characters.`),
  description: z
    .string()
    .max(LIMITS.longText, `The description is too long (${LIMITS.longText.toLocaleString('en')} characters at most).`)
    .transform((v) => v.trim()),
  status: z.enum(TASK_STATUSES),
  priority: z.enum(TASK_PRIORITIES),
  assigneeUid: z.string(),
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Pick a due date.'),
});

/** A link deliverable: clients open it from the task. */
export const linkSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Name the deliverable, e.g. "Homepage mockups (Figma)".')
    .max(LIMITS.shortText, `Names are limited to ${LIMITS.shortText} characters.`),
  // firestore.rules isDeliverable: clients open these links, so only https.
  url: httpsLink(),
});
