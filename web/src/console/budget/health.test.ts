import { describe, expect, it } from 'vitest';
import { barSegments, healthFor, costFromRollup, THRESHOLD_TEXT, usedRatio } from './health';

describe('healthFor', () => {
  it('is On Track up to and including 75% of budget', () => {
    expect(healthFor(0, 1000)).toBe('on_track');
    expect(healthFor(750, 1000)).toBe('on_track');
  });
  it('needs attention above 75% and up to 100%', () => {
    expect(healthFor(751, 1000)).toBe('needs_attention');
    expect(healthFor(1000, 1000)).toBe('needs_attention');
  });
  it('is Critical over budget', () => {
    expect(healthFor(1001, 1000)).toBe('critical');
  });
  it('treats cost without a budget as critical, and nothing at all as on track', () => {
    expect(healthFor(1, 0)).toBe('critical');
    expect(healthFor(0, 0)).toBe('on_track');
    expect(usedRatio(5, 0)).toBe(Number.POSITIVE_INFINITY);
  });
  it('states the thresholds it uses', () => {
    expect(THRESHOLD_TEXT).toContain('75%');
    expect(THRESHOLD_TEXT).toContain('100%');
  });
});

describe('costFromRollup', () => {
  const rollup = { minutes: 120, unpricedMinutes: 15, labourCost: { USD: 12500, EUR: 700 }, expenses: { USD: 34900, GBP: 100 } };

  it('adds labour and expenses in the project currency', () => {
    expect(costFromRollup(rollup, 'USD')).toEqual({ labour: 12500, expenses: 34900, total: 47400, minutes: 120, unpricedMinutes: 15, otherCurrencies: { EUR: 700, GBP: 100 } });
  });

  it('says what it left out instead of converting', () => {
    const eur = costFromRollup(rollup, 'EUR');
    expect(eur.total).toBe(700);
    expect(eur.otherCurrencies).toEqual({ USD: 12500 + 34900, GBP: 100 });
  });

  it('reads a rollup that only expenses (or only time) have written to', () => {
    expect(costFromRollup({ minutes: 0, expenses: { USD: 900 } }, 'USD')).toMatchObject({ labour: 0, expenses: 900, total: 900, unpricedMinutes: 0 });
    expect(costFromRollup({ minutes: 60, unpricedMinutes: 60 }, 'USD')).toMatchObject({ labour: 0, expenses: 0, total: 0, minutes: 60 });
  });

  it('is zero before anything is logged', () => {
    expect(costFromRollup(null, 'USD')).toEqual({ labour: 0, expenses: 0, total: 0, minutes: 0, unpricedMinutes: 0, otherCurrencies: {} });
  });
});

describe('barSegments', () => {
  it('fills to the share of budget used', () => {
    expect(barSegments(2950000, 3600000)).toEqual({ fill: 81.9, budgetMark: 100, percent: 82 });
  });
  it('shows the overrun past a budget mark when over budget', () => {
    expect(barSegments(1500, 1000)).toEqual({ fill: 100, budgetMark: 66.7, percent: 150 });
  });
  it('handles no budget', () => {
    expect(barSegments(0, 0)).toEqual({ fill: 0, budgetMark: 100, percent: null });
    expect(barSegments(10, 0).fill).toBe(100);
  });
});
