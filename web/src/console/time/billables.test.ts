import { describe, expect, it } from 'vitest';
import type { BillablesRollup } from '@model';
import { billablesReport, utilisation } from './billables';

type Month = Pick<BillablesRollup, 'month' | 'cells'>;

// What the billables rollups hold for: Sam at $140/h on Acme (165 min in March, 135 billable;
// 120 in February), Lee at $120/h on Globex, Ada without a rate, Eu at €100/h.
const march: Month = {
  month: '2026-03',
  cells: {
    'u-sam': { acme: { minutes: 165, billableMinutes: 135, value: { USD: 31500 } } },
    'u-lee': { globex: { minutes: 60, billableMinutes: 60, value: { USD: 12000 } } },
    'u-ada': { acme: { minutes: 30, billableMinutes: 30, unratedMinutes: 30 } },
    'u-idle': { acme: { minutes: 0, billableMinutes: 0 } },
  },
};
const february: Month = { month: '2026-02', cells: { 'u-sam': { acme: { minutes: 120, billableMinutes: 120, value: { USD: 28000 } } } } };

describe('billablesReport (from the month rollups)', () => {
  it('lists person × client × month, newest month first, with the values the rollup holds', () => {
    const report = billablesReport([february, march]);
    const row = (uid: string, companyId: string, month: string) => report.rows.find((r) => r.uid === uid && r.companyId === companyId && r.month === month);
    expect(row('u-sam', 'acme', '2026-03')).toEqual({ uid: 'u-sam', companyId: 'acme', month: '2026-03', minutes: 165, billableMinutes: 135, value: { USD: 31500 }, unratedMinutes: 0 });
    expect(row('u-sam', 'acme', '2026-02')!.value).toEqual({ USD: 28000 });
    expect(row('u-ada', 'acme', '2026-03')).toMatchObject({ value: {}, unratedMinutes: 30, billableMinutes: 30 });
    expect(row('u-idle', 'acme', '2026-03')).toBeUndefined(); // cells taken back to zero are not rows
    expect(report.rows[0]!.month).toBe('2026-03');
  });

  it('totals per person, client, month and overall; unrated time is counted apart', () => {
    const report = billablesReport([february, march]);
    expect(report.totals).toEqual({ minutes: 375, billableMinutes: 345, value: { USD: 71500 }, unratedMinutes: 30 });
    expect(report.byPerson.get('u-sam')!.value.USD).toBe(59500);
    expect(report.byClient.get('globex')!.billableMinutes).toBe(60);
    expect(report.byMonth.get('2026-02')!.minutes).toBe(120);
  });

  it('keeps currencies apart', () => {
    const mixed: Month = { month: '2026-04', cells: { 'u-sam': { acme: { minutes: 60, billableMinutes: 60, value: { USD: 14000 } } }, 'u-eu': { acme: { minutes: 60, billableMinutes: 60, value: { EUR: 10000 } } } } };
    expect(billablesReport([mixed]).totals.value).toEqual({ USD: 14000, EUR: 10000 });
  });

  it('filters by person and client (the period is which months are read)', () => {
    expect(billablesReport([march]).totals.minutes).toBe(255);
    expect(billablesReport([february, march], { uid: 'u-lee' }).rows).toHaveLength(1);
    expect(billablesReport([february, march], { companyId: 'globex' }).totals.minutes).toBe(60);
  });

  it('utilisation is the billable share', () => {
    expect(utilisation({ minutes: 200, billableMinutes: 150 })).toBe(75);
    expect(utilisation({ minutes: 0, billableMinutes: 0 })).toBe(0);
  });
});
