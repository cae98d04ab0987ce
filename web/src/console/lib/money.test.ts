import { describe, expect, it } from 'vitest';
import { moneyInputValue, parseMoneyInput } from './money';

describe('money input', () => {
  it('parses what people type into minor units', () => {
    expect(parseMoneyInput('48,000', 'USD')).toBe(4_800_000);
    expect(parseMoneyInput('$1234.5', 'USD')).toBe(123_450);
    expect(parseMoneyInput('', 'USD', { emptyAs: 0 })).toBe(0);
    expect(parseMoneyInput('abc', 'USD', { emptyAs: 0 })).toBeNull();
    expect(parseMoneyInput('-5', 'USD')).toBeNull();
  });

  it('writes minor units back without trailing zeros for whole amounts', () => {
    expect(moneyInputValue(4_800_000, 'USD')).toBe('48000');
    expect(moneyInputValue(123_450, 'USD')).toBe('1234.50');
  });

  it('takes invoice amounts exactly: negative lines when allowed, no rounding', () => {
    expect(parseMoneyInput('1,234.56', 'USD')).toBe(123456);
    expect(parseMoneyInput('$120', 'USD')).toBe(12000);
    expect(parseMoneyInput('0.5', 'EUR')).toBe(50);
    expect(parseMoneyInput('-20', 'USD', { allowNegative: true })).toBe(-2000);
    expect(parseMoneyInput('.99', 'USD')).toBe(99);
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '1.234', '1.2.3', '-', '.']) expect(parseMoneyInput(bad, 'USD', { allowNegative: true })).toBeNull();
  });

  it('round-trips to an input value with fixed decimals', () => {
    expect(moneyInputValue(123456, 'USD', { fixed: true })).toBe('1234.56');
    expect(moneyInputValue(5, 'USD', { fixed: true })).toBe('0.05');
    expect(moneyInputValue(-2000, 'GBP', { fixed: true })).toBe('-20.00');
    expect(parseMoneyInput(moneyInputValue(987654321, 'USD', { fixed: true }), 'USD')).toBe(987654321);
  });
});
