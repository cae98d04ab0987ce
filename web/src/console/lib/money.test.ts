import { describe, expect, it } from 'vitest';
import { moneyInputValue, parseMoneyInput } from './money';

describe('money input', () => {
  it('parses what people type into minor units', () => {
    expect(parseMoneyInput('48,000', 'USD')).toBe(4_800_000);
    expect(parseMoneyInput('$1234.5', 'USD')).toBe(123_450);
    expect(parseMoneyInput('', 'USD')).toBe(0);
    expect(parseMoneyInput('abc', 'USD')).toBeNull();
    expect(parseMoneyInput('-5', 'USD')).toBeNull();
  });

  it('writes minor units back without trailing zeros for whole amounts', () => {
    expect(moneyInputValue(4_800_000, 'USD')).toBe('48000');
    expect(moneyInputValue(123_450, 'USD')).toBe('1234.50');
  });
});
