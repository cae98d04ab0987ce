import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '@model';
import { billablesReport, utilisation } from './billables';

const entry = (over: Partial<TimeEntry>): TimeEntry => ({
  uid: 'u-sam', companyId: 'acme', projectId: 'web', taskId: null, date: '2026-03-02', minutes: 60, billable: true, note: '', ...over,
});

const rates = { 'u-sam': { hourlyRate: 14000, currency: 'USD' as const }, 'u-lee': { hourlyRate: 12000, currency: 'USD' as const }, 'u-eu': { hourlyRate: 10000, currency: 'EUR' as const } };

describe('billablesReport', () => {
  const entries = [
    entry({ minutes: 90 }),
    entry({ minutes: 30, billable: false }),
    entry({ date: '2026-03-20', minutes: 45, projectId: 'brand' }),
    entry({ date: '2026-02-27', minutes: 120 }),
    entry({ uid: 'u-lee', companyId: 'globex', minutes: 60 }),
    entry({ uid: 'u-ada', minutes: 30 }),
  ];

  it('groups per person, client and month and values billable time at the hourly rate', () => {
    const report = billablesReport(entries, rates);
    const row = (uid: string, companyId: string, month: string) => report.rows.find((r) => r.uid === uid && r.companyId === companyId && r.month === month);
    expect(row('u-sam', 'acme', '2026-03')).toEqual({ uid: 'u-sam', companyId: 'acme', month: '2026-03', minutes: 165, billableMinutes: 135, value: 31500, currency: 'USD' });
    expect(row('u-sam', 'acme', '2026-02')!.value).toBe(28000);
    expect(row('u-lee', 'globex', '2026-03')!.value).toBe(12000);
    expect(row('u-ada', 'acme', '2026-03')).toMatchObject({ value: null, currency: null, billableMinutes: 30 });
    // newest month first
    expect(report.rows[0]!.month).toBe('2026-03');
  });

  it('totals per person, client, month and overall; unrated time is counted apart', () => {
    const report = billablesReport(entries, rates);
    expect(report.totals).toEqual({ minutes: 375, billableMinutes: 345, value: { USD: 71500 }, unratedMinutes: 30 });
    expect(report.byPerson.get('u-sam')!.value.USD).toBe(59500);
    expect(report.byClient.get('globex')!.billableMinutes).toBe(60);
    expect(report.byMonth.get('2026-02')!.minutes).toBe(120);
  });

  it('keeps currencies apart', () => {
    const report = billablesReport([entry({}), entry({ uid: 'u-eu' })], rates);
    expect(report.totals.value).toEqual({ USD: 14000, EUR: 10000 });
  });

  it('filters by period, person and client', () => {
    expect(billablesReport(entries, rates, { from: '2026-03-01', to: '2026-03-31' }).totals.minutes).toBe(255);
    expect(billablesReport(entries, rates, { uid: 'u-lee' }).rows).toHaveLength(1);
    expect(billablesReport(entries, rates, { companyId: 'globex' }).totals.minutes).toBe(60);
  });

  it('utilisation is the billable share', () => {
    expect(utilisation({ minutes: 200, billableMinutes: 150 })).toBe(75);
    expect(utilisation({ minutes: 0, billableMinutes: 0 })).toBe(0);
  });
});
