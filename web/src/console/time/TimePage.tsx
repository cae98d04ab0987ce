/**
 * Time: log hours against a project (and optionally a task), see this week against capacity,
 * and list entries. Staff log and edit their own; admins any.
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { TimeEntry, WithId } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { Dialog } from '../../components/Dialog';
import { Badge, EmptyState, Spinner } from '../../components/ui';
import { formatDate, todayIso } from '../../lib/format';
import { ClockIcon, EditIcon, TrashIcon } from '../components/icons';
import { FormError, FormField, Loadable, PageHeader, Segmented, Stat } from '../components/kit';
import { useToast } from '../components/toast';
import { useDeleteTimeEntry, useSaveTimeEntry } from './mutations';
import { TIME_NOTE_MAX, timeEntrySchema } from './schemas';
import { firstError, FormSelect, useZodForm } from '../components/form';
import { useConsole } from '../lib/env';
import { useAllTasks, useStaff, useTimeEntries } from '../lib/queries';
import { type Lookups, useLookups } from '../lib/lookups';
import { addDays, formatMinutes, formatWeek, weekStart } from '../lib/dates';

type Scope = 'mine' | 'everyone';

export default function TimePage() {
  useDocumentTitle('Time');
  const { me, isAdmin } = useConsole();
  const remove = useDeleteTimeEntry();
  const toast = useToast();
  const entries = useTimeEntries();
  const staff = useStaff();
  const lookups = useLookups();
  const [scope, setScope] = useState<Scope>('mine');
  const [person, setPerson] = useState('');
  const [editing, setEditing] = useState<WithId<TimeEntry> | null>(null);
  const [limit, setLimit] = useState(40);
  const today = todayIso();
  const thisWeek = weekStart(today);

  const mine = useMemo(() => (entries.data ?? []).filter((e) => e.uid === me.uid), [entries.data, me.uid]);
  const myWeek = mine.filter((e) => e.date >= thisWeek && e.date <= addDays(thisWeek, 6));
  const weekMinutes = myWeek.reduce((s, e) => s + e.minutes, 0);
  const billableMinutes = myWeek.filter((e) => e.billable).reduce((s, e) => s + e.minutes, 0);
  const capacity = staff.data?.find((s) => s.id === me.uid)?.capacityHoursPerWeek ?? 40;
  const days = Array.from({ length: 7 }, (_, i) => addDays(thisWeek, i));

  const shown = useMemo(() => {
    const all = entries.data ?? [];
    const list = scope === 'mine' ? all.filter((e) => e.uid === me.uid) : person ? all.filter((e) => e.uid === person) : all;
    return list;
  }, [entries.data, scope, person, me.uid]);

  const grouped = useMemo(() => {
    const map = new Map<string, WithId<TimeEntry>[]>();
    for (const e of shown.slice(0, limit)) map.set(e.date, [...(map.get(e.date) ?? []), e]);
    return [...map.entries()];
  }, [shown, limit]);
  const dayTotal = (date: string) => shown.filter((e) => e.date === date).reduce((s, e) => s + e.minutes, 0);

  // DESIGN §4: staff create and update their own entries; only an admin deletes one.
  const mayEdit = (e: TimeEntry) => isAdmin || e.uid === me.uid;

  return (
    <div className="cx-page">
      <PageHeader
        title="Time"
        subtitle="Log hours against projects and tasks. Billable time goes on invoices at hourly rates; all time counts toward budget health at cost."
        actions={isAdmin ? <Link className="btn btn-secondary" to="/console/billables">Billables report</Link> : null}
      />

      <div className="cx-time-top">
        <section className="cx-box">
          <h2 className="cx-box-title">Log time</h2>
          <TimeForm lookups={lookups} onSaved={() => toast.success('Time logged.')} />
        </section>
        <section className="cx-box">
          <h2 className="cx-box-title">Your week · {formatWeek(thisWeek)}</h2>
          <div className="cx-stat-grid cx-stat-grid-tight">
            <Stat label="Logged" value={formatMinutes(weekMinutes)} hint={`of ${capacity} h capacity`} tone={weekMinutes / 60 > capacity ? 'bad' : 'neutral'} />
            <Stat label="Billable" value={formatMinutes(billableMinutes)} hint={weekMinutes ? `${Math.round((billableMinutes / weekMinutes) * 100)}% of logged` : '—'} />
          </div>
          <div className="cx-weekbars" aria-label="Hours per day this week">
            {days.map((d) => {
              const minutes = myWeek.filter((e) => e.date === d).reduce((s, e) => s + e.minutes, 0);
              return (
                <div key={d} className={`cx-weekbar ${d === today ? 'is-today' : ''}`} title={`${formatDate(d)}: ${formatMinutes(minutes)}`}>
                  <div className="cx-weekbar-track">
                    <div className="cx-weekbar-fill" style={{ height: `${Math.min(100, (minutes / 600) * 100)}%` }} />
                  </div>
                  <span className="cx-weekbar-day">{new Intl.DateTimeFormat(undefined, { weekday: 'narrow', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`))}</span>
                  <span className="cx-weekbar-h">{minutes ? (minutes / 60).toFixed(1) : ''}</span>
                </div>
              );
            })}
          </div>
        </section>
      </div>

      <div className="cx-action-bar">
        <Segmented<Scope> label="Whose time" value={scope} onChange={(v) => { setScope(v); setLimit(40); }} options={[{ value: 'mine', label: 'My time' }, { value: 'everyone', label: 'Everyone' }]} />
        {scope === 'everyone' ? (
          <div className="cx-action-bar-end">
            <label className="visually-hidden" htmlFor="time-person">Person</label>
            <select id="time-person" className="select cx-select-sm" value={person} onChange={(e) => setPerson(e.target.value)}>
              <option value="">All people</option>
              {(staff.data ?? []).map((s) => <option key={s.id} value={s.id}>{s.displayName}</option>)}
            </select>
          </div>
        ) : null}
      </div>

      <Loadable query={entries} rows={5}>
        {() =>
          grouped.length === 0 ? (
            <div className="cx-box">
              <EmptyState icon={<ClockIcon size={28} />} title="No time logged yet">Use the form above to log your first hours.</EmptyState>
            </div>
          ) : (
            <div className="cx-box cx-box-flush">
              <table className="table cx-data-table">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    {scope === 'everyone' ? <th scope="col">Person</th> : null}
                    <th scope="col">Client · project</th>
                    <th scope="col">Task / note</th>
                    <th scope="col">Billable</th>
                    <th scope="col" className="num">Hours</th>
                    <th scope="col"><span className="visually-hidden">Actions</span></th>
                  </tr>
                </thead>
                <tbody>
                  {grouped.map(([date, list]) =>
                    list.map((e, i) => (
                      <tr key={e.id}>
                        <td className="cx-nowrap">
                          {i === 0 ? (
                            <>
                              <div className="strong">{formatDate(date)}</div>
                              <div className="muted small">{formatMinutes(dayTotal(date))} logged</div>
                            </>
                          ) : null}
                        </td>
                        {scope === 'everyone' ? <td>{lookups.person(e.uid)}</td> : null}
                        <td>
                          <div>{lookups.project(e.companyId, e.projectId)}</div>
                          <div className="muted small">{lookups.company(e.companyId)}</div>
                        </td>
                        <td>
                          <TaskName companyId={e.companyId} taskId={e.taskId} />
                          {e.note ? <div className="muted small">{e.note}</div> : null}
                        </td>
                        <td>{e.billable ? <Badge tone="success">Billable</Badge> : <Badge>Non-billable</Badge>}</td>
                        <td className="num strong">{formatMinutes(e.minutes)}</td>
                        <td className="num cx-nowrap">
                          {mayEdit(e) ? (
                            <>
                              <button type="button" className="icon-button" aria-label="Edit entry" onClick={() => setEditing(e)}><EditIcon size={16} /></button>
                              {isAdmin ? (
                              <button
                                type="button"
                                className="icon-button"
                                aria-label="Delete entry"
                                onClick={() => {
                                  if (window.confirm('Delete this time entry?')) remove.mutate(e.id, { onSuccess: () => toast.success('Entry deleted.'), onError: (err) => toast.error(err.message) });
                                }}
                              >
                                <TrashIcon size={16} />
                              </button>
                              ) : null}
                            </>
                          ) : null}
                        </td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
              {shown.length > limit ? (
                <div className="cx-more">
                  <span className="muted small">Showing {limit} of {shown.length} entries</span>
                  <button type="button" className="btn btn-secondary btn-sm" onClick={() => setLimit(limit + 60)}>Show more</button>
                </div>
              ) : null}
            </div>
          )
        }
      </Loadable>

      <Dialog open={editing !== null} onClose={() => setEditing(null)} title="Edit time entry">
        {editing ? <TimeForm lookups={lookups} entry={editing} onSaved={() => { setEditing(null); toast.success('Entry saved.'); }} /> : null}
      </Dialog>
    </div>
  );
}

function TaskName({ companyId, taskId }: { companyId: string; taskId: string | null }) {
  const tasks = useAllTasks();
  if (!taskId) return <span className="muted">—</span>;
  const task = tasks.data?.find((t) => t.companyId === companyId && t.id === taskId);
  return <span>{task?.title ?? 'Task'}</span>;
}

export function TimeForm({ lookups, entry, onSaved }: { lookups: Lookups; entry?: WithId<TimeEntry>; onSaved: () => void }) {
  const { me, isAdmin } = useConsole();
  const save = useSaveTimeEntry();
  const staff = useStaff();
  const tasks = useAllTasks();
  const { register, control, handleSubmit, formState, watch, setValue, resetField } = useZodForm(timeEntrySchema, {
    uid: entry?.uid ?? me.uid,
    project: entry ? `${entry.companyId}/${entry.projectId}` : '',
    taskId: entry?.taskId ?? '',
    date: entry?.date ?? todayIso(),
    duration: entry ? formatMinutes(entry.minutes) : '',
    billable: entry?.billable ?? true,
    note: entry?.note ?? '',
  });
  const busy = save.isPending;
  const error = save.error?.message ?? null;
  const project = watch('project');
  const [companyId = '', projectId = ''] = project.split('/');
  const projectTasks = (tasks.data ?? []).filter((t) => t.companyId === companyId && t.projectId === projectId).sort((a, b) => a.title.localeCompare(b.title));
  const { duration: durationError, ...otherErrors } = formState.errors;
  const problem = firstError(otherErrors);
  const open = lookups.projects.filter((p) => p.status !== 'completed' || `${p.companyId}/${p.id}` === project);

  const submit = handleSubmit((value) =>
    save.mutate(
      { id: entry?.id, entry: value },
      {
        onSuccess: () => {
          if (!entry) {
            resetField('duration');
            resetField('note');
          }
          onSaved();
        },
      },
    ),
  );

  return (
    <form className="cx-stack-form" onSubmit={(e) => void submit(e)} noValidate aria-label={entry ? 'Edit time entry' : 'Log time'}>
      <div className="cx-cols-time">
        <FormField label="Project" className="cx-col-span-2">
          {(id) => (
            <FormSelect id={id} className="select" control={control} name="project" onValue={() => setValue('taskId', '')} aria-invalid={Boolean(formState.errors.project)}>
              <option value="">Choose a project…</option>
              {lookups.companies.filter((c) => open.some((p) => p.companyId === c.id)).map((c) => (
                <optgroup key={c.id} label={c.name}>
                  {open.filter((p) => p.companyId === c.id).map((p) => <option key={p.id} value={`${c.id}/${p.id}`}>{p.name}</option>)}
                </optgroup>
              ))}
            </FormSelect>
          )}
        </FormField>
        <FormField label="Task (optional)" className="cx-col-span-2">
          {(id) => (
            <FormSelect id={id} className="select" control={control} name="taskId" disabled={!project}>
              <option value="">No specific task</option>
              {projectTasks.map((t) => <option key={t.id} value={t.id}>{t.title}</option>)}
            </FormSelect>
          )}
        </FormField>
        <FormField label="Date">{(id) => <input id={id} className="input" type="date" max={addDays(todayIso(), 1)} {...register('date')} />}</FormField>
        <FormField label="Duration" hint="1.5, 1:30 or 1h 30m" error={durationError?.message}>
          {(id, d) => <input id={id} className="input" {...register('duration')} placeholder="1:30" aria-describedby={d} inputMode="text" />}
        </FormField>
        {isAdmin ? (
          <FormField label="Person">
            {(id) => (
              <FormSelect id={id} className="select" control={control} name="uid">
                {(staff.data ?? []).map((s) => <option key={s.id} value={s.id}>{s.displayName}{s.id === me.uid ? ' (you)' : ''}</option>)}
                {!staff.data?.some((s) => s.id === me.uid) ? <option value={me.uid}>{me.displayName} (you)</option> : null}
              </FormSelect>
            )}
          </FormField>
        ) : null}
        <FormField label="Note" className={isAdmin ? '' : 'cx-col-span-2'}>{(id) => <input id={id} className="input" maxLength={TIME_NOTE_MAX} {...register('note')} placeholder="What you worked on" />}</FormField>
      </div>
      <div className="cx-row-between">
        <label className="cx-option cx-option-inline">
          <input type="checkbox" {...register('billable')} />
          <span>Billable to the client</span>
        </label>
        <div className="cx-inline">
          {problem ? <span className="cx-field-error">{problem}</span> : null}
          <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? <Spinner label="Saving…" /> : entry ? 'Save entry' : 'Log time'}</button>
        </div>
      </div>
      <FormError message={error} />
    </form>
  );
}
