import { describe, expect, it } from 'vitest';
import { DEFAULT_TASK_FILTER, dueState, isDefaultTaskFilter, parseTaskFilter, taskFilterSearch } from './filter';

describe('tasks', () => {
  it('opens on the not-done tasks of every project', () => {
    expect(DEFAULT_TASK_FILTER).toEqual({ status: 'open', projectId: 'all' });
    expect(parseTaskFilter('')).toEqual(DEFAULT_TASK_FILTER);
    expect(taskFilterSearch(DEFAULT_TASK_FILTER)).toBe('');
    expect(isDefaultTaskFilter(parseTaskFilter(''))).toBe(true);
    expect(isDefaultTaskFilter({ status: 'all', projectId: 'all' })).toBe(false);
  });

  it('round-trips the filter through the URL and ignores junk', () => {
    expect(parseTaskFilter('?status=in_review&project=website')).toEqual({ status: 'in_review', projectId: 'website' });
    expect(parseTaskFilter('?status=all')).toEqual({ status: 'all', projectId: 'all' });
    expect(parseTaskFilter('?status=bogus')).toEqual({ status: 'open', projectId: 'all' });
    expect(parseTaskFilter(`?project=${'x'.repeat(129)}`)).toEqual({ status: 'open', projectId: 'all' });
    expect(taskFilterSearch({ status: 'done', projectId: 'all' })).toBe('?status=done');
    expect(taskFilterSearch({ status: 'all', projectId: 'all' })).toBe('?status=all');
    expect(taskFilterSearch({ status: 'open', projectId: 'brand' })).toBe('?project=brand');
    for (const search of ['?status=done', '?status=all', '?project=brand', '?status=todo&project=brand']) {
      expect(taskFilterSearch(parseTaskFilter(search))).toBe(search);
    }
  });

  it('rates due dates', () => {
    expect(dueState({ dueDate: '2026-03-01', status: 'todo' }, '2026-03-04')).toBe('overdue');
    expect(dueState({ dueDate: '2026-03-04', status: 'todo' }, '2026-03-04')).toBe('today');
    expect(dueState({ dueDate: '2026-03-08', status: 'todo' }, '2026-03-04')).toBe('soon');
    expect(dueState({ dueDate: '2026-04-08', status: 'todo' }, '2026-03-04')).toBe('later');
    expect(dueState({ dueDate: '2026-03-01', status: 'done' }, '2026-03-04')).toBe('done');
  });
});
