import { describe, expect, it } from 'vitest';
import { searchTokens, type SearchEntry } from '@model';
import { score } from '../lib/text';
import { rankEntries } from './search';

const ts = { seconds: 0, nanoseconds: 0, toDate: () => new Date(0), toMillis: () => 0 };
const entry = (kind: SearchEntry['kind'], companyId: string, docId: string, title: string, subtitle = ''): SearchEntry => ({
  kind,
  companyId,
  docId,
  title,
  subtitle,
  tokens: searchTokens(title, subtitle),
  updatedAt: ts,
});
const entries = [
  entry('company', 'acme', 'acme', 'Acme Corp'),
  entry('company', 'globex', 'globex', 'Globex'),
  entry('project', 'acme', 'web', 'Website Redesign', 'Acme Corp'),
  entry('task', 'acme', 'home', 'Homepage redesign', 'Acme Corp'),
  entry('task', 'acme', 'logo', 'Logo refresh', 'Acme Corp'),
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

  it('finds companies, projects and tasks in that order, with where they belong', () => {
    const results = rankEntries('redesign', entries);
    expect(results.map((r) => [r.kind, r.title, r.detail, r.to])).toEqual([
      ['project', 'Website Redesign', 'Acme Corp', '/console/projects/acme/web'],
      ['task', 'Homepage redesign', 'Acme Corp', '/console/tasks/acme/home'],
    ]);
    expect(rankEntries('glob', entries)[0]).toMatchObject({ kind: 'company', title: 'Globex', to: '/console/companies/globex' });
  });

  it('keeps only entries that match every word typed (the index query matched one)', () => {
    expect(rankEntries('acme logo', entries).map((r) => r.title)).toEqual(['Logo refresh']);
    expect(rankEntries('acme', entries).map((r) => r.title)).toEqual(['Acme Corp', 'Website Redesign', 'Homepage redesign', 'Logo refresh']);
    expect(rankEntries('  ', entries)).toEqual([]);
  });

  it('shows at most the limit per kind and each entry once', () => {
    const many = Array.from({ length: 8 }, (_, i) => entry('task', 'acme', `t${i}`, `Banner ${i}`, 'Acme Corp'));
    const results = rankEntries('banner', [...many, ...many], 5);
    expect(results).toHaveLength(5);
    expect(new Set(results.map((r) => r.id)).size).toBe(5);
  });
});
