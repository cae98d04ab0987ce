import { describe, expect, it } from 'vitest';
import { weekDays, weekFilter } from './lists';

describe("the Time page's period: one ISO week", () => {
  it('the filter bounds the list to Monday–Sunday of one person (or everyone)', () => {
    expect(weekFilter('u-sam', '2026-11-30')).toEqual({ uid: 'u-sam', from: '2026-11-30', to: '2026-12-06' });
    expect(weekFilter(null, '2026-12-28')).toEqual({ uid: null, from: '2026-12-28', to: '2027-01-03' });
  });
  it('the seven days summed for the day totals', () => {
    expect(weekDays('2026-11-30')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
  });
});
