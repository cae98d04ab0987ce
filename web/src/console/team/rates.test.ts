import { describe, expect, it } from 'vitest';
import { marginPercent } from './rates';

describe('marginPercent', () => {
  it('is the share of the hourly rate left after cost', () => {
    expect(marginPercent({ hourlyRate: 14000, costRate: 6500 })).toBe(54);
    expect(marginPercent({ hourlyRate: 18000, costRate: 9000 })).toBe(50);
    expect(marginPercent({ hourlyRate: 10000, costRate: 12000 })).toBe(-20);
  });
  it('is null without an hourly rate', () => {
    expect(marginPercent({ hourlyRate: 0, costRate: 5000 })).toBeNull();
  });
});
