import { describe, expect, it } from 'vitest';
import { score } from '../lib/text';
import { searchAll } from './search';

const ts = { seconds: 0, nanoseconds: 0, toDate: () => new Date(0), toMillis: () => 0 };
const companies = [
  { id: 'acme', name: 'Acme Corp', status: 'client' as const, website: 'https://acme.example.com', logoUrl: '', createdAt: ts },
  { id: 'globex', name: 'Globex', status: 'client' as const, website: '', logoUrl: '', createdAt: ts },
];
const projects = [{ id: 'web', companyId: 'acme', name: 'Website Redesign', description: '', status: 'active' as const, startDate: '2026-01-01', endDate: '2026-02-01', team: [] }];
const tasks = [
  {
    id: 'home',
    companyId: 'acme',
    projectId: 'web',
    title: 'Homepage design',
    description: '',
    status: 'todo' as const,
    priority: 'high' as const,
    assignee: null,
    dueDate: '2026-01-10',
    deliverables: [],
    createdAt: ts,
    updatedAt: ts,
  },
];

describe('search', () => {
  it('ranks a title prefix above a word prefix above a substring', () => {
    expect(score('home', 'Homepage design')).toBeGreaterThan(score('design', 'Homepage design'));
    expect(score('design', 'Homepage design')).toBeGreaterThan(score('page', 'Homepage design'));
    expect(score('zzz', 'Homepage design')).toBe(0);
    expect(score('', 'anything')).toBe(0);
  });

  it('ignores case and accents', () => {
    expect(score('ACME', 'Acmé Corp')).toBeGreaterThan(0);
  });

  it('finds companies, projects and tasks, with where they belong', () => {
    const results = searchAll('redesign', companies, projects, tasks);
    expect(results.map((r) => [r.kind, r.title, r.to])).toEqual([
      ['project', 'Website Redesign', '/console/projects/acme/web'],
      ['task', 'Homepage design', '/console/tasks/acme/home'],
    ]);
    expect(searchAll('glob', companies, projects, tasks)[0]).toMatchObject({ kind: 'company', title: 'Globex', to: '/console/companies/globex' });
  });
});
