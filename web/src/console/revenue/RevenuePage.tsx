/**
 * Revenue dashboard (admin): invoiced, paid and outstanding per month (chart), overdue total,
 * top clients. From the month and client rollups and overdue aggregations (./queries.ts), live:
 * a few documents, however long the agency's history. Recharts loads here only.
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Currency } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { EmptyState } from '../../components/ui';
import { formatDate, formatMoney, todayIso } from '../../lib/format';
import { ChartIcon } from '../components/icons';
import { allOf, BoxTitle, Loadable, PageHeader, Segmented, Stat } from '../components/kit';
import { clientRevenue, currenciesInUse, monthsSummary, type ClientRevenue } from './revenue';
import { useMonthRollups, useOverdue, useTopClients } from './queries';
import { useCompanyName } from '../lib/names';
import { formatCompactMoney } from '../lib/money';
import { formatMonth, lastMonths } from '../lib/dates';

const COLORS = { invoiced: 'var(--brand, #3b5bdb)', paid: '#12b76a', outstanding: '#f79009' };

export default function RevenuePage() {
  useDocumentTitle('Revenue');
  const [span, setSpan] = useState<'6' | '12'>('6');
  const [chosen, setChosen] = useState<Currency | ''>('');
  const today = todayIso();
  const months = useMemo(() => lastMonths(today, Number(span)), [today, span]);
  const rollups = useMonthRollups(months);

  const currencies = useMemo(() => currenciesInUse(rollups.data ?? []), [rollups.data]);
  const currency: Currency = chosen || currencies[0] || 'USD';
  const clients = useTopClients(currency);
  const overdue = useOverdue(currency, today);
  const summary = useMemo(() => {
    const topClients = (clients.data ?? []).map((c) => clientRevenue(c, currency)).filter((c) => c.invoiced > 0 || c.paid > 0);
    return { ...monthsSummary(rollups.data ?? [], months, currency), topClients, overdue: { amount: overdue.totals?.amount ?? 0, count: overdue.totals?.count ?? 0, invoices: overdue.invoices } };
  }, [rollups.data, months, currency, clients.data, overdue.totals, overdue.invoices]);

  const chart = summary.months.map((m) => ({ ...m, label: formatMonth(m.month, { short: Number(span) <= 6 ? false : true }) }));
  const money = (v: number) => formatMoney(v, currency);
  const topMax = Math.max(1, ...summary.topClients.map((c) => c.invoiced));
  const query = allOf([rollups, clients, overdue], () => summary);

  return (
    <div className="cx-page">
      <PageHeader
        title="Revenue"
        subtitle="Invoiced: issued invoices by issue month. Paid: money received, by the month it arrived. Outstanding: still owed on that month's invoices. Drafts and void invoices are left out."
        actions={
          <>
            {currencies.length > 1 ? (
              <select className="select cx-input-sm" aria-label="Currency" value={currency} onChange={(e) => setChosen(e.target.value as Currency)}>
                {currencies.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
            ) : null}
            <Segmented<'6' | '12'> label="Months shown" value={span} onChange={setSpan} options={[{ value: '6', label: '6 months' }, { value: '12', label: '12 months' }]} />
          </>
        }
      />
      <Loadable query={query} rows={5}>
        {(s) => (
          <>
            <div className="stack cx-stat-grid gap-16">
              <Stat label={`Invoiced · ${span} months`} value={money(s.totals.invoiced)} />
              <Stat label={`Paid · ${span} months`} value={money(s.totals.paid)} tone="good" />
              <Stat label="Outstanding" value={money(s.totals.outstanding)} hint="Still owed on these months' invoices" tone={s.totals.outstanding ? 'warn' : 'neutral'} />
              <Stat label="Overdue" value={money(s.overdue.amount)} hint={s.overdue.count ? `${s.overdue.count} invoice${s.overdue.count === 1 ? '' : 's'} past due` : 'Nothing overdue'} tone={s.overdue.count ? 'bad' : 'good'} />
            </div>

            <section className="stack cx-box gap-12">
              <h2 className="cx-box-title">Per month</h2>
              {s.totals.invoiced === 0 && s.totals.paid === 0 ? (
                <EmptyState icon={<ChartIcon size={28} />} title="No revenue in this period">Issue an invoice and it shows up here.</EmptyState>
              ) : (
                <div className="cx-chart" role="img" aria-label={chart.map((m) => `${m.label}: invoiced ${money(m.invoiced)}, paid ${money(m.paid)}, outstanding ${money(m.outstanding)}`).join('; ')}>
                  <ResponsiveContainer width="100%" height={300}>
                    <BarChart data={chart} margin={{ top: 10, right: 8, left: 8, bottom: 0 }} barGap={2}>
                      <CartesianGrid vertical={false} stroke="#eef0f3" />
                      <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#667085' }} tickLine={false} axisLine={false} />
                      <YAxis tickFormatter={(v: number) => formatCompactMoney(v, currency)} tick={{ fontSize: 12, fill: '#667085' }} tickLine={false} axisLine={false} width={64} />
                      <Tooltip cursor={{ fill: 'rgba(16,24,40,0.04)' }} formatter={(value, name) => [money(Number(value)), String(name)]} />
                      <Legend iconType="circle" itemSorter={null} wrapperStyle={{ fontSize: 13 }} />
                      <Bar dataKey="invoiced" name="Invoiced" fill={COLORS.invoiced} radius={[4, 4, 0, 0]} maxBarSize={26} isAnimationActive={false} />
                      <Bar dataKey="paid" name="Paid" fill={COLORS.paid} radius={[4, 4, 0, 0]} maxBarSize={26} isAnimationActive={false} />
                      <Bar dataKey="outstanding" name="Outstanding" fill={COLORS.outstanding} radius={[4, 4, 0, 0]} maxBarSize={26} isAnimationActive={false} />
                    </BarChart>
                  </ResponsiveContainer>
                </div>
              )}
            </section>

            <div className="stack top cx-grid-2 gap-20">
              <section className="stack cx-box gap-12">
                <BoxTitle title="Top clients">By invoiced, all time, in {currency}.</BoxTitle>
                {s.topClients.length === 0 ? (
                  <p className="muted">No issued invoices yet.</p>
                ) : (
                  <ol className="stack cx-top">
                    {s.topClients.map((c, i) => (
                      <TopClient key={c.companyId} rank={i + 1} client={c} max={topMax} money={money} />
                    ))}
                  </ol>
                )}
              </section>

              <section className="stack cx-box gap-12">
                <BoxTitle title="Overdue">Marked overdue, or pending past the due date.</BoxTitle>
                {s.overdue.invoices.length === 0 ? (
                  <p className="muted">Nothing is overdue.</p>
                ) : (
                  <ul className="cx-overdue">
                    {s.overdue.invoices.map((inv) => (
                      <OverdueInvoice key={`${inv.companyId}/${inv.id}`} invoice={inv} money={money} />
                    ))}
                  </ul>
                )}
              </section>
            </div>
          </>
        )}
      </Loadable>
    </div>
  );
}

function TopClient({ rank, client: c, max, money }: { rank: number; client: ClientRevenue; max: number; money: (v: number) => string }) {
  const name = useCompanyName(c.companyId);
  return (
    <li className="stack top">
      <span className="avatar cx-top-rank">{rank}</span>
      <div className="stack cx-top-body gap-4">
        <div className="row wrap between cx-row-between">
          <Link to={`/console/invoices?company=${encodeURIComponent(c.companyId)}`} className="strong">{name || '…'}</Link>
          <span className="strong">{money(c.invoiced)}</span>
        </div>
        <div className="cx-top-bar" aria-hidden="true">
          <span style={{ width: `${(c.paid / max) * 100}%`, background: COLORS.paid }} />
          <span style={{ width: `${(c.outstanding / max) * 100}%`, background: COLORS.outstanding }} />
        </div>
        <div className="muted small">
          {c.invoices} invoice{c.invoices === 1 ? '' : 's'} · paid {money(c.paid)} · outstanding {money(c.outstanding)}
        </div>
      </div>
    </li>
  );
}

function OverdueInvoice({ invoice: inv, money }: { invoice: { companyId: string; id: string; number: string; dueDate: string; total: number; amountPaid: number }; money: (v: number) => string }) {
  const company = useCompanyName(inv.companyId);
  return (
    <li className="stack">
      <Link to={`/console/invoices/${inv.companyId}/${inv.id}`} className="strong">{inv.number}</Link>
      <span className="muted">{company} · due {formatDate(inv.dueDate)}</span>
      <span className="strong text-danger">{money(Math.max(0, inv.total - inv.amountPaid))}</span>
    </li>
  );
}
