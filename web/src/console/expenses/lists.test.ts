import { describe, expect, it } from 'vitest';
import { monthEnd } from './lists';

describe('monthEnd (the "This month" sum runs from the 1st to this day)', () => {
  it('knows month lengths, leap years and December', () => {
    expect(monthEnd('2026-11')).toBe('2026-11-30');
    expect(monthEnd('2026-12')).toBe('2026-12-31');
    expect(monthEnd('2028-02')).toBe('2028-02-29');
    expect(monthEnd('2026-02')).toBe('2026-02-28');
  });
});
