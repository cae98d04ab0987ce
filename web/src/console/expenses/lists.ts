/**
 * The Expenses page's reads (issue 10): a page of expenses at a time, newest first, with the
 * client and category filters in the query (lib/ledgerRefs.ts, useLivePages); the totals
 * ("This month", "All time", per category) are aggregations — count() and sum() per currency,
 * the month and the categories only for the currencies that have expenses. No expense is read
 * for a total.
 */
import { useQueryClient } from '@tanstack/react-query';
import { count, getAggregateFromServer, sum } from 'firebase/firestore';
import { CURRENCIES, EXPENSE_CATEGORIES, type Currency, type ExpenseCategory } from '@model';
import { expenseCursor, expensesListQuery, expenseTotalsQuery, type ExpenseFilter } from '../../lib/ledgerRefs';
import { aggregation, querySubscription } from '../../lib/live';
import { useAggregate, useLivePages } from '../../lib/pages';
import { pageQuery } from '../../lib/refs';
import { addDays } from '../lib/dates';
import { useConsole } from '../lib/env';

export const EXPENSES_PAGE_SIZE = 20;

export const expenseListKeys = {
  list: (filter: ExpenseFilter) => ['expenses', 'paged', filter] as const,
  totals: () => ['expenses', 'totals'] as const,
  totalsOf: (companyId: string | null, month: string) => ['expenses', 'totals', companyId ?? 'all', month] as const,
};

/** Expenses newest first, EXPENSES_PAGE_SIZE at a time. */
export function useExpensePages(filter: ExpenseFilter) {
  const { db } = useConsole();
  return useLivePages({
    listKey: expenseListKeys.list(filter),
    pageSize: EXPENSES_PAGE_SIZE,
    page: (cursor, size) => querySubscription(() => pageQuery(expensesListQuery(db, filter), cursor, size)),
    cursorOf: expenseCursor,
  });
}

type Totals = Partial<Record<Currency, number>>;

export interface ExpenseTotals {
  /** how many expenses (every currency) */
  count: number;
  all: Totals;
  thisMonth: Totals;
  byCategory: Map<ExpenseCategory, Totals>;
}

/** The last day of the month `YYYY-MM`. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/**
 * Totals of one client's expenses (or every client's): per currency count() + sum(), then for
 * the currencies that have any, the month's sum() and one sum() per category.
 */
export function useExpenseTotals(companyId: string | null, month: string, version: number) {
  const { db } = useConsole();
  return useAggregate<ExpenseTotals>(
    {
      queryKey: expenseListKeys.totalsOf(companyId, month),
      queryFn: async () => {
        const all: Totals = {};
        const thisMonth: Totals = {};
        const byCategory = new Map<ExpenseCategory, Totals>();
        const filter: ExpenseFilter = { companyId, category: null };
        const sumOf = (q: ReturnType<typeof expenseTotalsQuery>) =>
          aggregation(async () => (await getAggregateFromServer(q, { amount: sum('amount') })).data().amount ?? 0, () => 1);
        const perCurrency = await Promise.all(
          CURRENCIES.map((currency) =>
            aggregation(async () => (await getAggregateFromServer(expenseTotalsQuery(db, filter, currency), { n: count(), amount: sum('amount') })).data(), (d) => d.n),
          ),
        );
        const used = CURRENCIES.filter((_, i) => (perCurrency[i]?.n ?? 0) > 0);
        let n = 0;
        CURRENCIES.forEach((currency, i) => {
          const d = perCurrency[i];
          if (!d || d.n === 0) return;
          n += d.n;
          all[currency] = d.amount ?? 0;
        });
        await Promise.all(
          used.flatMap((currency) => [
            sumOf(expenseTotalsQuery(db, filter, currency, `${month}-01`, monthEnd(month))).then((amount) => {
              if (amount) thisMonth[currency] = amount;
            }),
            ...EXPENSE_CATEGORIES.map((category) =>
              sumOf(expenseTotalsQuery(db, { companyId, category }, currency)).then((amount) => {
                if (!amount) return;
                byCategory.set(category, { ...byCategory.get(category), [currency]: amount });
              }),
            ),
          ]),
        );
        return { count: n, all, thisMonth, byCategory };
      },
    },
    version,
  );
}

/** After this page's own writes: the totals are fetched again (they are not listeners). */
export function useRefreshExpenseTotals() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: expenseListKeys.totals() });
}
