/**
 * Budget health of a project: cost to date (time × cost rate + expenses) against the budget.
 * Pure: no Firebase, no React.
 *
 * Thresholds (shown in the UI from these constants):
 *   On Track         cost ≤ 75% of budget
 *   Needs Attention  75% < cost ≤ 100%
 *   Critical         cost > 100% (over budget)
 */
import type { Currency, ProjectHealth, ProjectRollup } from '@model';

export const ON_TRACK_MAX = 0.75;
export const NEEDS_ATTENTION_MAX = 1;

export const HEALTH_LABELS: Record<ProjectHealth, string> = {
  on_track: 'On Track',
  needs_attention: 'Needs Attention',
  critical: 'Critical',
};

/** "On Track ≤ 75% of budget · Needs Attention ≤ 100% · Critical > 100%" */
export const THRESHOLD_TEXT = `On Track: cost ≤ ${ON_TRACK_MAX * 100}% of budget · Needs Attention: ≤ ${NEEDS_ATTENTION_MAX * 100}% · Critical: over ${NEEDS_ATTENTION_MAX * 100}%`;

/** Cost ÷ budget; Infinity when there is cost and no budget, 0 when neither. */
export function usedRatio(cost: number, budget: number): number {
  if (budget <= 0) return cost > 0 ? Number.POSITIVE_INFINITY : 0;
  return cost / budget;
}

export function healthFor(cost: number, budget: number): ProjectHealth {
  const ratio = usedRatio(cost, budget);
  if (ratio <= ON_TRACK_MAX) return 'on_track';
  if (ratio <= NEEDS_ATTENTION_MAX) return 'needs_attention';
  return 'critical';
}

export interface CostBreakdown {
  /** minor units of the project currency */
  labour: number;
  expenses: number;
  total: number;
  minutes: number;
  /** time logged by people without a cost rate */
  unpricedMinutes: number;
  /** labour and expenses recorded in other currencies (not converted; left out), by currency */
  otherCurrencies: Record<string, number>;
}

/** Cost to date of one project in its currency, from the project's rollup (null: nothing logged yet). */
export function costFromRollup(rollup: Partial<Pick<ProjectRollup, 'minutes' | 'unpricedMinutes' | 'labourCost' | 'expenses'>> | null, currency: Currency): CostBreakdown {
  // A rollup holds only the maps something added to (an expense alone makes no labourCost).
  const labour = rollup?.labourCost?.[currency] ?? 0;
  const expenses = rollup?.expenses?.[currency] ?? 0;
  const otherCurrencies: Record<string, number> = {};
  for (const byCurrency of [rollup?.labourCost ?? {}, rollup?.expenses ?? {}]) {
    for (const [code, amount] of Object.entries(byCurrency)) {
      if (code !== currency && amount) otherCurrencies[code] = (otherCurrencies[code] ?? 0) + amount;
    }
  }
  return { labour, expenses, total: labour + expenses, minutes: rollup?.minutes ?? 0, unpricedMinutes: rollup?.unpricedMinutes ?? 0, otherCurrencies };
}

export interface BarSegments {
  /** width of the filled part, 0–100 (% of the bar) */
  fill: number;
  /** where the budget line sits, 0–100 (% of the bar): below 100 when over budget */
  budgetMark: number;
  /** percent of budget used, rounded, for the label (null when there is no budget) */
  percent: number | null;
}

/**
 * Geometry of the bar: the bar spans max(budget, cost), so an over-budget project shows the
 * overrun past the budget mark instead of a bar stuck at 100%.
 */
export function barSegments(cost: number, budget: number): BarSegments {
  if (budget <= 0) return { fill: cost > 0 ? 100 : 0, budgetMark: 100, percent: null };
  const span = Math.max(budget, cost);
  return {
    fill: Math.round((cost / span) * 1000) / 10,
    budgetMark: Math.round((budget / span) * 1000) / 10,
    percent: Math.round((cost / budget) * 100),
  };
}
