/** Words and badge tones for the enums both the console and the portal show. */
import type { ApprovalDecision, InvoiceStatus, ProjectStatus, RequestStatus, TaskPriority, TaskStatus } from '@model';
import type { Tone } from './ui';

export type Labels<K extends string> = Record<K, { label: string; tone: Tone }>;

/**
 * A table of words and tones from the tones: each value's word is the value in sentence case
 * ('in_progress' → 'In progress') unless `words` spells it otherwise.
 */
export function toneLabels<K extends string>(tones: Record<K, Tone>, words: Partial<Record<K, string>> = {}): Labels<K> {
  const entries = (Object.entries(tones) as [K, Tone][]).map(([key, tone]) => [key, { label: words[key] ?? sentenceCase(key), tone }]);
  return Object.fromEntries(entries) as Labels<K>;
}

function sentenceCase(key: string): string {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const TASK_STATUS = toneLabels<TaskStatus>({ todo: 'neutral', in_progress: 'progress', in_review: 'review', done: 'success' }, { todo: 'To do' });
export const TASK_PRIORITY = toneLabels<TaskPriority>({ low: 'neutral', medium: 'info', high: 'warning', urgent: 'danger' });
export const PROJECT_STATUS = toneLabels<ProjectStatus>({ planned: 'info', active: 'progress', on_hold: 'warning', completed: 'success' });
export const INVOICE_STATUS = toneLabels<InvoiceStatus>({ draft: 'neutral', pending: 'info', overdue: 'danger', paid: 'success', void: 'neutral' });
export const REQUEST_STATUS = toneLabels<RequestStatus>({ submitted: 'info', accepted: 'success', declined: 'danger', withdrawn: 'neutral' });
export const APPROVAL_DECISION = toneLabels<ApprovalDecision>({ approved: 'success', changes_requested: 'warning' });
