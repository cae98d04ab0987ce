/**
 * The revenue page's reads (issue 10): the month rollups of the months shown, the five client
 * rollups invoiced most, and the overdue invoices as count() and sum() plus the ten due soonest.
 * Its cost follows what it shows, however many invoices and payments the agency has.
 */
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { count, getAggregateFromServer, sum, type Firestore } from 'firebase/firestore';
import type { Currency, IsoDate } from '@model';
import { monthRollupsQuery, overdueInvoicesQuery, topClientRollupsQuery } from '../../lib/dashboardRefs';
import { aggregation, live, querySubscription } from '../../lib/live';
import { pageQuery } from '../../lib/refs';
import { useConsole } from '../lib/env';
import { overdueFigures } from './revenue';

export const TOP_CLIENTS = 5;
export const OVERDUE_SHOWN = 10;

export const revenueKeys = {
  all: () => ['revenue'] as const,
  months: (from: string, to: string) => ['revenue', 'months', from, to] as const,
  topClients: (currency: Currency) => ['revenue', 'clients', currency] as const,
  overdue: (currency: Currency, today: IsoDate) => ['revenue', 'overdue', currency, today] as const,
  overdueTotals: (currency: Currency, today: IsoDate) => ['revenue', 'overdue', currency, today, 'totals'] as const,
};

export const monthRollupsOptions = (db: Firestore, from: string, to: string) =>
  queryOptions({ queryKey: revenueKeys.months(from, to), ...live(querySubscription(() => monthRollupsQuery(db, from, to))) });

export function useMonthRollups(months: readonly string[]) {
  const { db } = useConsole();
  return useQuery(monthRollupsOptions(db, months[0] ?? '', months.at(-1) ?? ''));
}

export function useTopClients(currency: Currency) {
  const { db } = useConsole();
  return useQuery({ queryKey: revenueKeys.topClients(currency), ...live(querySubscription(() => topClientRollupsQuery(db, currency, TOP_CLIENTS))) });
}

/** The overdue invoices due soonest (both kinds, merged) and the totals of all of them. */
export function useOverdue(currency: Currency, today: IsoDate) {
  const { db } = useConsole();
  const lists = useQueries({
    queries: (['marked', 'pastDue'] as const).map((kind) => ({
      queryKey: [...revenueKeys.overdue(currency, today), kind],
      ...live(querySubscription(() => pageQuery(overdueInvoicesQuery(db, currency, kind, today), null, OVERDUE_SHOWN))),
    })),
    combine: (results) => ({
      invoices: results
        .flatMap((r) => r.data ?? [])
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .slice(0, OVERDUE_SHOWN),
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error ?? null,
      version: results.reduce((max, r) => Math.max(max, r.dataUpdatedAt), 0),
      refetchFailed: () => {
        for (const r of results) if (r.isError) void r.refetch();
      },
    }),
  });
  const totals = useQuery({
    queryKey: [...revenueKeys.overdueTotals(currency, today), lists.version],
    queryFn: async () =>
      overdueFigures(
        await Promise.all(
          (['marked', 'pastDue'] as const).map((kind) =>
            aggregation(
              async () => (await getAggregateFromServer(overdueInvoicesQuery(db, currency, kind, today), { count: count(), total: sum('total'), paid: sum('amountPaid') })).data(),
              (r) => r.count,
            ),
          ),
        ),
      ),
    enabled: !lists.isPending,
    placeholderData: (previous) => previous,
  });
  return {
    invoices: lists.invoices,
    totals: totals.data ?? null,
    isPending: lists.isPending || totals.isPending,
    error: lists.error ?? totals.error ?? null,
    refetch: () => {
      lists.refetchFailed();
      if (totals.isError) void totals.refetch();
    },
  };
}
