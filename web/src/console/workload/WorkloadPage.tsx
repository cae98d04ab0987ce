/**
 * Team workload: each person's logged hours per week against their weekly capacity (a chart per
 * person, bars coloured by load), and their open tasks. Recharts loads with this chunk only.
 */
import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useDocumentTitle } from '../../lib/useBranding';
import { Avatar, EmptyState } from '../../components/ui';
import { todayIso } from '../../lib/format';
import { ChartIcon } from '../components/icons';
import { allOf, Loadable, PageHeader, Segmented, Stat } from '../components/kit';
import { loadLevel, NEAR_CAPACITY, workload, type LoadLevel, type PersonWorkload } from './workload';
import { useStaff } from '../lib/queries';
import { useOpenTaskCounts, useTeamWeeks } from './queries';
import { formatWeek, lastWeeks } from '../lib/dates';

const LOAD_COLORS: Record<LoadLevel, string> = { idle: '#d0d5dd', ok: 'var(--brand, #3b5bdb)', near: '#f79009', over: '#d92d20' };
/** The same levels as text: darker shades, so the figure keeps 4.5:1 contrast on white. */
const LOAD_TEXT_COLORS: Record<Exclude<LoadLevel, 'idle'>, string> = { ok: 'var(--brand, #3b5bdb)', near: '#b54708', over: '#b42318' };
const LOAD_LABEL: Record<LoadLevel, string> = { idle: 'No time logged', ok: 'Within capacity', near: 'Near capacity', over: 'Over capacity' };
/** a figure under its label, 2px apart */
const FIGURE = { gap: 2 };

export default function WorkloadPage() {
  useDocumentTitle('Workload');
  const staff = useStaff();
  const [span, setSpan] = useState<'8' | '12'>('8');
  const today = todayIso();
  const weeks = useMemo(() => lastWeeks(today, Number(span)), [today, span]);
  const teamWeeks = useTeamWeeks(weeks);
  const open = useOpenTaskCounts(useMemo(() => (staff.data ?? []).map((s) => s.id), [staff.data]), today);

  const summary = useMemo(
    () => workload(staff.data ?? [], teamWeeks.minutes, open.byUid, open.unassigned, weeks),
    [staff.data, teamWeeks.minutes, open.byUid, open.unassigned, weeks],
  );
  const current = summary.weeks.length - 1;
  const teamHours = summary.people.reduce((s, p) => s + (p.hours[current] ?? 0), 0);
  const teamCapacity = summary.people.reduce((s, p) => s + p.capacity, 0);
  const overloaded = summary.people.filter((p) => loadLevel(p.hours[current - 1] ?? 0, p.capacity) === 'over').length;
  const openTotal = summary.people.reduce((s, p) => s + p.open.total, 0) + summary.unassignedOpen;
  const query = allOf([staff, teamWeeks, open], () => summary);

  return (
    <div className="cx-page">
      <PageHeader
        title="Workload"
        subtitle={`Hours logged per person per week against their weekly capacity, and the open tasks on their plate. Amber is above ${NEAR_CAPACITY * 100}% of capacity, red is over it.`}
        actions={<Segmented<'8' | '12'> label="Weeks shown" value={span} onChange={setSpan} options={[{ value: '8', label: '8 weeks' }, { value: '12', label: '12 weeks' }]} />}
      />
      <Loadable query={query} rows={4}>
        {(s) =>
          s.people.length === 0 ? (
            <div className="stack cx-box gap-12">
              <EmptyState icon={<ChartIcon size={28} />} title="No one in the team directory">Add people on the Team page to see their workload.</EmptyState>
            </div>
          ) : (
            <>
              <div className="stack cx-stat-grid gap-16">
                <Stat label="This week" value={`${Math.round(teamHours)} h`} hint={`of ${teamCapacity} h team capacity`} />
                <Stat label="Over capacity last week" value={String(overloaded)} tone={overloaded ? 'bad' : 'good'} hint={overloaded ? 'people logged more than their capacity' : 'No one'} />
                <Stat label="Open tasks" value={String(openTotal)} hint={s.unassignedOpen ? `${s.unassignedOpen} unassigned` : 'All assigned'} tone={s.unassignedOpen ? 'warn' : 'neutral'} />
              </div>
              <div className="row wrap gap-18 hint cx-legend-row">
                {(['ok', 'near', 'over'] as const).map((l) => (
                  <span key={l}><span className="cx-key" style={{ background: LOAD_COLORS[l] }} /> {LOAD_LABEL[l]}</span>
                ))}
                <span><span className="cx-key cx-key-line" /> Capacity</span>
              </div>
              <div className="stack cx-workload-grid gap-16">
                {s.people.map((p) => (
                  <PersonCard key={p.uid} person={p} weeks={s.weeks} />
                ))}
              </div>
            </>
          )
        }
      </Loadable>
    </div>
  );
}

function PersonCard({ person, weeks }: { person: PersonWorkload; weeks: string[] }) {
  const data = weeks.map((week, i) => ({ week, label: formatWeek(week), hours: person.hours[i] ?? 0, level: loadLevel(person.hours[i] ?? 0, person.capacity) }));
  const thisWeek = data[data.length - 1]!;
  const max = Math.max(person.capacity * 1.15, ...data.map((d) => d.hours), 1);
  const average = data.slice(0, -1).reduce((s, d) => s + d.hours, 0) / Math.max(1, data.length - 1);
  return (
    <section className="stack cx-box cx-member-card gap-12" aria-label={`${person.name} workload`}>
      <div className="row wrap between top cx-box-head gap-12">
        <div className="row cx-member gap-10">
          <Avatar name={person.name} size="sm" />
          <div>
            <div className="strong">{person.name}</div>
            <div className="muted small">{person.capacity} h/week capacity · avg {average.toFixed(1)} h</div>
          </div>
        </div>
        <div className="cx-load">
          <span className="cx-load-value" style={{ color: thisWeek.level === 'idle' ? undefined : LOAD_TEXT_COLORS[thisWeek.level] }}>
            {person.capacity ? Math.round((thisWeek.hours / person.capacity) * 100) : 0}%
          </span>
          <span className="muted small">this week</span>
        </div>
      </div>
      <div className="cx-chart" role="img" aria-label={`${person.name}: ${data.map((d) => `${d.label} ${d.hours} hours`).join(', ')}; capacity ${person.capacity} hours`}>
        <ResponsiveContainer width="100%" height={170}>
          <BarChart data={data} margin={{ top: 8, right: 8, left: -18, bottom: 0 }}>
            <CartesianGrid vertical={false} stroke="#eef0f3" />
            <XAxis dataKey="label" tick={{ fontSize: 11, fill: '#667085' }} tickLine={false} axisLine={false} interval="preserveStartEnd" />
            <YAxis domain={[0, Math.ceil(max / 10) * 10]} allowDecimals={false} tickCount={Math.ceil(max / 10) + 1 > 7 ? 5 : Math.ceil(max / 10) + 1} tick={{ fontSize: 11, fill: '#667085' }} tickLine={false} axisLine={false} width={44} />
            <Tooltip cursor={{ fill: 'rgba(16,24,40,0.04)' }} formatter={(value) => [`${value} h of ${person.capacity} h`, 'Logged']} labelFormatter={(label) => `Week of ${label}`} />
            <ReferenceLine y={person.capacity} stroke="#101828" strokeDasharray="4 3" ifOverflow="extendDomain" />
            <Bar dataKey="hours" radius={[4, 4, 0, 0]} maxBarSize={28} isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.week} fill={LOAD_COLORS[d.level]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <dl className="stack cx-open-tasks gap-8">
        <div className="stack" style={FIGURE}><dt>Open tasks</dt><dd>{person.open.total}</dd></div>
        <div className="stack" style={FIGURE}><dt>Due this week</dt><dd>{person.open.dueThisWeek}</dd></div>
        <div className={`stack ${person.open.overdue ? 'is-bad' : ''}`} style={FIGURE}><dt>Overdue</dt><dd>{person.open.overdue}</dd></div>
        <div className={`stack ${person.open.urgent ? 'is-warn' : ''}`} style={FIGURE}><dt>Urgent</dt><dd>{person.open.urgent}</dd></div>
      </dl>
    </section>
  );
}
