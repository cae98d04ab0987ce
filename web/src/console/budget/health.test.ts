import { describe, expect, it } from 'vitest';
import type { Expense, TimeEntry } from '@model';
import { barSegments, healthFor, projectCost, THRESHOLD_TEXT, usedRatio } from './health';

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

const entry = (over: Partial<TimeEntry>): TimeEntry => ({
  uid: 'u-sam', companyId: 'acme', projectId: 'web', taskId: null, date: '2026-03-02', minutes: 60, billable: true, note: '', ...over,
});
const expense = (over: Partial<Expense>): Expense => ({
  companyId: 'acme', projectId: 'web', amount: 1000, currency: 'USD', category: 'software', date: '2026-03-02', createdBy: 'u-sam', description: '', ...over,
});

describe('projectCost', () => {
  const rates = { 'u-sam': { costRate: 6500, currency: 'USD' as const }, 'u-lee': { costRate: 5500, currency: 'USD' as const }, 'u-eu': { costRate: 5000, currency: 'EUR' as const } };
  const project = { companyId: 'acme', projectId: 'web', currency: 'USD' as const };

  it('values time at cost rates (billable or not) and adds expenses', () => {
    const cost = projectCost(
      project,
      [entry({ minutes: 90 }), entry({ uid: 'u-lee', minutes: 30, billable: false }), entry({ projectId: 'other', minutes: 600 }), entry({ companyId: 'globex' })],
      rates,
      [expense({ amount: 34900 }), expense({ projectId: null, amount: 99999 }), expense({ projectId: 'other' })],
    );
    expect(cost).toEqual({ labour: 9750 + 2750, expenses: 34900, total: 12500 + 34900, minutes: 120, unpricedMinutes: 0, excludedExpenses: 0 });
  });

  it('counts what it cannot price instead of guessing', () => {
    const cost = projectCost(project, [entry({ uid: 'u-nobody', minutes: 45 }), entry({ uid: 'u-eu', minutes: 15 })], rates, [expense({ currency: 'EUR' })]);
    expect(cost.total).toBe(0);
    expect(cost.unpricedMinutes).toBe(60);
    expect(cost.excludedExpenses).toBe(1);
  });

  it('rounds labour to a minor unit once', () => {
    // 7 minutes at $65.00/h = 758.33… cents
    expect(projectCost(project, [entry({ minutes: 7 })], rates, []).labour).toBe(758);
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
