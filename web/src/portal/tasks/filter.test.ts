import { describe, expect, it } from 'vitest';
import { dueState, filterTasks, ongoingTasks, parseTaskFilter, sortByDueDate, taskFilterSearch } from './filter';

const t = (title: string, dueDate: string, status: 'todo' | 'in_progress' | 'in_review' | 'done' = 'todo', projectId = 'p1') => ({ title, dueDate, status, projectId });

describe('tasks', () => {
  it('sorts soonest due first, then by title', () => {
    const sorted = sortByDueDate([t('c', '2026-03-10'), t('b', '2026-03-01'), t('a', '2026-03-10'), t('z', '')]);
    expect(sorted.map((x) => x.title)).toEqual(['b', 'a', 'c', 'z']);
  });

  it('filters by status and project', () => {
    const tasks = [t('a', '2026-03-01', 'done', 'p1'), t('b', '2026-03-02', 'in_review', 'p2'), t('c', '2026-03-03', 'todo', 'p1')];
    expect(filterTasks(tasks, { status: 'all', projectId: 'all' })).toHaveLength(3);
    expect(filterTasks(tasks, { status: 'done', projectId: 'all' }).map((x) => x.title)).toEqual(['a']);
    expect(filterTasks(tasks, { status: 'open', projectId: 'all' }).map((x) => x.title)).toEqual(['b', 'c']);
    expect(filterTasks(tasks, { status: 'all', projectId: 'p1' }).map((x) => x.title)).toEqual(['a', 'c']);
    expect(filterTasks(tasks, { status: 'todo', projectId: 'p2' })).toEqual([]);
  });

  it('lists ongoing tasks: not done, soonest due first', () => {
    const tasks = [t('late', '2026-03-09', 'in_progress'), t('done', '2026-03-01', 'done'), t('soon', '2026-03-05', 'in_review')];
    expect(ongoingTasks(tasks).map((x) => x.title)).toEqual(['soon', 'late']);
  });

  it('round-trips the filter through the URL and ignores junk', () => {
    expect(parseTaskFilter('?status=in_review&project=website')).toEqual({ status: 'in_review', projectId: 'website' });
    expect(parseTaskFilter('?status=bogus')).toEqual({ status: 'all', projectId: 'all' });
    expect(taskFilterSearch({ status: 'done', projectId: 'all' })).toBe('?status=done');
    expect(taskFilterSearch({ status: 'all', projectId: 'all' })).toBe('');
  });

  it('rates due dates', () => {
    expect(dueState({ dueDate: '2026-03-01', status: 'todo' }, '2026-03-04')).toBe('overdue');
    expect(dueState({ dueDate: '2026-03-04', status: 'todo' }, '2026-03-04')).toBe('today');
    expect(dueState({ dueDate: '2026-03-08', status: 'todo' }, '2026-03-04')).toBe('soon');
    expect(dueState({ dueDate: '2026-04-08', status: 'todo' }, '2026-03-04')).toBe('later');
    expect(dueState({ dueDate: '2026-03-01', status: 'done' }, '2026-03-04')).toBe('done');
  });
});
