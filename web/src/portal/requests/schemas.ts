/** The portal's forms for issue 14 as zod schemas built from LIMITS (react-hook-form resolves them). */
import { z } from 'zod';
import { LIMITS } from '@model';

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} is limited to ${max.toLocaleString('en')} characters.`);

/** New request: a title and what is needed; a project and a due date if the client has them in mind. */
export const newRequestSchema = z.object({
  title: text(LIMITS.requestTitle, 'The title').min(1, 'Give the request a title.'),
  description: text(LIMITS.requestDescription, 'The description').min(1, 'Describe what you need.'),
  projectId: z.string(),
  dueDate: z
    .string()
    .refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value), 'Choose a date, or leave it empty.'),
});
export type NewRequestFields = z.input<typeof newRequestSchema>;

/** Request changes needs a comment (what should change); Approve may add one. */
export const approvalSchema = z
  .object({
    decision: z.enum(['approved', 'changes_requested']),
    comment: text(LIMITS.approvalComment, 'The comment'),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'changes_requested' && !value.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'Say what should change before requesting changes.' });
    }
  });
export type ApprovalFields = z.input<typeof approvalSchema>;
