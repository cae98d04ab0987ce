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

  /** How many object URLs the last `fakeWorkers()` has not seen revoked. */
  let blobsLeft = () => 0;

  /** A stand-in for `Worker`: keeps the source it was given and answers when told to. */
  function fakeWorkers() {
    const made: { source: Promise<string>; terminated: boolean; answer: () => void }[] = [];
    class FakeWorker {
      onmessage: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(url: string) {
        const entry = { source: blobs.get(url)!.text(), terminated: false, answer: () => this.onmessage?.() };
        made.push(entry);
        this.terminate = () => {
          entry.terminated = true;
        };
      }
      terminate: () => void;
    }
    const blobs = new Map<string, Blob>();
    let next = 0;
    vi.stubGlobal('URL', { createObjectURL: (blob: Blob) => { const url = `blob:${next++}`; blobs.set(url, blob); return url; }, revokeObjectURL: (url: string) => blobs.delete(url) });
    vi.stubGlobal('Worker', FakeWorker);
    blobsLeft = () => blobs.size;
    return made;
  }

  function timers() {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('window', { setTimeout, clearTimeout });
  }

  it('warmFormats has a worker load the locale data, then makes the formats of dates, days and amounts in one idle moment', async () => {
    timers();
    const workers = fakeWorkers();
    const dates = countMade('DateTimeFormat');
    const relative = countMade('RelativeTimeFormat');
    const numbers = countMade('NumberFormat');
    const made = () => dates.mock.calls.length + relative.mock.calls.length + numbers.mock.calls.length;

    warmFormats('CHF');
    expect(workers).toHaveLength(1);
    // the worker's script makes a date, an amount in the currency and a relative day, then answers
    const posted = vi.fn();
    new Function('postMessage', await workers[0]!.source)(posted);
    expect(posted).toHaveBeenCalledTimes(1);
    expect(numbers.mock.calls.at(-1)?.[1]).toMatchObject({ currency: 'CHF' });
    dates.mockClear();
    relative.mockClear();
    numbers.mockClear();

    // nothing on the main thread before the worker answers
    vi.advanceTimersByTime(1000);
    expect(made()).toBe(0);
    workers[0]!.answer();
    expect(workers[0]!.terminated).toBe(true);
    expect(blobsLeft()).toBe(0);
    vi.advanceTimersToNextTimer();
    expect(made()).toBe(5);
    expect(vi.getTimerCount()).toBe(0);

    // what a page then shows makes nothing new
    formatDate('2026-03-04');
    formatDateRange('2026-03-04', '2026-06-01');
    formatRelativeDay('2026-03-05', '2026-03-04');
    formatMoney(1234, 'CHF');
    formatDateTime(new Date());
    expect(made()).toBe(5);
  });

  it('warmFormats without a worker (or without its answer) makes them itself 2 s in', () => {
    timers();
    vi.stubGlobal('Worker', undefined);
    const numbers = countMade('NumberFormat');
    warmFormats('SEK');
    vi.advanceTimersByTime(1999);
    expect(numbers).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(numbers).toHaveBeenCalled();
  });

  it('warmFormats can be cancelled: the worker stops and an answer after that makes nothing', () => {
    timers();
    const workers = fakeWorkers();
    const numbers = countMade('NumberFormat');
    const cancel = warmFormats('NOK');
    cancel();
    expect(workers[0]!.terminated).toBe(true);
    expect(blobsLeft()).toBe(0);
    workers[0]!.answer();
    vi.runAllTimers();
    expect(numbers).not.toHaveBeenCalled();
  });
});
