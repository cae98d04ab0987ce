import { describe, expect, it } from 'vitest';
import { moneyInputProblem, moneyInputValue, parseMoneyInput } from './money';

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

describe('money input: a decimal comma and other refusals, in words a person can act on', () => {
  it('a comma only groups thousands: "12,50" and "1,5" are refused, never read as 1250 or 15', () => {
    expect(parseMoneyInput('12,50', 'EUR')).toBeNull();
    expect(parseMoneyInput('1,5', 'EUR')).toBeNull();
    expect(parseMoneyInput('1,2345', 'USD')).toBeNull();
    expect(parseMoneyInput('1,234,567.89', 'USD')).toBe(123_456_789);
    expect(moneyInputProblem('12,50', 'EUR', { example: '140 or 95.50' })).toBe('Use a point for the decimals, like 140 or 95.50 (a comma only separates thousands).');
  });

  it('says what is wrong: too many decimals, below zero, zero where an amount above it is needed, over the maximum', () => {
    const example = { example: '349 or 12.99' };
    expect(moneyInputProblem('12.999', 'USD', example)).toBe('USD amounts have at most 2 decimals, like 349 or 12.99.');
    expect(moneyInputProblem('-5', 'USD', example)).toBe('Enter an amount of zero or more, like 349 or 12.99.');
    expect(moneyInputProblem('0', 'USD', { ...example, positive: true })).toBe('Enter an amount above zero, like 349 or 12.99.');
    expect(moneyInputProblem('0', 'USD', example)).toBeNull();
    expect(moneyInputProblem('abc', 'USD', example)).toBe('Enter an amount, like 349 or 12.99.');
    expect(moneyInputProblem('1000000001', 'USD', example)).toBe('At most $1,000,000,000.00.');
    expect(moneyInputProblem('1000000000', 'USD', example)).toBeNull();
    expect(moneyInputProblem('', 'USD', { ...example, emptyAs: 0 })).toBeNull();
  });
});
