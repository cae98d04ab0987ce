import { describe, expect, it } from 'vitest';
import { LIMITS } from '@model';
import { approvalSchema, newRequestSchema } from './schemas';

describe('request and approval forms', () => {
  it('needs a title and a description within LIMITS; project and date are optional', () => {
    expect(newRequestSchema.safeParse({ title: ' New landing page ', description: 'For the launch', projectId: '', dueDate: '' })).toMatchObject({
      success: true,
      data: { title: 'New landing page' },
    });
    expect(newRequestSchema.safeParse({ title: '  ', description: 'x', projectId: '', dueDate: '' }).success).toBe(false);
    expect(newRequestSchema.safeParse({ title: 'x'.repeat(LIMITS.requestTitle + 1), description: 'x', projectId: '', dueDate: '' }).success).toBe(false);
    expect(newRequestSchema.safeParse({ title: 'x', description: 'x'.repeat(LIMITS.requestDescription + 1), projectId: '', dueDate: '' }).success).toBe(false);
    expect(newRequestSchema.safeParse({ title: 'x', description: 'y', projectId: 'p', dueDate: 'tomorrow' }).success).toBe(false);
    expect(newRequestSchema.safeParse({ title: 'x', description: 'y', projectId: 'p', dueDate: '2026-12-24' }).success).toBe(true);
  });

  it('requires a comment to request changes, not to approve', () => {
    expect(approvalSchema.safeParse({ decision: 'approved', comment: '' }).success).toBe(true);
    expect(approvalSchema.safeParse({ decision: 'changes_requested', comment: '   ' }).success).toBe(false);
    expect(approvalSchema.safeParse({ decision: 'changes_requested', comment: 'Bolder headline' }).success).toBe(true);
    expect(approvalSchema.safeParse({ decision: 'approved', comment: 'x'.repeat(LIMITS.approvalComment + 1) }).success).toBe(false);
  });
});
