import { describe, expect, it } from 'vitest';
import { sortProjects } from './sort';

describe('projects', () => {
  it('lists active, planned, on hold, then completed; newest first within', () => {
    const sorted = sortProjects([
      { name: 'Q1 Campaign', status: 'completed', startDate: '2025-10-01' },
      { name: 'Brand Refresh', status: 'planned', startDate: '2026-04-01' },
      { name: 'Website Redesign', status: 'active', startDate: '2026-01-01' },
      { name: 'Intranet', status: 'active', startDate: '2026-02-01' },
      { name: 'Paused', status: 'on_hold', startDate: '2026-02-01' },
    ]);
    expect(sorted.map((p) => p.name)).toEqual(['Intranet', 'Website Redesign', 'Brand Refresh', 'Paused', 'Q1 Campaign']);
  });
});
