import { describe, expect, it } from 'vitest';
import { APPROVAL_DECISION, INVOICE_STATUS, PROJECT_STATUS, REQUEST_STATUS, TASK_PRIORITY, TASK_STATUS } from './labels';

describe('the shared label tables', () => {
  it('say each value in sentence case, with the words spelled out where the value is not one', () => {
    expect(TASK_STATUS).toEqual({
      todo: { label: 'To do', tone: 'neutral' },
      in_progress: { label: 'In progress', tone: 'progress' },
      in_review: { label: 'In review', tone: 'review' },
      done: { label: 'Done', tone: 'success' },
    });
    expect(TASK_PRIORITY.urgent).toEqual({ label: 'Urgent', tone: 'danger' });
    expect(PROJECT_STATUS.on_hold).toEqual({ label: 'On hold', tone: 'warning' });
    expect(Object.keys(PROJECT_STATUS)).toEqual(['planned', 'active', 'on_hold', 'completed']);
    expect(INVOICE_STATUS.void).toEqual({ label: 'Void', tone: 'neutral' });
    expect(REQUEST_STATUS.withdrawn).toEqual({ label: 'Withdrawn', tone: 'neutral' });
    expect(APPROVAL_DECISION.changes_requested).toEqual({ label: 'Changes requested', tone: 'warning' });
  });
});
