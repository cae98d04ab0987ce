/** The model's shared helpers that billing relies on: docId (callable input, webhook metadata), money and dates. */
import { describe, expect, it } from 'vitest';
import { formatMoney, todayIso } from '../../src/model';
import { docId } from '../../src/model/schemas';

describe('docId', () => {
  it('accepts a trimmed id of 1 to 128 characters', () => {
    expect(docId.parse('  inv-1  ')).toBe('inv-1');
    expect(docId.safeParse('x'.repeat(128)).success).toBe(true);
  });

  it.each([[''], ['   '], ['.'], ['..'], ['a/b'], ['x'.repeat(129)], [42]])('refuses %j', (value) => {
    expect(docId.safeParse(value).success).toBe(false);
  });
});

describe('formatMoney', () => {
  it('reads minor units in the currency’s own decimals', () => {
    expect(formatMoney(123456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatMoney(5000, 'GBP', 'en-US')).toBe('£50.00');
    expect(formatMoney(5000, 'JPY', 'en-US')).toBe('¥5,000');
    expect(formatMoney(123456, 'EUR', 'de-DE')).toMatch(/^1\.234,56\s€$/);
  });
});

describe('todayIso', () => {
  it('is the UTC calendar date unless a time zone is given', () => {
    const lateEvening = new Date('2001-06-15T23:30:00Z');
    expect(todayIso(lateEvening)).toBe('2001-06-15');
    expect(todayIso(lateEvening, 'Asia/Tokyo')).toBe('2001-06-16');
    expect(todayIso(new Date('2001-06-16T03:00:00Z'), 'America/New_York')).toBe('2001-06-15');
  });
});
