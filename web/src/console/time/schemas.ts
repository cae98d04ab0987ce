/** The time entry form as a zod schema, with the limits the rules enforce (isValidTimeEntry). */
import { z } from 'zod';
import { LIMITS, type TimeEntry } from '@model';
import { parseDuration } from '../lib/dates';

/** firestore.rules isValidTimeEntry: `minutes <= LIMITS.minutesPerEntry`, `isText(d.note, 0, LIMITS.timeNote)`. */
export const MINUTES_PER_ENTRY_MAX = LIMITS.minutesPerEntry;
export const TIME_NOTE_MAX = LIMITS.timeNote;

/** `project` is "companyId/projectId"; `duration` as typed ("1.5", "1:30", "1h 30m"). */
export const timeEntrySchema = z
  .object({
    uid: z.string(),
    project: z.string().regex(/^[^/]+\/[^/]+$/, 'Pick a project.'),
    taskId: z.string(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Pick a date.'),
    duration: z.string(),
    billable: z.boolean(),
    note: z.string().refine((v) => v.trim().length <= TIME_NOTE_MAX, `Notes are limited to ${TIME_NOTE_MAX.toLocaleString('en')} characters.`),
  })
  .transform((v, ctx): TimeEntry => {
    const minutes = parseDuration(v.duration);
    if (minutes === null) ctx.addIssue({ code: 'custom', path: ['duration'], message: 'How long? e.g. 1.5 or 1:30' });
    else if (!Number.isInteger(minutes) || minutes <= 0) ctx.addIssue({ code: 'custom', path: ['minutes'], message: 'Enter how long, e.g. 1.5 or 1:30.' });
    else if (minutes > MINUTES_PER_ENTRY_MAX) ctx.addIssue({ code: 'custom', path: ['minutes'], message: 'One entry is at most 24 hours.' });
    const [companyId = '', projectId = ''] = v.project.split('/');
    return { uid: v.uid, companyId, projectId, taskId: v.taskId || null, date: v.date, minutes: minutes ?? 0, billable: v.billable, note: v.note };
  });
