import { describe, expect, it } from 'vitest';
import { taskEdit, type TaskFields } from './writes';

const opened: TaskFields = {
  projectId: 'website-redesign',
  title: 'Homepage design',
  description: 'Hero and sections',
  status: 'in_review',
  priority: 'high',
  assignee: { uid: 'u-sam', displayName: 'Sam' },
  dueDate: '2026-12-20',
};

describe('taskEdit: saving an edited task writes only what the person changed', () => {
  it('a title edit writes the title alone: the status someone else changed meanwhile is not put back', () => {
    expect(taskEdit(opened, { ...opened, title: '  Homepage design v2 ' })).toEqual({ title: 'Homepage design v2' });
  });

  it('each changed field is written, with its new value (an unassigned task, a later due date)', () => {
    expect(taskEdit(opened, { ...opened, status: 'done', assignee: null, dueDate: '2027-01-08' })).toEqual({ status: 'done', assignee: null, dueDate: '2027-01-08' });
    expect(taskEdit(opened, { ...opened, assignee: { uid: 'u-ada', displayName: 'Ada' } })).toEqual({ assignee: { uid: 'u-ada', displayName: 'Ada' } });
  });

  it('nothing changed writes nothing', () => {
    expect(taskEdit(opened, { ...opened, assignee: { ...opened.assignee! }, description: 'Hero and sections ' })).toEqual({});
  });
});
