/**
 * Team (admin): the directory (staff), each person's role (users), hourly and cost rates
 * (staffRates, admin only) and weekly capacity; edit them, change a role, invite a teammate.
 */
import { useMemo, useState } from 'react';
import type { StaffMember, StaffRate, UserProfile, WithId } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { Dialog } from '../../components/Dialog';
import { Avatar, Badge, EmptyState } from '../../components/ui';
import { formatMoney } from '../../lib/format';
import { EditIcon, UserPlusIcon, UsersIcon } from '../components/icons';
import { ACTIONS_COLUMN, allOf, DataTable, FormError, FormField, Loadable, Notice, PageHeader, PrimaryButton, Stat } from '../components/kit';
import { useToast } from '../components/toast';
import { useTeamAccounts } from './queries';
import { LOW_MARGIN, marginPercent } from './rates';
import { useInviteTeammate, useSaveTeamMember } from './mutations';
import { inviteSchema, memberSchema } from './schemas';
import { CurrencyField, DialogActions, useZodForm } from '../components/form';
import { useConsole } from '../lib/env';
import { ROLE_LABEL } from '../lib/labels';
import { useStaff, useStaffRates } from '../lib/queries';
import { moneyInputValue } from '../lib/money';

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
  const users = useTeamAccounts();
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
    for (const u of users.data ?? []) member(u.id).user = u;
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
  const query = allOf([staff, users, rates], () => members);

  return (
    <div className="cx-page">
      <PageHeader
        title="Team & rates"
        subtitle="The directory, roles, hourly and cost rates, and weekly capacity. Rates are visible to admins only."
        actions={
          <PrimaryButton icon={<UserPlusIcon size={18} />} onClick={() => setInviting(true)}>Invite teammate</PrimaryButton>
        }
      />
      <div className="stack cx-stat-grid gap-16">
        <Stat label="Active people" value={String(active.length)} hint={`${members.length - active.length} inactive or not in the directory`} />
        <Stat label="Weekly capacity" value={`${capacity} h`} hint="Sum of active people's hours per week" />
        <Stat label="Average hourly rate" value={avgRate === null ? '—' : formatMoney(avgRate, 'USD')} hint="Active people billed in USD" />
        <Stat label="Average margin" value={avgMargin === null ? '—' : `${avgMargin}%`} hint="(hourly − cost) ÷ hourly" tone={avgMargin !== null && avgMargin < LOW_MARGIN ? 'warn' : 'neutral'} />
      </div>

      <Loadable query={query} rows={4}>
        {(list) =>
          list.length === 0 ? (
            <div className="stack cx-box gap-12">
              <EmptyState icon={<UsersIcon size={28} />} title="No one in the team yet" action={<PrimaryButton onClick={() => setInviting(true)}>Invite teammate</PrimaryButton>} />
            </div>
          ) : (
            <div className="stack cx-box cx-box-flush">
              <DataTable columns={['Person', 'Role', { label: 'Capacity', className: 'num' }, { label: 'Hourly rate', className: 'num' }, { label: 'Cost rate', className: 'num' }, { label: 'Margin', className: 'num' }, ACTIONS_COLUMN]}>
                {list.map((m) => {
                  const margin = m.rate ? marginPercent(m.rate) : null;
                  return (
                    <tr key={m.uid} className={m.staff?.active === false ? 'cx-row-muted' : ''}>
                      <th scope="row">
                        <div className="row cx-member gap-10">
                          <Avatar name={m.name} size="sm" />
                          <div>
                            <div>{m.name}</div>
                            <div className="muted small">{[m.staff?.title, m.user?.email].filter(Boolean).join(' · ') || 'Not in the directory yet'}</div>
                            {m.staff?.skills.length ? (
                              <div className="row wrap cx-tags gap-6">
                                {m.staff.skills.map((s) => (
                                  <span key={s} className="cx-cat">{s}</span>
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
              </DataTable>
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
  const isMe = member.uid === me.uid;
  const { register, handleSubmit, formState } = useZodForm(
    memberSchema,
    {
      displayName: member.staff?.displayName ?? member.user?.displayName ?? '',
      title: member.staff?.title ?? '',
      skills: (member.staff?.skills ?? []).join(', '),
      capacity: String(member.staff?.capacityHoursPerWeek ?? 40),
      active: member.staff?.active ?? true,
      currency: member.rate?.currency ?? 'USD',
      hourly: member.rate ? moneyInputValue(member.rate.hourlyRate, member.rate.currency, { fixed: true }) : '',
      cost: member.rate ? moneyInputValue(member.rate.costRate, member.rate.currency, { fixed: true }) : '',
      role: member.user?.role ?? '',
    },
    { mode: 'onChange' },
  );
  const errors = formState.errors;

  const submit = handleSubmit(({ member: card, rate, role }) =>
    save.mutate(
      // Both rate fields cleared: the member's rate goes (not silently kept).
      { uid: member.uid, member: card, rate: rate ?? (member.rate ? 'remove' : null), role: role && member.user && role !== member.user.role && !isMe ? role : null },
      {
        onSuccess: () => {
          toast.success(`${card.displayName} saved.`);
          onDone();
        },
      },
    ),
  );

  return (
    <form className="stack cx-stack-form gap-16" onSubmit={(e) => void submit(e)} noValidate>
      <div className="cx-cols-2">
        <FormField label="Name" error={errors.displayName?.message}>{(id) => <input id={id} className="input" {...register('displayName')} />}</FormField>
        <FormField label="Title" error={errors.title?.message}>{(id) => <input id={id} className="input" {...register('title')} placeholder="Senior Developer" />}</FormField>
        <FormField label="Skills" hint="Separated by commas">{(id) => <input id={id} className="input" {...register('skills')} placeholder="react, firebase" />}</FormField>
        <FormField label="Capacity (hours per week)" error={errors.capacity?.message}>{(id) => <input id={id} className="input" inputMode="decimal" {...register('capacity')} />}</FormField>
      </div>
      <fieldset className="stack cx-fieldset cx-fieldset-box gap-12">
        <legend>Rates (admins only)</legend>
        <div className="cx-cols-3">
          <FormField label="Hourly rate" error={errors.hourly?.message} hint="What an hour is billed at">{(id) => <input id={id} className="input" inputMode="decimal" {...register('hourly')} placeholder="140.00" />}</FormField>
          <FormField label="Cost rate" error={errors.cost?.message} hint="What an hour costs the agency">{(id) => <input id={id} className="input" inputMode="decimal" {...register('cost')} placeholder="65.00" />}</FormField>
          <CurrencyField registration={register('currency')} />
        </div>
      </fieldset>
      <div className="cx-cols-2">
        <FormField label="Role" hint={isMe ? "You can't change your own role." : member.user ? 'Changing it signs them out so the new role applies.' : 'They have no account yet: invite them.'}>
          {(id) => (
            <select id={id} className="select" {...register('role', { disabled: !member.user || isMe })}>
              {!member.user ? <option value="">No account</option> : null}
              <option value="staff">Staff — CRM, projects, tasks, time, expenses</option>
              <option value="admin">Admin — everything, incl. rates, invoices, settings</option>
            </select>
          )}
        </FormField>
        <label className="row top cx-radio-card gap-10">
          <input type="checkbox" {...register('active')} />
          <span>
            <span className="strong">Active</span>
            <span className="muted small">Inactive people leave assignee pickers and the workload chart.</span>
          </span>
        </label>
      </div>
      <FormError message={save.error?.message ?? null} />
      <SaveActions onCancel={onDone} pending={save.isPending} disabled={!formState.isValid} submitLabel="Save" />
    </form>
  );
}

function InviteForm({ onDone }: { onDone: () => void }) {
  const toast = useToast();
  const invite = useInviteTeammate();
  const { register, handleSubmit, formState, watch } = useZodForm(inviteSchema, { email: '', displayName: '', role: 'staff' }, { mode: 'onChange' });
  const [role, who] = [watch('role'), watch('displayName')?.trim() || watch('email')?.trim() || 'They'];

  const submit = handleSubmit((input) =>
    invite.mutate(input, {
      onSuccess: (result) => {
        toast.success(`Invitation sent to ${result.email}. They accept it by continuing with Google as that address.`);
        onDone();
      },
    }),
  );

  return (
    <form className="stack cx-stack-form gap-16" onSubmit={(e) => void submit(e)} noValidate>
      <div className="cx-cols-2">
        <FormField label="Email" error={formState.errors.email?.message}>{(id) => <input id={id} className="input" type="email" {...register('email')} placeholder="lee@northwind.test" />}</FormField>
        <FormField label="Name (optional)" error={formState.errors.displayName?.message}>{(id) => <input id={id} className="input" {...register('displayName')} />}</FormField>
      </div>
      <FormField label="Role">
        {(id) => (
          <select id={id} className="select" {...register('role')}>
            <option value="staff">Staff</option>
            <option value="admin">Admin</option>
          </select>
        )}
      </FormField>
      <p className="row wrap cx-callout cx-callout-warning" style={{ gap: '6px 12px' }} data-testid="invite-outcome">
        {who} will get{' '}
        {role === 'admin'
          ? 'admin access to the console: everything, including rates, invoices, settings and user management.'
          : "staff access to the console: every client's CRM, projects, tasks and time; no rates, revenue or settings."}
      </p>
      <Notice>After they accept, add their title, capacity and rates here.</Notice>
      <FormError message={invite.error?.message ?? null} />
      <SaveActions onCancel={onDone} pending={invite.isPending} disabled={!formState.isValid} submitLabel="Send invitation" pendingLabel="Sending…" />
    </form>
  );
}

/** The admin dialogs' Cancel and submit (disabled while the form is not valid yet). */
function SaveActions({ disabled, ...props }: { onCancel: () => void; pending: boolean; disabled: boolean; submitLabel: string; pendingLabel?: string }) {
  return <DialogActions className="cx-form-actions" {...props} submitDisabled={disabled} />;
}
