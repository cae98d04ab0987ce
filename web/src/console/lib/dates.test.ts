import { describe, expect, it } from 'vitest';
import { addDays, formatMinutes, formatMonth, lastMonths, lastWeeks, monthKey, parseDuration, weekStart } from './dates';

describe('periods', () => {
  it('finds the Monday of a week', () => {
    expect(weekStart('2026-03-16')).toBe('2026-03-16'); // Monday
    expect(weekStart('2026-03-22')).toBe('2026-03-16'); // Sunday
    expect(weekStart('2026-03-01')).toBe('2026-02-23'); // Sunday, across a month
    expect(weekStart('1970-01-01')).toBe('1969-12-29');
  });
  it('lists the last weeks and months, oldest first', () => {
    expect(lastWeeks('2026-03-18', 3)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(lastMonths('2026-02-10', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthKey('2026-02-10')).toBe('2026-02');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });
  it('formats months and durations', () => {
    expect(formatMonth('2026-03', { locale: 'en-US' })).toBe('Mar 2026');
    expect(formatMonth('2026-03', { locale: 'en-US', short: true })).toBe('Mar');
    expect(formatMinutes(90)).toBe('1h 30m');
    expect(formatMinutes(60)).toBe('1h');
    expect(formatMinutes(45)).toBe('45m');
  });
  it('reads durations the way people type them', () => {
    expect(parseDuration('1.5')).toBe(90);
    expect(parseDuration('1:30')).toBe(90);
    expect(parseDuration('90m')).toBe(90);
    expect(parseDuration('2h')).toBe(120);
    expect(parseDuration('1h 15m')).toBe(75);
    expect(parseDuration('')).toBeNull();
    expect(parseDuration('soon')).toBeNull();
  });
});
