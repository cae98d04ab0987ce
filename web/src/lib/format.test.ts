import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  daysFromToday,
  firstName,
  formatDate,
  formatDateTime,
  formatDateRange,
  formatFileSize,
  formatMoney,
  formatQuantity,
  formatRelativeDay,
  greeting,
  initials,
  minorUnitDigits,
  todayIso,
  warmFormats,
} from './format';

describe('money', () => {
  it('formats minor units in the currency', () => {
    expect(formatMoney(123456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatMoney(0, 'USD', 'en-US')).toBe('$0.00');
    expect(formatMoney(1296000, 'EUR', 'de-DE')).toBe('12.960,00\u00a0€');
    expect(formatMoney(34900, 'GBP', 'en-GB')).toBe('£349.00');
  });

  it('knows currencies without a minor unit', () => {
    expect(minorUnitDigits('USD')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(formatMoney(5000, 'JPY', 'en-US')).toBe('¥5,000');
  });

  it('formats quantities without trailing zeros', () => {
    expect(formatQuantity(24, 'en-US')).toBe('24');
    expect(formatQuantity(1.5, 'en-US')).toBe('1.5');
  });
});

describe('calendar dates', () => {
  it('formats ISO dates without time zone drift', () => {
    expect(formatDate('2026-03-04', 'en-US')).toBe('Mar 4, 2026');
    expect(formatDate('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
    expect(formatDate('', 'en-US')).toBe('—');
    expect(formatDate('not a date', 'en-US')).toBe('not a date');
  });

  it('formats ranges', () => {
    expect(formatDateRange('2026-03-04', '2026-06-01', 'en-US').replace(/\s/g, ' ')).toBe('Mar 4 – Jun 1, 2026');
  });

  it('counts days from today', () => {
    expect(daysFromToday('2026-03-10', '2026-03-04')).toBe(6);
    expect(daysFromToday('2026-02-25', '2026-03-04')).toBe(-7);
    expect(daysFromToday('2026-03-04', '2026-03-04')).toBe(0);
  });

  it('says relative days in words', () => {
    expect(formatRelativeDay('2026-03-05', '2026-03-04', 'en-US')).toBe('tomorrow');
    expect(formatRelativeDay('2026-03-04', '2026-03-04', 'en-US')).toBe('today');
    expect(formatRelativeDay('2026-03-01', '2026-03-04', 'en-US')).toBe('3 days ago');
    expect(formatRelativeDay('2026-04-01', '2026-03-04', 'en-US')).toBe('in 4 weeks');
  });

  it("today's date is the local calendar day", () => {
    expect(todayIso(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });
});

describe('people and sizes', () => {
  it('makes initials and first names', () => {
    expect(initials('Carol Chen')).toBe('CC');
    expect(initials('Ada')).toBe('A');
    expect(initials('jane.doe@example.com')).toBe('JD');
    expect(firstName('Carol Chen')).toBe('Carol');
    expect(firstName('jane.doe@example.com')).toBe('Jane');
  });

  it('greets by the hour', () => {
    expect(greeting(new Date(2026, 0, 1, 9))).toBe('Good morning');
    expect(greeting(new Date(2026, 0, 1, 14))).toBe('Good afternoon');
    expect(greeting(new Date(2026, 0, 1, 20))).toBe('Good evening');
  });

  it('formats file sizes, empty for links', () => {
    expect(formatFileSize(184000, 'en-US')).toBe('184 kB');
    expect(formatFileSize(2_500_000, 'en-US')).toBe('2.5 MB');
    expect(formatFileSize(0)).toBe('');
  });
});

/** Counts the formatters of one kind made from now on; they still work. */
function countMade(kind: 'DateTimeFormat' | 'NumberFormat' | 'RelativeTimeFormat') {
  const Real = Intl[kind] as unknown as new (...args: unknown[]) => object;
  return vi.spyOn(Intl, kind).mockImplementation(function make(...args: unknown[]) {
    return new Real(...args);
  } as never);
}

describe('formatters (each costs a phone 15–20 ms to make)', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('are made once per locale and options, then kept', () => {
    const relative = countMade('RelativeTimeFormat');
    const numbers = countMade('NumberFormat');
    expect(formatRelativeDay('2026-03-05', '2026-03-04', 'nl-NL')).toBe('morgen');
    expect(formatRelativeDay('2026-03-01', '2026-03-04', 'nl-NL')).toBe('3 dagen geleden');
    expect(relative).toHaveBeenCalledTimes(1);
    expect(formatMoney(150, 'SEK', 'sv-SE').replace(/\s/g, ' ')).toBe('1,50 kr');
    expect(formatMoney(250, 'SEK', 'sv-SE').replace(/\s/g, ' ')).toBe('2,50 kr');
    // the money format and the minor-unit lookup: two formats, each made once
    expect(numbers).toHaveBeenCalledTimes(2);
  });

  it('warmFormats makes the formats of dates, days and amounts ahead, one per idle moment', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('window', { setTimeout, clearTimeout });
    const dates = countMade('DateTimeFormat');
    const relative = countMade('RelativeTimeFormat');
    const numbers = countMade('NumberFormat');
    const made = () => dates.mock.calls.length + relative.mock.calls.length + numbers.mock.calls.length;

    warmFormats('CHF');
    expect(made()).toBe(0);
    const perMoment: number[] = [];
    while (vi.getTimerCount() > 0) {
      const before = made();
      vi.advanceTimersToNextTimer();
      perMoment.push(made() - before);
    }
    expect(perMoment).toEqual([1, 1, 1, 1, 1]);

    // what a page then shows makes nothing new
    formatDate('2026-03-04');
    formatDateRange('2026-03-04', '2026-06-01');
    formatRelativeDay('2026-03-05', '2026-03-04');
    formatMoney(1234, 'CHF');
    formatDateTime(new Date());
    expect(made()).toBe(5);
  });

  it('warmFormats can be cancelled before it is done', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('window', { setTimeout, clearTimeout });
    const numbers = countMade('NumberFormat');
    const cancel = warmFormats('NOK');
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    cancel();
    vi.runAllTimers();
    expect(numbers).not.toHaveBeenCalled();
  });
});
