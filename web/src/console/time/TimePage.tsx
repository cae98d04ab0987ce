/**
 * Time: log hours against a project (and optionally a task), see this week against capacity,
 * and list a week's entries (mine, or everyone's), newest first, a page at a time. Staff log
 * and edit their own; admins any. Reads (./lists.ts): the week's entries shown and the week's
 * rollup (yours, and the listed person's or the team's) — never every entry (issue 10).
 */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { TimeEntry, WithId } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { Dialog } from '../../components/Dialog';
import { LoadMore } from '../../components/LoadMore';
import { Badge, EmptyState, Spinner } from '../../components/ui';
import { dateFormat, formatDate, todayIso } from '../../lib/format';
import { ClockIcon, EditIcon, TrashIcon } from '../components/icons';
import { ACTIONS_COLUMN, DataTable, FormError, FormField, Loadable, pagedQuery, PageHeader, Segmented, Stat } from '../components/kit';
import { useToast } from '../components/toast';
import { CompanyName } from '../components/CompanyName';
import { ProjectName } from '../components/ProjectName';
import { useDeleteTimeEntry, useSaveTimeEntry } from './mutations';
import { TIME_NOTE_MAX, timeEntrySchema } from './schemas';
import { firstError, FormSelect, useZodForm } from '../components/form';
import { FormPicker, ProjectPicker, TaskPicker } from '../components/Picker';
import { useConsole } from '../lib/env';
import { usePeople, useStaff } from '../lib/queries';
import { addDays, formatMinutes, formatWeek, weekStart } from '../lib/dates';
import { useTaskTitles, useTimeEntryPages, useWeekTotals, weekDays, weekFilter } from './lists';

type Scope = 'mine' | 'everyone';

export default function TimePage() {
  useDocumentTitle('Time');
  const { me, isAdmin } = useConsole();
  const remove = useDeleteTimeEntry();
  const toast = useToast();
  const staff = useStaff();
  const people = usePeople();
  const [scope, setScope] = useState<Scope>('mine');
  const [person, setPerson] = useState('');
  const [editing, setEditing] = useState<WithId<TimeEntry> | null>(null);
  const today = todayIso();
  const thisWeek = weekStart(today);
  const [week, setWeek] = useState(thisWeek);

  // The list: one week of one person's entries (or everyone's), newest first, paged.
  const listUid = scope === 'mine' ? me.uid : person || null;
  const pages = useTimeEntryPages(weekFilter(listUid, week));
  const dayTotals = useWeekTotals(listUid, week);
  // Your week: your rollup for this week (the same listener as the list's when it shows your week).
  const myWeek = useWeekTotals(me.uid, thisWeek);
  const days = weekDays(thisWeek);
  const dayMinutes = (d: string) => myWeek.data?.days[d] ?? 0;
  const weekMinutes = myWeek.data?.minutes ?? 0;
  const billableMinutes = myWeek.data?.billableMinutes ?? 0;
  const capacity = staff.data?.find((s) => s.id === me.uid)?.capacityHoursPerWeek ?? 40;

  const grouped = (() => {
    const map = new Map<string, WithId<TimeEntry>[]>();
    for (const e of pages.items) map.set(e.date, [...(map.get(e.date) ?? []), e]);
    return [...map.entries()];
  })();
  const taskTitles = useTaskTitles(
    [...new Map(pages.items.filter((e) => e.taskId).map((e) => [`${e.companyId}/${e.taskId}`, { companyId: e.companyId, taskId: e.taskId! }])).values()],
  );
  const list = pagedQuery(pages, grouped);

  // DESIGN §4: staff create and update their own entries; only an admin deletes one.
  const mayEdit = (e: TimeEntry) => isAdmin || e.uid === me.uid;
  const weekLabel = week === thisWeek ? `This week · ${formatWeek(week)}` : `Week of ${formatWeek(week)}`;

  return (
    <div className="cx-page">
      <PageHeader
        title="Time"
        subtitle="Log hours against projects and tasks. Billable time goes on invoices at hourly rates; all time counts toward budget health at cost."
        actions={isAdmin ? <Link className="btn btn-secondary" to="/console/billables">Billables report</Link> : null}
      />

      <div className="stack top cx-time-top gap-20">
        <section className="stack cx-box gap-12">
          <h2 className="cx-box-title">Log time</h2>
          <TimeForm onSaved={() => toast.success('Time logged.')} />
        </section>
        <section className="stack cx-box gap-12">
          <h2 className="cx-box-title">Your week · {formatWeek(thisWeek)}</h2>
          <div className="stack cx-stat-grid">
            <Stat label="Logged" value={myWeek.data ? formatMinutes(weekMinutes) : myWeek.error ? '—' : '…'} hint={myWeek.error ? 'The week’s total could not be loaded.' : `of ${capacity} h capacity`} tone={weekMinutes / 60 > capacity ? 'bad' : 'neutral'} />
            <Stat label="Billable" value={myWeek.data ? formatMinutes(billableMinutes) : myWeek.error ? '—' : '…'} hint={weekMinutes ? `${Math.round((billableMinutes / weekMinutes) * 100)}% of logged` : '—'} />
          </div>
          <div className="stack bottom cx-weekbars gap-6" aria-label="Hours per day this week">
            {days.map((d) => {
              const minutes = dayMinutes(d);
              return (
                <div key={d} className={`stack cx-weekbar ${d === today ? 'is-today' : ''} gap-4`} title={`${formatDate(d)}: ${formatMinutes(minutes)}`}>
                  <div className="cx-weekbar-track">
                    <div className="cx-weekbar-fill" style={{ height: `${Math.min(100, (minutes / 600) * 100)}%` }} />
                  </div>
                  <span className="cx-weekbar-day">{dateFormat(undefined, { weekday: 'narrow', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`))}</span>
                  <span className="cx-weekbar-h">{minutes ? (minutes / 60).toFixed(1) : ''}</span>
                </div>
              );
            })}
          </div>
        </section>
      </div>

      <div className="row wrap between cx-toolbar">
        <Segmented<Scope> label="Whose time" value={scope} onChange={setScope} options={[{ value: 'mine', label: 'My time' }, { value: 'everyone', label: 'Everyone' }]} />
        <div className="row wrap cx-toolbar-right">
          {scope === 'everyone' ? (
            <>
              <label className="visually-hidden" htmlFor="time-person">Person</label>
              <select id="time-person" className="select cx-input-sm" value={person} onChange={(e) => setPerson(e.target.value)}>
                <option value="">All people</option>
                {people.list.map((s) => <option key={s.id} value={s.id}>{s.displayName}</option>)}
              </select>
            </>
          ) : null}
          <div className="cx-inline" role="group" aria-label="Week">
            <button type="button" className="btn btn-secondary btn-sm" aria-label="Previous week" onClick={() => setWeek(addDays(week, -7))}>‹</button>
            <span className="strong cx-nowrap" aria-live="polite">{weekLabel}</span>
            <button type="button" className="btn btn-secondary btn-sm" aria-label="Next week" disabled={week >= thisWeek} onClick={() => setWeek(addDays(week, 7))}>›</button>
            {week !== thisWeek ? <button type="button" className="btn btn-secondary btn-sm" onClick={() => setWeek(thisWeek)}>This week</button> : null}
          </div>
        </div>
      </div>

      <Loadable query={list} rows={5}>
        {() =>
          grouped.length === 0 ? (
            <div className="stack cx-box gap-12">
              <EmptyState icon={<ClockIcon size={28} />} title={week === thisWeek ? 'No time logged this week' : 'No time logged that week'}>
                {scope === 'mine' && week === thisWeek ? 'Use the form above to log your hours.' : 'Try another week or person.'}
              </EmptyState>
            </div>
          ) : (
            <div className="stack cx-box cx-box-flush">
              <DataTable columns={['Date', scope === 'everyone' ? 'Person' : null, 'Client · project', 'Task / note', 'Billable', { label: 'Hours', className: 'num' }, ACTIONS_COLUMN]}>
                {grouped.map(([date, entries]) =>
                  entries.map((e, i) => (
                    <tr key={e.id}>
                      <td className="cx-nowrap">
                        {i === 0 ? (
                          <>
                            <div className="strong">{formatDate(date)}</div>
                            <div className="muted small">{dayTotals.data ? `${formatMinutes(dayTotals.data.days[date] ?? 0)} logged` : dayTotals.error ? '' : '…'}</div>
                          </>
                        ) : null}
                      </td>
                      {scope === 'everyone' ? <td>{people.name(e.uid)}</td> : null}
                      <td>
                        <div><ProjectName companyId={e.companyId} id={e.projectId} /></div>
                        <div className="muted small"><CompanyName id={e.companyId} /></div>
                      </td>
                      <td>
                        {e.taskId ? <span>{taskTitles.get(`${e.companyId}/${e.taskId}`) ?? 'Task'}</span> : <span className="muted">—</span>}
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
              </DataTable>
              <LoadMore pages={pages} label="More entries" />
            </div>
          )
        }
      </Loadable>

      <Dialog open={editing !== null} onClose={() => setEditing(null)} title="Edit time entry">
        {editing ? <TimeForm entry={editing} onSaved={() => { setEditing(null); toast.success('Entry saved.'); }} /> : null}
      </Dialog>
    </div>
  );
}

export function TimeForm({ entry, onSaved }: { entry?: WithId<TimeEntry>; onSaved: () => void }) {
  const { me, isAdmin } = useConsole();
  const save = useSaveTimeEntry();
  const staff = useStaff();
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
  const { duration: durationError, ...otherErrors } = formState.errors;
  const problem = firstError(otherErrors);

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
    <form className="stack cx-stack-form gap-16" onSubmit={(e) => void submit(e)} noValidate aria-label={entry ? 'Edit time entry' : 'Log time'}>
      <div className="cx-cols-2 cx-cols-4">
        <FormField label="Project" className="cx-col-span-2">
          {(id) => (
            <FormPicker control={control} name="project" onValue={() => setValue('taskId', '')}>
              {(value, onChange) => <ProjectPicker id={id} className="select" companyId={null} value={value} onChange={onChange} invalid={Boolean(formState.errors.project)} placeholder="Type a project or client…" />}
            </FormPicker>
          )}
        </FormField>
        <FormField label="Task (optional)" className="cx-col-span-2">
          {(id) => (
            <FormPicker control={control} name="taskId">
              {(value, onChange) => <TaskPicker id={id} className="select" companyId={companyId} projectId={projectId} value={value} onChange={onChange} empty="No specific task" disabled={!project} />}
            </FormPicker>
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
      <div className="row wrap between cx-row-between">
        <label className="cx-check">
          <input type="checkbox" {...register('billable')} />
          <span>Billable to the client</span>
        </label>
        <div className="cx-inline">
          {problem ? <span className="field-error">{problem}</span> : null}
          <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? <Spinner label="Saving…" /> : entry ? 'Save entry' : 'Log time'}</button>
        </div>
      </div>
      <FormError message={error} />
    </form>
  );
}
