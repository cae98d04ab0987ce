/**
 * Budget health per project: budget (private/finance) against cost to date (time × cost rate +
 * expenses), graded with the thresholds in ./health.ts and shown as a bar. The cost comes from
 * each project's rollup, kept current by Cloud Functions as time and expenses are logged, so
 * admins and staff see the same figure and the page reads a page of projects, not the history.
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ProjectHealth, ProjectFinance, ProjectStatus, WithId } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { EmptyState, Spinner } from '../../components/ui';
import { LoadMore } from '../../components/LoadMore';
import { formatMoney } from '../../lib/format';
import { SPENDING_PROJECT_STATUSES } from '../../lib/dashboardRefs';
import { PulseIcon } from '../components/icons';
import { allOf, Loadable, PageHeader, Segmented, Stat } from '../components/kit';
import { useToast } from '../components/toast';
import { barSegments, costFromRollup, healthFor, HEALTH_LABELS, NEEDS_ATTENTION_MAX, ON_TRACK_MAX, type CostBreakdown } from './health';
import { useBudgetFigures, useBudgetProjects } from './queries';
import { useStoreProjectCosts } from './mutations';
import { useConsole } from '../lib/env';
import { ENGAGEMENT_TYPE, PROJECT_STATUS } from '../lib/labels';
import { useCompanyName } from '../lib/names';
import { formatMinutes } from '../lib/dates';
import { HealthBadge } from './HealthBadge';

type Scope = 'active' | 'all';
const ORDER: Record<ProjectHealth, number> = { critical: 0, needs_attention: 1, on_track: 2 };
const SCOPE_STATUSES: Record<Scope, readonly ProjectStatus[] | null> = { active: SPENDING_PROJECT_STATUSES, all: null };

interface Row {
  companyId: string;
  id: string;
  name: string;
  status: ProjectStatus;
  finance: WithId<ProjectFinance> | null;
  cost: number;
  health: ProjectHealth;
  breakdown: CostBreakdown | null;
  stale: boolean;
}

export default function BudgetPage() {
  useDocumentTitle('Budget health');
  const { isAdmin } = useConsole();
  const toast = useToast();
  const [scope, setScope] = useState<Scope>('active');
  const { pages, total } = useBudgetProjects(SCOPE_STATUSES[scope]);
  const projects = pages.items;
  const figures = useBudgetFigures(projects);
  const store = useStoreProjectCosts();

  const rows = useMemo<Row[]>(
    () =>
      projects.map((p, i) => {
        const { finance, rollup } = figures.figures[i] ?? { finance: null, rollup: null };
        const breakdown = finance ? costFromRollup(rollup, finance.currency) : null;
        const cost = breakdown?.total ?? 0;
        const health = finance ? healthFor(cost, finance.budget) : 'on_track';
        return { companyId: p.companyId, id: p.id, name: p.name, status: p.status, finance, cost, health, breakdown, stale: Boolean(finance && (finance.costToDate !== cost || finance.health !== health)) };
      }),
    [projects, figures.figures],
  );

  // Within what is shown: worst first (the list itself pages by name).
  const shown = [...rows].sort((a, b) => Number(!a.finance) - Number(!b.finance) || ORDER[a.health] - ORDER[b.health] || a.name.localeCompare(b.name));
  const counts = { on_track: 0, needs_attention: 0, critical: 0 } as Record<ProjectHealth, number>;
  for (const r of shown) if (r.finance) counts[r.health]++;
  const stale = rows.filter((r) => r.stale);

  function storeAll() {
    store.mutate(
      stale.map((r) => ({ companyId: r.companyId, id: r.id, costToDate: r.cost, health: r.health })),
      {
        onSuccess: () => toast.success(`Stored cost and health on ${stale.length} project${stale.length === 1 ? '' : 's'}.`),
        onError: (e) => toast.error(e.message),
      },
    );
  }

  const query = allOf([{ ...pages, refetch: pages.retry }, figures], () => shown);
  const shownOf = total !== null && total > rows.length ? ` · ${rows.length} of ${total} shown` : '';

  return (
    <div className="cx-page">
      <PageHeader
        title="Budget health"
        subtitle="Each project's budget against its cost to date: time logged × each person's cost rate, plus expenses — kept current by the server as time and expenses are recorded."
        actions={
          isAdmin && stale.length > 0 ? (
            <button type="button" className="btn btn-secondary" onClick={storeAll} disabled={store.isPending} title="Save the current cost and health on the projects' finance records">
              {store.isPending ? <Spinner label="Storing…" /> : `Store on ${stale.length} project${stale.length === 1 ? '' : 's'}`}
            </button>
          ) : null
        }
      />

      <div className="row wrap gap-6" aria-label="Thresholds">
        <span className="row cx-threshold cx-threshold-on_track gap-6"><strong>{HEALTH_LABELS.on_track}</strong> cost ≤ {ON_TRACK_MAX * 100}% of budget</span>
        <span className="row cx-threshold cx-threshold-needs_attention gap-6"><strong>{HEALTH_LABELS.needs_attention}</strong> over {ON_TRACK_MAX * 100}%, up to {NEEDS_ATTENTION_MAX * 100}%</span>
        <span className="row cx-threshold cx-threshold-critical gap-6"><strong>{HEALTH_LABELS.critical}</strong> over {NEEDS_ATTENTION_MAX * 100}% (over budget)</span>
      </div>

      <div className="row wrap between cx-toolbar">
        <Segmented<Scope> label="Projects" value={scope} onChange={setScope} options={[{ value: 'active', label: 'Active' }, { value: 'all', label: 'All projects' }]} />
        <div className="stack cx-stat-grid cx-stat-grid-inline">
          <Stat label={HEALTH_LABELS.critical} value={String(counts.critical)} tone={counts.critical ? 'bad' : 'neutral'} />
          <Stat label={HEALTH_LABELS.needs_attention} value={String(counts.needs_attention)} tone={counts.needs_attention ? 'warn' : 'neutral'} />
          <Stat label={HEALTH_LABELS.on_track} value={String(counts.on_track)} tone="good" hint={shownOf ? shownOf.slice(3) : undefined} />
        </div>
      </div>

      <Loadable query={query} rows={4}>
        {(list) =>
          list.length === 0 ? (
            <div className="stack cx-box gap-12">
              <EmptyState icon={<PulseIcon size={28} />} title="No projects here">Active and on-hold projects show up here with their budgets.</EmptyState>
            </div>
          ) : (
            <>
              <ul className="stack cx-health-list gap-16">
                {list.map((row) => (
                  <BudgetRow key={`${row.companyId}/${row.id}`} row={row} />
                ))}
              </ul>
              <LoadMore pages={pages} label="More projects" />
            </>
          )
        }
      </Loadable>
    </div>
  );
}

function BudgetRow({ row }: { row: Row }) {
  const { finance } = row;
  const company = useCompanyName(row.companyId);
  if (!finance) {
    return (
      <li className="stack cx-box cx-health gap-12">
        <div className="row between top gap-12">
          <div>
            <Link className="cx-health-name" to={`/console/projects/${row.companyId}/${row.id}`}>{row.name}</Link>
            <div className="muted small">{company} · {PROJECT_STATUS[row.status].label}</div>
          </div>
        </div>
        <p className="muted small">No budget set. Add one on the project (engagement and budget).</p>
      </li>
    );
  }
  const bar = barSegments(row.cost, finance.budget);
  const remaining = finance.budget - row.cost;
  return (
    <li className={`stack cx-box cx-health cx-health-${row.health} gap-12`}>
      <div className="row between top gap-12">
        <div>
          <Link className="cx-health-name" to={`/console/projects/${row.companyId}/${row.id}`}>{row.name}</Link>
          <div className="muted small">{company} · {PROJECT_STATUS[row.status].label} · {ENGAGEMENT_TYPE[finance.engagementType]}</div>
        </div>
        <HealthBadge health={row.health} />
      </div>
      <div
        className={`cx-budget-bar cx-budget-bar-lg cx-budget-bar-${row.health}`}
        role="meter"
        aria-label={`${row.name} budget used`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={bar.percent ?? 0}
        aria-valuetext={bar.percent === null ? 'No budget' : `${bar.percent}% of budget used — ${HEALTH_LABELS[row.health]}`}
      >
        <div className="cx-budget-fill" style={{ width: `${bar.fill}%` }} />
        <div className="cx-budget-zone" style={{ left: `${bar.budgetMark * ON_TRACK_MAX}%` }} title={`${ON_TRACK_MAX * 100}% of budget`} />
        <div className="cx-budget-mark" style={{ left: `${bar.budgetMark}%` }} title="Budget" />
      </div>
      <div className="cx-health-figures">
        <span>
          <strong>{formatMoney(row.cost, finance.currency)}</strong> of {formatMoney(finance.budget, finance.currency)}
          {bar.percent !== null ? <span className="muted"> · {bar.percent}%</span> : null}
        </span>
        <span className={remaining < 0 ? 'text-danger strong' : 'muted'}>
          {remaining < 0 ? `${formatMoney(-remaining, finance.currency)} over budget` : `${formatMoney(remaining, finance.currency)} left`}
        </span>
      </div>
      {row.breakdown ? (
        <div className="cx-health-breakdown muted small">
          Time {formatMoney(row.breakdown.labour, finance.currency)} ({formatMinutes(row.breakdown.minutes)}) · Expenses {formatMoney(row.breakdown.expenses, finance.currency)}
          {row.breakdown.unpricedMinutes ? <span className="text-danger"> · {formatMinutes(row.breakdown.unpricedMinutes)} without a cost rate</span> : null}
          {Object.entries(row.breakdown.otherCurrencies).map(([code, amount]) => (
            <span key={code} className="text-danger"> · {formatMoney(amount, code)} recorded in {code} left out</span>
          ))}
        </div>
      ) : null}
    </li>
  );
}
