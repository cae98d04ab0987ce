/**
 * Budget health per project: budget (private/finance) against cost to date (time × cost rate +
 * expenses), graded with the thresholds in ./health.ts and shown as a bar. Admins see the cost
 * computed live (they can read cost rates) and can store it on the projects; staff see the
 * stored figures.
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ProjectFinance, ProjectHealth, WithId } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { EmptyState, Spinner } from '../../components/ui';
import { formatMoney } from '../../lib/format';
import { PulseIcon } from '../components/icons';
import { Loadable, Notice, PageHeader, Segmented, Stat } from '../components/kit';
import { useToast } from '../components/toast';
import { barSegments, healthFor, HEALTH_LABELS, NEEDS_ATTENTION_MAX, ON_TRACK_MAX, projectCost, type CostBreakdown } from './health';
import { useProjectFinances } from './queries';
import { useStoreProjectCosts } from './mutations';
import { useConsole } from '../lib/env';
import { ENGAGEMENT_TYPE, PROJECT_STATUS } from '../lib/labels';
import { useAllProjects, useExpenses, useStaffRates, useTimeEntries } from '../lib/queries';
import { useLookups } from '../lib/lookups';
import { formatMinutes } from '../lib/dates';
import { HealthBadge } from './HealthBadge';

type Scope = 'active' | 'all';
const ORDER: Record<ProjectHealth, number> = { critical: 0, needs_attention: 1, on_track: 2 };

interface Row {
  companyId: string;
  id: string;
  name: string;
  status: keyof typeof PROJECT_STATUS;
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
  const projects = useAllProjects();
  const lookups = useLookups();
  const finances = useProjectFinances(projects.data ?? []);
  const entries = useTimeEntries();
  const expenses = useExpenses();
  const rates = useStaffRates();
  const [scope, setScope] = useState<Scope>('active');
  const store = useStoreProjectCosts();

  const live = isAdmin && entries.data && expenses.data && rates.data;
  const rows = useMemo<Row[]>(() => {
    return (projects.data ?? []).map((p) => {
      const finance = finances.byProject.get(`${p.companyId}/${p.id}`) ?? null;
      const breakdown = live && finance ? projectCost({ companyId: p.companyId, projectId: p.id, currency: finance.currency }, entries.data!, rates.data!, expenses.data!) : null;
      const cost = breakdown ? breakdown.total : (finance?.costToDate ?? 0);
      const health = finance ? healthFor(cost, finance.budget) : 'on_track';
      return { companyId: p.companyId, id: p.id, name: p.name, status: p.status, finance, cost, health, breakdown, stale: Boolean(breakdown && finance && (finance.costToDate !== cost || finance.health !== health)) };
    });
  }, [projects.data, finances.byProject, live, entries.data, rates.data, expenses.data]);

  const shown = rows
    .filter((r) => scope === 'all' || r.status === 'active' || r.status === 'on_hold')
    .sort((a, b) => Number(!a.finance) - Number(!b.finance) || ORDER[a.health] - ORDER[b.health] || a.name.localeCompare(b.name));
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

  const query = {
    data: projects.data && !finances.isPending && (!isAdmin || live) ? shown : undefined,
    isPending: projects.isPending || finances.isPending || (isAdmin && (entries.isPending || expenses.isPending || rates.isPending)),
    error: projects.error ?? finances.error ?? (isAdmin ? (entries.error ?? expenses.error ?? rates.error) : null),
    refetch: () => void projects.refetch(),
  };

  return (
    <div className="cx-page">
      <PageHeader
        title="Budget health"
        subtitle="Each project's budget against its cost to date: time logged × each person's cost rate, plus expenses."
        actions={
          isAdmin && stale.length > 0 ? (
            <button type="button" className="btn btn-secondary" onClick={storeAll} disabled={store.isPending} title="Save the computed cost and health on the projects, so staff see them too">
              {store.isPending ? <Spinner label="Storing…" /> : `Store on ${stale.length} project${stale.length === 1 ? '' : 's'}`}
            </button>
          ) : null
        }
      />

      <div className="cx-thresholds" aria-label="Thresholds">
        <span className="cx-threshold cx-threshold-on_track"><strong>{HEALTH_LABELS.on_track}</strong> cost ≤ {ON_TRACK_MAX * 100}% of budget</span>
        <span className="cx-threshold cx-threshold-needs_attention"><strong>{HEALTH_LABELS.needs_attention}</strong> over {ON_TRACK_MAX * 100}%, up to {NEEDS_ATTENTION_MAX * 100}%</span>
        <span className="cx-threshold cx-threshold-critical"><strong>{HEALTH_LABELS.critical}</strong> over {NEEDS_ATTENTION_MAX * 100}% (over budget)</span>
      </div>

      {isAdmin ? null : (
        <Notice>Cost rates are admin-only, so these are the figures last stored by an admin from the live calculation.</Notice>
      )}

      <div className="cx-action-bar">
        <Segmented<Scope> label="Projects" value={scope} onChange={setScope} options={[{ value: 'active', label: 'Active' }, { value: 'all', label: 'All projects' }]} />
        <div className="cx-stat-grid cx-stat-grid-inline">
          <Stat label={HEALTH_LABELS.critical} value={String(counts.critical)} tone={counts.critical ? 'bad' : 'neutral'} />
          <Stat label={HEALTH_LABELS.needs_attention} value={String(counts.needs_attention)} tone={counts.needs_attention ? 'warn' : 'neutral'} />
          <Stat label={HEALTH_LABELS.on_track} value={String(counts.on_track)} tone="good" />
        </div>
      </div>

      <Loadable query={query} rows={4}>
        {(list) =>
          list.length === 0 ? (
            <div className="cx-box">
              <EmptyState icon={<PulseIcon size={28} />} title="No projects here">Active and on-hold projects show up here with their budgets.</EmptyState>
            </div>
          ) : (
            <ul className="cx-health-list">
              {list.map((row) => (
                <BudgetRow key={`${row.companyId}/${row.id}`} row={row} company={lookups.company(row.companyId)} />
              ))}
            </ul>
          )
        }
      </Loadable>
    </div>
  );
}

function BudgetRow({ row, company }: { row: Row; company: string }) {
  const { finance } = row;
  if (!finance) {
    return (
      <li className="cx-box cx-health">
        <div className="cx-health-head">
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
    <li className={`cx-box cx-health cx-health-${row.health}`}>
      <div className="cx-health-head">
        <div>
          <Link className="cx-health-name" to={`/console/projects/${row.companyId}/${row.id}`}>{row.name}</Link>
          <div className="muted small">{company} · {PROJECT_STATUS[row.status].label} · {ENGAGEMENT_TYPE[finance.engagementType]}</div>
        </div>
        <HealthBadge health={row.health} />
      </div>
      <div
        className={`cx-budgetbar cx-budgetbar-${row.health}`}
        role="meter"
        aria-label={`${row.name} budget used`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={bar.percent ?? 0}
        aria-valuetext={bar.percent === null ? 'No budget' : `${bar.percent}% of budget used — ${HEALTH_LABELS[row.health]}`}
      >
        <div className="cx-budgetbar-fill" style={{ width: `${bar.fill}%` }} />
        <div className="cx-budgetbar-zone" style={{ left: `${bar.budgetMark * ON_TRACK_MAX}%` }} title={`${ON_TRACK_MAX * 100}% of budget`} />
        <div className="cx-budgetbar-mark" style={{ left: `${bar.budgetMark}%` }} title="Budget" />
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
          {row.breakdown.unpricedMinutes ? <span className="text-danger"> · {formatMinutes(row.breakdown.unpricedMinutes)} without a cost rate in {finance.currency}</span> : null}
          {row.breakdown.excludedExpenses ? <span className="text-danger"> · {row.breakdown.excludedExpenses} expense(s) in another currency left out</span> : null}
          {row.stale ? <span> · stored: {formatMoney(finance.costToDate, finance.currency)}, {HEALTH_LABELS[finance.health]}</span> : null}
        </div>
      ) : null}
    </li>
  );
}
