/**
 * Team (admin): the directory (staff), each person's role (users), hourly and cost rates
 * (staffRates, admin only) and weekly capacity; edit them, change a role, invite a teammate.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { CURRENCIES, type Currency, type Role, type StaffMember, type StaffRate, type UserProfile, type WithId } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { Dialog } from '../../components/Dialog';
import { Avatar, Badge, EmptyState, Spinner } from '../../components/ui';
import { formatMoney } from '../../lib/format';
import { EditIcon, UserPlusIcon, UsersIcon } from '../components/icons';
import { FormError, FormField, Loadable, Notice, PageHeader, Stat } from '../components/kit';
import { useToast } from '../components/toast';
import { useUsers } from './queries';
import { LOW_MARGIN, marginPercent } from './rates';
import { useInviteTeammate, useSaveTeamMember } from './mutations';
import { useConsole } from '../lib/env';
import { ROLE_LABEL } from '../lib/labels';
import { useStaff, useStaffRates } from '../lib/queries';
import { moneyInputValue, parseMoneyInput } from '../lib/money';

interface Member {
  uid: string;
  staff: WithId<StaffMember> | null;
  user: WithId<UserProfile> | null;
  rate: WithId<StaffRate> | null;
  name: string;
}

export default function TeamPage() {
  useDocumentTitle('Team & rates');
  const staff = useStaff();
  const users = useUsers();
  const rates = useStaffRates();
  const [editing, setEditing] = useState<Member | null>(null);
  const [inviting, setInviting] = useState(false);

  const members = useMemo<Member[]>(() => {
    const byUid = new Map<string, Member>();
    const member = (uid: string) => {
      let m = byUid.get(uid);
      if (!m) {
        m = { uid, staff: null, user: null, rate: null, name: uid };
        byUid.set(uid, m);
      }
      return m;
    };
    for (const s of staff.data ?? []) member(s.id).staff = s;
    for (const u of users.data ?? []) if (u.role === 'admin' || u.role === 'staff') member(u.id).user = u;
    for (const [uid, rate] of Object.entries(rates.data ?? {})) if (byUid.has(uid)) member(uid).rate = rate;
    for (const m of byUid.values()) m.name = m.staff?.displayName || m.user?.displayName || m.user?.email || m.uid;
    return [...byUid.values()].sort((a, b) => Number(b.staff?.active ?? false) - Number(a.staff?.active ?? false) || a.name.localeCompare(b.name));
  }, [staff.data, users.data, rates.data]);

  const active = members.filter((m) => m.staff?.active);
  const capacity = active.reduce((sum, m) => sum + (m.staff?.capacityHoursPerWeek ?? 0), 0);
  const rated = active.filter((m) => m.rate && m.rate.currency === 'USD');
  const avgRate = rated.length ? Math.round(rated.reduce((s, m) => s + m.rate!.hourlyRate, 0) / rated.length) : null;
  const margins = active.map((m) => (m.rate ? marginPercent(m.rate) : null)).filter((v): v is number => v !== null);
  const avgMargin = margins.length ? Math.round(margins.reduce((a, b) => a + b, 0) / margins.length) : null;
  const query = { data: staff.data && users.data && rates.data ? members : undefined, isPending: staff.isPending || users.isPending || rates.isPending, error: staff.error ?? users.error ?? rates.error, refetch: () => void staff.refetch() };

  return (
    <div className="adm-page">
      <PageHeader
        title="Team & rates"
        subtitle="The directory, roles, hourly and cost rates, and weekly capacity. Rates are visible to admins only."
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setInviting(true)}>
            <UserPlusIcon size={18} /> Invite teammate
          </button>
        }
      />
      <div className="adm-stats">
        <Stat label="Active people" value={String(active.length)} hint={`${members.length - active.length} inactive or not in the directory`} />
        <Stat label="Weekly capacity" value={`${capacity} h`} hint="Sum of active people's hours per week" />
        <Stat label="Average hourly rate" value={avgRate === null ? '—' : formatMoney(avgRate, 'USD')} hint="Active people billed in USD" />
        <Stat label="Average margin" value={avgMargin === null ? '—' : `${avgMargin}%`} hint="(hourly − cost) ÷ hourly" tone={avgMargin !== null && avgMargin < LOW_MARGIN ? 'warn' : 'neutral'} />
      </div>

      <Loadable query={query} rows={4}>
        {(list) =>
          list.length === 0 ? (
            <div className="adm-card">
              <EmptyState icon={<UsersIcon size={28} />} title="No one in the team yet" action={<button type="button" className="btn btn-primary" onClick={() => setInviting(true)}>Invite teammate</button>} />
            </div>
          ) : (
            <div className="adm-card adm-card-flush">
              <table className="table adm-table">
                <thead>
                  <tr>
                    <th scope="col">Person</th>
                    <th scope="col">Role</th>
                    <th scope="col" className="num">Capacity</th>
                    <th scope="col" className="num">Hourly rate</th>
                    <th scope="col" className="num">Cost rate</th>
                    <th scope="col" className="num">Margin</th>
                    <th scope="col"><span className="visually-hidden">Actions</span></th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((m) => {
                    const margin = m.rate ? marginPercent(m.rate) : null;
                    return (
                      <tr key={m.uid} className={m.staff?.active === false ? 'adm-row-muted' : ''}>
                        <th scope="row">
                          <div className="adm-person">
                            <Avatar name={m.name} size="sm" />
                            <div>
                              <div>{m.name}</div>
                              <div className="muted small">{[m.staff?.title, m.user?.email].filter(Boolean).join(' · ') || 'Not in the directory yet'}</div>
                              {m.staff?.skills.length ? (
                                <div className="adm-tags">
                                  {m.staff.skills.map((s) => (
                                    <span key={s} className="adm-tag">{s}</span>
                                  ))}
                                </div>
                              ) : null}
                            </div>
                          </div>
                        </th>
                        <td>
                          {m.user?.role ? <Badge tone={m.user.role === 'admin' ? 'review' : 'info'}>{ROLE_LABEL[m.user.role]}</Badge> : <span className="muted small">No account</span>}
                          {m.user?.status === 'disabled' ? <> <Badge tone="danger">Disabled</Badge></> : null}
                          {m.staff && !m.staff.active ? <> <Badge>Inactive</Badge></> : null}
                        </td>
                        <td className="num">{m.staff ? `${m.staff.capacityHoursPerWeek} h/wk` : '—'}</td>
                        <td className="num">{m.rate ? formatMoney(m.rate.hourlyRate, m.rate.currency) : <span className="text-danger small">Not set</span>}</td>
                        <td className="num">{m.rate ? formatMoney(m.rate.costRate, m.rate.currency) : '—'}</td>
                        <td className="num">{margin === null ? '—' : <span className={margin < LOW_MARGIN ? 'text-danger' : ''}>{margin}%</span>}</td>
                        <td className="num">
                          <button type="button" className="btn btn-ghost btn-sm" onClick={() => setEditing(m)} aria-label={`Edit ${m.name}`}>
                            <EditIcon size={16} /> Edit
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )
        }
      </Loadable>

      <Dialog open={editing !== null} onClose={() => setEditing(null)} title={editing ? `Edit ${editing.name}` : 'Edit'} description="Directory details are visible to the whole team; rates only to admins.">
        {editing ? <MemberForm member={editing} onDone={() => setEditing(null)} /> : null}
      </Dialog>
      <Dialog open={inviting} onClose={() => setInviting(false)} title="Invite a teammate" description="They get an email that opens the sign-in page; they accept by continuing with Google as the invited address, and the invitation sets their role.">
        <InviteForm onDone={() => setInviting(false)} />
      </Dialog>
    </div>
  );
}

function MemberForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const { me } = useConsole();
  const toast = useToast();
  const save = useSaveTeamMember();
  const [displayName, setDisplayName] = useState(member.staff?.displayName ?? member.user?.displayName ?? '');
  const [title, setTitle] = useState(member.staff?.title ?? '');
  const [skills, setSkills] = useState((member.staff?.skills ?? []).join(', '));
  const [capacity, setCapacity] = useState(String(member.staff?.capacityHoursPerWeek ?? 40));
  const [active, setActive] = useState(member.staff?.active ?? true);
  const [currency, setCurrency] = useState<Currency>(member.rate?.currency ?? 'USD');
  const [hourly, setHourly] = useState(member.rate ? moneyInputValue(member.rate.hourlyRate, member.rate.currency, { fixed: true }) : '');
  const [cost, setCost] = useState(member.rate ? moneyInputValue(member.rate.costRate, member.rate.currency, { fixed: true }) : '');
  const [role, setRole] = useState<Role | null>(member.user?.role ?? null);
  const busy = save.isPending;
  const error = save.error?.message ?? null;

  const capacityNumber = Number(capacity);
  const hourlyMinor = hourly.trim() === '' ? null : parseMoneyInput(hourly, currency);
  const costMinor = cost.trim() === '' ? null : parseMoneyInput(cost, currency);
  const rateWanted = hourly.trim() !== '' || cost.trim() !== '';
  const errors = {
    displayName: displayName.trim() === '' ? 'Enter their name.' : displayName.trim().length > 200 ? 'At most 200 characters.' : undefined,
    title: title.trim().length > 200 ? 'At most 200 characters.' : undefined,
    capacity: capacity.trim() === '' || !Number.isFinite(capacityNumber) || capacityNumber < 0 || capacityNumber > 168 ? 'Hours per week, 0–168.' : undefined,
    hourly: rateWanted && (hourlyMinor === null || hourlyMinor < 0) ? 'An amount like 140 or 95.50.' : undefined,
    cost: rateWanted && (costMinor === null || costMinor < 0) ? 'An amount like 65 or 40.50.' : undefined,
  };
  const invalid = Object.values(errors).some(Boolean);
  const isMe = member.uid === me.uid;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (invalid) return;
    save.mutate(
      {
        uid: member.uid,
        member: {
          displayName: displayName.trim(),
          title: title.trim(),
          skills: skills.split(',').map((s) => s.trim()).filter(Boolean),
          capacityHoursPerWeek: capacityNumber,
          active,
        },
        rate: rateWanted && hourlyMinor !== null && costMinor !== null ? { hourlyRate: hourlyMinor, costRate: costMinor, currency } : null,
        role: role && member.user && role !== member.user.role && !isMe ? role : null,
      },
      {
        onSuccess: () => {
          toast.success(`${displayName.trim()} saved.`);
          onDone();
        },
      },
    );
  }

  return (
    <form className="adm-form" onSubmit={submit} noValidate>
      <div className="adm-grid-2">
        <FormField label="Name" error={errors.displayName}>{(id) => <input id={id} className="input" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}</FormField>
        <FormField label="Title" error={errors.title}>{(id) => <input id={id} className="input" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Senior Developer" />}</FormField>
        <FormField label="Skills" hint="Separated by commas">{(id) => <input id={id} className="input" value={skills} onChange={(e) => setSkills(e.target.value)} placeholder="react, firebase" />}</FormField>
        <FormField label="Capacity (hours per week)" error={errors.capacity}>{(id) => <input id={id} className="input" inputMode="decimal" value={capacity} onChange={(e) => setCapacity(e.target.value)} />}</FormField>
      </div>
      <fieldset className="adm-fieldset">
        <legend>Rates (admins only)</legend>
        <div className="adm-grid-3">
          <FormField label="Hourly rate" error={errors.hourly} hint="What an hour is billed at">{(id) => <input id={id} className="input" inputMode="decimal" value={hourly} onChange={(e) => setHourly(e.target.value)} placeholder="140.00" />}</FormField>
          <FormField label="Cost rate" error={errors.cost} hint="What an hour costs the agency">{(id) => <input id={id} className="input" inputMode="decimal" value={cost} onChange={(e) => setCost(e.target.value)} placeholder="65.00" />}</FormField>
          <FormField label="Currency">
            {(id) => (
              <select id={id} className="select" value={currency} onChange={(e) => setCurrency(e.target.value as Currency)}>
                {CURRENCIES.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
            )}
          </FormField>
        </div>
      </fieldset>
      <div className="adm-grid-2">
        <FormField label="Role" hint={isMe ? "You can't change your own role." : member.user ? 'Changing it signs them out so the new role applies.' : 'They have no account yet: invite them.'}>
          {(id) => (
            <select id={id} className="select" value={role ?? ''} disabled={!member.user || isMe} onChange={(e) => setRole(e.target.value as Role)}>
              {!member.user ? <option value="">No account</option> : null}
              <option value="staff">Staff — CRM, projects, tasks, time, expenses</option>
              <option value="admin">Admin — everything, incl. rates, invoices, settings</option>
            </select>
          )}
        </FormField>
        <label className="adm-check">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          <span>
            <span className="strong">Active</span>
            <span className="muted small">Inactive people leave assignee pickers and the workload chart.</span>
          </span>
        </label>
      </div>
      <FormError message={error} />
      <div className="adm-dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onDone}>Cancel</button>
        <button type="submit" className="btn btn-primary" disabled={busy || invalid}>{busy ? <Spinner label="Saving…" /> : 'Save'}</button>
      </div>
    </form>
  );
}

function InviteForm({ onDone }: { onDone: () => void }) {
  const toast = useToast();
  const invite = useInviteTeammate();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<'staff' | 'admin'>('staff');
  const busy = invite.isPending;
  const error = invite.error?.message ?? null;
  const emailError = email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim()) ? 'Enter an email address.' : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || emailError) return;
    invite.mutate(
      { role, email: email.trim(), ...(displayName.trim() ? { displayName: displayName.trim() } : {}) },
      {
        onSuccess: (result) => {
          toast.success(`Invitation sent to ${result.email}. They accept it by continuing with Google as that address.`);
          onDone();
        },
      },
    );
  }

  return (
    <form className="adm-form" onSubmit={submit} noValidate>
      <div className="adm-grid-2">
        <FormField label="Email" error={emailError}>{(id) => <input id={id} className="input" type="email" value={email} onChange={(e) => setEmail(e.target.value)} placeholder="lee@northwind.test" />}</FormField>
        <FormField label="Name (optional)">{(id) => <input id={id} className="input" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}</FormField>
      </div>
      <FormField label="Role">
        {(id) => (
          <select id={id} className="select" value={role} onChange={(e) => setRole(e.target.value as 'staff' | 'admin')}>
            <option value="staff">Staff</option>
            <option value="admin">Admin</option>
          </select>
        )}
      </FormField>
      <Notice>After they accept, add their title, capacity and rates here.</Notice>
      <FormError message={error} />
      <div className="adm-dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onDone}>Cancel</button>
        <button type="submit" className="btn btn-primary" disabled={busy || !email.trim() || Boolean(emailError)}>{busy ? <Spinner label="Sending…" /> : 'Send invitation'}</button>
      </div>
    </form>
  );
}
