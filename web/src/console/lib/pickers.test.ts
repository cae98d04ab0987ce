import { describe, expect, it } from 'vitest';
import { searchTokens, type SearchEntry } from '@model';
import { rankPickerEntries, titlePrefixes } from './pickers';

const entry = (title: string, subtitle = ''): SearchEntry => ({
  kind: 'project',
  companyId: 'acme',
  docId: title.toLowerCase().replace(/\W+/g, '-'),
  title,
  subtitle,
  tokens: searchTokens(title, subtitle),
  updatedAt: { seconds: 0, nanoseconds: 0 } as unknown as SearchEntry['updatedAt'],
});

describe('rankPickerEntries', () => {
  const entries = [entry('Brand web refresh', 'Acme Corp'), entry('Website Redesign', 'Acme Corp'), entry('Mobile App', 'Globex')];

  it('keeps the entries matching every word typed, the best match first', () => {
    expect(rankPickerEntries('web', entries).map((e) => e.title)).toEqual(['Website Redesign', 'Brand web refresh']);
    expect(rankPickerEntries('web red', entries).map((e) => e.title)).toEqual(['Website Redesign']);
  });

  it('matches the company name too (a project found across companies)', () => {
    expect(rankPickerEntries('mob glo', entries).map((e) => e.title)).toEqual(['Mobile App']);
    expect(rankPickerEntries('web globex', entries)).toEqual([]);
  });
});

describe('titlePrefixes', () => {
  it('asks for what is typed and its capitalised form, once each', () => {
    expect(titlePrefixes('  home ')).toEqual(['home', 'Home']);
    expect(titlePrefixes('Home')).toEqual(['Home']);
    expect(titlePrefixes('')).toEqual([]);
    expect(titlePrefixes('2026 plan')).toEqual(['2026 plan']);
  });
});
