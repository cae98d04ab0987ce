/** Billables (admin): logged time per person, client and month, the billable part valued at hourly rates. */
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/useBranding';
import { EmptyState } from '../../components/ui';
import { formatMoney, todayIso } from '../../lib/format';
import { ClockIcon } from '../components/icons';
import { allOf, DataTable, FormField, Loadable, PageHeader, Segmented, Stat } from '../components/kit';
import { billablesReport, utilisation, type BillablesTotals } from './billables';
import { CompanyName } from '../components/CompanyName';
import { formatTotals } from '../lib/money';
import { formatMinutes, formatMonth, lastMonths } from '../lib/dates';
import { usePeople, useStaffRates } from '../lib/queries';
import { useBillablesRollups } from './queries';
import { CompanySelect } from '../components/CompanySelect';

type Period = 'this' | 'last' | 'quarter' | 'custom';
type GroupBy = 'person' | 'client' | 'month';

/** The months (`YYYY-MM`, inclusive) a period covers: the report reads one rollup per month. */
function periodMonths(period: Period, today: string, custom: { from: string; to: string }): { from: string; to: string } {
  const recent = lastMonths(today, 3) as [string, string, string];
  switch (period) {
    case 'this':
      return { from: recent[2], to: recent[2] };
    case 'last':
      return { from: recent[1], to: recent[1] };
    case 'quarter':
      return { from: recent[0], to: recent[2] };
    default:
      return custom.from <= custom.to ? custom : { from: custom.to, to: custom.from };
  }
}

export default function BillablesPage() {
  useDocumentTitle('Billables');
  const rates = useStaffRates();
  const people = usePeople();
  const today = todayIso();
  const [period, setPeriod] = useState<Period>('quarter');
  const [custom, setCustom] = useState(() => ({ from: lastMonths(today, 6)[0]!, to: today.slice(0, 7) }));
  const [groupBy, setGroupBy] = useState<GroupBy>('person');
  const [uid, setUid] = useState('');
  const [companyId, setCompanyId] = useState('');
  const range = periodMonths(period, today, custom);
  const rollups = useBillablesRollups(range.from, range.to);

  const report = useMemo(
    () => billablesReport(rollups.data ?? [], { uid: uid || undefined, companyId: companyId || undefined }),
    [rollups.data, uid, companyId],
  );

  const groups = groupBy === 'person' ? report.byPerson : groupBy === 'client' ? report.byClient : report.byMonth;
  const groupName = (key: string): ReactNode => (groupBy === 'person' ? people.name(key) : groupBy === 'client' ? <CompanyName id={key} /> : formatMonth(key));
  const groupRows = [...groups.entries()].sort((a, b) => (groupBy === 'month' ? b[0].localeCompare(a[0]) : b[1].billableMinutes - a[1].billableMinutes));
  const maxMinutes = Math.max(1, ...groupRows.map(([, t]) => t.minutes));
  const loggers = [...new Set((rollups.data ?? []).flatMap((r) => Object.keys(r.cells ?? {})))].sort((a, b) => people.name(a).localeCompare(people.name(b)));
  const query = allOf([rollups, rates], () => report);

  return (
    <div className="cx-page">
      <PageHeader title="Billables" subtitle="Logged time per person, client and month. Billable hours are valued at each person's hourly rate (Team & rates); non-billable time is shown but not valued." />

      <div className="row wrap bottom cx-box cx-filters gap-16">
        <FormField label="Period">
          {() => (
            <Segmented<Period>
              label="Period"
              value={period}
              onChange={setPeriod}
              options={[
                { value: 'this', label: 'This month' },
                { value: 'last', label: 'Last month' },
                { value: 'quarter', label: 'Last 3 months' },
                { value: 'custom', label: 'Custom' },
              ]}
            />
          )}
        </FormField>
        {period === 'custom' ? (
          <>
            <FormField label="From month">{(id) => <input id={id} type="month" className="input" value={custom.from} max={custom.to} onChange={(e) => e.target.value && setCustom({ ...custom, from: e.target.value })} />}</FormField>
            <FormField label="To month">{(id) => <input id={id} type="month" className="input" value={custom.to} min={custom.from} onChange={(e) => e.target.value && setCustom({ ...custom, to: e.target.value })} />}</FormField>
          </>
        ) : null}
        <FormField label="Person">
          {(id) => (
            <select id={id} className="select" value={uid} onChange={(e) => setUid(e.target.value)}>
              <option value="">Everyone</option>
              {loggers.map((p) => <option key={p} value={p}>{people.name(p)}</option>)}
            </select>
          )}
        </FormField>
        <FormField label="Client">
          {(id) => (
            <CompanySelect id={id} className="select" value={companyId} onChange={setCompanyId} empty="All clients" />
          )}
        </FormField>
      </div>

      <Loadable query={query} rows={5}>
        {(r) => (
          <>
            <div className="stack cx-stat-grid gap-16">
              <Stat label="Billable value" value={formatTotals(r.totals.value, formatMoney(0, 'USD'))} hint={r.totals.unratedMinutes ? `${formatMinutes(r.totals.unratedMinutes)} billable without a rate` : 'At hourly rates'} tone={r.totals.unratedMinutes ? 'warn' : 'good'} />
              <Stat label="Billable hours" value={formatMinutes(r.totals.billableMinutes)} hint={`of ${formatMinutes(r.totals.minutes)} logged`} />
              <Stat label="Billable share" value={`${utilisation(r.totals)}%`} hint="Billable ÷ logged" />
            </div>

            {r.rows.length === 0 ? (
              <div className="stack cx-box gap-12">
                <EmptyState icon={<ClockIcon size={28} />} title="No time in this period">Pick a longer period or another person or client.</EmptyState>
              </div>
            ) : (
              <>
                <section className="stack cx-box gap-12">
                  <div className="row wrap between top cx-box-head gap-12">
                    <h2 className="cx-box-title">By {groupBy}</h2>
                    <Segmented<GroupBy> label="Group by" value={groupBy} onChange={setGroupBy} options={[{ value: 'person', label: 'Person' }, { value: 'client', label: 'Client' }, { value: 'month', label: 'Month' }]} />
                  </div>
                  <ul className="stack">
                    {groupRows.map(([key, totals]) => (
                      <GroupBar key={key} name={groupName(key)} totals={totals} max={maxMinutes} action={groupBy === 'client' ? <Link className="btn-link small" to={`/console/invoices/new?company=${encodeURIComponent(key)}`}>Invoice</Link> : null} />
                    ))}
                  </ul>
                  <p className="row hint gap-6">
                    <span className="cx-key cx-key-billable" /> billable <span className="cx-key cx-key-other" /> non-billable
                  </p>
                </section>

                <section className="stack cx-box cx-box-flush">
                  <div className="row wrap between top cx-box-head cx-pad gap-12">
                    <h2 className="cx-box-title">Person × client × month</h2>
                  </div>
                  <DataTable columns={['Month', 'Person', 'Client', { label: 'Logged', className: 'num' }, { label: 'Billable', className: 'num' }, { label: 'Rate', className: 'num' }, { label: 'Value', className: 'num' }]}>
                    {r.rows.map((row) => {
                      const rate = rates.data?.[row.uid];
                      return (
                        <tr key={`${row.uid}/${row.companyId}/${row.month}`}>
                          <td>{formatMonth(row.month)}</td>
                          <td>{people.name(row.uid)}</td>
                          <td><CompanyName id={row.companyId} /></td>
                          <td className="num">{formatMinutes(row.minutes)}</td>
                          <td className="num">{formatMinutes(row.billableMinutes)}</td>
                          <td className="num">{rate ? formatMoney(rate.hourlyRate, rate.currency) : <span className="text-danger small">No rate</span>}</td>
                          <td className="num strong">{formatTotals(row.value, '—')}</td>
                        </tr>
                      );
                    })}
                  </DataTable>
                </section>
              </>
            )}
          </>
        )}
      </Loadable>
    </div>
  );
}

function GroupBar({ name, totals, max, action }: { name: ReactNode; totals: BillablesTotals; max: number; action?: ReactNode }) {
  const billable = (totals.billableMinutes / max) * 100;
  const other = ((totals.minutes - totals.billableMinutes) / max) * 100;
  return (
    <li className="stack cx-hbar gap-14">
      <span className="cx-hbar-name">{name}</span>
      <span className="cx-hbar-track" aria-hidden="true">
        <span className="cx-key-billable" style={{ width: `${billable}%` }} />
        <span className="cx-key-other" style={{ width: `${other}%` }} />
      </span>
      <span className="cx-hbar-figures">
        <span className="strong">{formatTotals(totals.value, '—')}</span>
        <span className="muted small">
          {formatMinutes(totals.billableMinutes)} billable · {formatMinutes(totals.minutes)} logged
        </span>
      </span>
      <span className="cx-hbar-action">{action}</span>
    </li>
  );
}
