/** Create or edit a project: status, dates, team, description; budget and engagement type (private). */
import { useState } from 'react';
import { CURRENCIES, ENGAGEMENT_TYPES, LIMITS, PROJECT_STATUSES, TEAM_MEMBERS_ADDED_PER_WRITE, type Project, type ProjectFinance, type TeamMemberRef, type WithId } from '@model';
import { Dialog } from '../../components/Dialog';
import { todayIso } from '../../lib/format';
import { describeError } from '../../lib/errors';
import { LockIcon } from '../components/icons';
import { DialogActions, firstError, useZodForm } from '../components/form';
import { Field, FormError } from '../components/kit';
import { addDays } from '../lib/dates';
import { moneyInputValue } from '../lib/money';
import { useSaveProject } from './mutations';
import { financeFields, projectEdit, projectFields } from './writes';
import { addedMembers, projectSchema } from './schemas';
import { usePeople } from '../lib/queries';
import { CompanyPicker, FormPicker } from '../components/Picker';
import { ENGAGEMENT_TYPE, PROJECT_STATUS } from '../lib/labels';

export function ProjectDialog({
  open,
  onClose,
  companyId,
  project,
  finance,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  /** preset company (new project from a company record); null lets the person choose */
  companyId: string | null;
  project?: WithId<Project>;
  finance?: ProjectFinance | null;
  onCreated?: (companyId: string, projectId: string) => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={project ? `Edit ${project.name}` : 'New project'}>
      <ProjectForm companyId={companyId} project={project} finance={finance ?? null} onClose={onClose} onCreated={onCreated} />
    </Dialog>
  );
}

function ProjectForm({
  companyId: presetCompany,
  project,
  finance,
  onClose,
  onCreated,
}: {
  companyId: string | null;
  project?: WithId<Project>;
  finance: ProjectFinance | null;
  onClose: () => void;
  onCreated?: (companyId: string, projectId: string) => void;
}) {
  const save = useSaveProject();
  const people = usePeople();
  const { register, control, handleSubmit, formState, watch, setValue, setError } = useZodForm(projectSchema, {
    companyId: presetCompany ?? '',
    name: project?.name ?? '',
    description: project?.description ?? '',
    status: project?.status ?? 'planned',
    startDate: project?.startDate ?? todayIso(),
    endDate: project?.endDate ?? addDays(todayIso(), 60),
    team: project?.team ?? [],
    engagementType: finance?.engagementType ?? 'fixed_fee',
    currency: finance?.currency ?? 'USD',
    budget: moneyInputValue(finance?.budget ?? 0, finance?.currency ?? 'USD'),
  });
  const [team, startDate] = [watch('team'), watch('startDate')];
  const error = firstError(formState.errors) ?? save.error?.message ?? null;

  const toggleMember = (member: TeamMemberRef) =>
    setValue('team', team.some((m) => m.uid === member.uid) ? team.filter((m) => m.uid !== member.uid) : [...team, member], { shouldDirty: true });

  // What the form opened with: saving writes only what changed from it.
  const [opened] = useState(() => (project ? { fields: projectFields(project), finance: finance ? financeFields(finance) : null } : null));

  const submit = handleSubmit(({ companyId, fields, finance: typedFinance }) => {
    const current = project ? projectFields(project) : null;
    const edit = current && opened ? projectEdit(opened, { fields, finance: typedFinance }, current) : null;
    const extra = addedMembers(current?.team ?? [], edit ? (edit.fields.team ?? current!.team) : fields.team) - TEAM_MEMBERS_ADDED_PER_WRITE;
    if (extra > 0) {
      setError('team', {
        message: `Add at most ${TEAM_MEMBERS_ADDED_PER_WRITE} people in one save: untick ${extra} ${extra === 1 ? 'person' : 'people'}, save, then add them in a second save.`,
      });
      return;
    }
    save.mutate(
      project && edit
        ? { companyId, projectId: project.id, edit, existingFinance: finance }
        : { companyId, fields, finance: typedFinance },
      {
        onSuccess: (id) => {
          onClose();
          if (!project) onCreated?.(companyId, id);
        },
      },
    );
  });

  return (
    <form className="stack cx-stack-form gap-16" onSubmit={(e) => void submit(e)} noValidate>
      {presetCompany === null && !project ? (
        <Field label="Company">
          <FormPicker control={control} name="companyId">
            {(value, onChange) => <CompanyPicker label="Company" value={value} onChange={onChange} placeholder="Type a company's name…" />}
          </FormPicker>
        </Field>
      ) : null}
      <Field label="Name">
        <input className="input cx-input" {...register('name')} maxLength={LIMITS.shortText} autoFocus={presetCompany !== null} />
      </Field>
      <div className="cx-cols-3">
        <Field label="Status">
          <select className="input cx-input" {...register('status')}>
            {PROJECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PROJECT_STATUS[s].label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Start">
          <input className="input cx-input" type="date" {...register('startDate')} />
        </Field>
        <Field label="End">
          <input className="input cx-input" type="date" min={startDate} {...register('endDate')} />
        </Field>
      </div>
      <Field label="Description" hint="Clients see this on their project page.">
        <textarea className="input cx-input" rows={3} {...register('description')} />
      </Field>
      <fieldset className="stack cx-fieldset gap-8">
        <legend className="field-label">Team</legend>
        <div className="row wrap gap-6">
          {people.active.map((p) => {
            const on = team.some((m) => m.uid === p.id);
            return (
              <label key={p.id} className={`row cx-chip ${on ? 'is-on' : ''} gap-6`}>
                <input type="checkbox" checked={on} onChange={() => toggleMember({ uid: p.id, displayName: p.displayName })} />
                {p.displayName}
              </label>
            );
          })}
          {people.error ? (
            <span className="text-danger">The team directory could not be loaded: {describeError(people.error)}</span>
          ) : people.isLoading ? (
            <span className="muted">Loading the team…</span>
          ) : people.active.length === 0 ? (
            <span className="muted">No team members in the directory yet.</span>
          ) : null}
        </div>
      </fieldset>
      <fieldset className="stack cx-fieldset cx-private gap-8">
        <legend className="field-label cx-inline">
          <LockIcon size={14} /> Budget — internal, never shown to the client
        </legend>
        <div className="cx-cols-3">
          <Field label="Engagement">
            <select className="input cx-input" {...register('engagementType')}>
              {ENGAGEMENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {ENGAGEMENT_TYPE[t]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Budget">
            <input className="input cx-input" inputMode="decimal" {...register('budget')} />
          </Field>
          <Field label="Currency">
            <select className="input cx-input" {...register('currency')}>
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </fieldset>
      <FormError message={error} />
      <DialogActions onCancel={onClose} pending={save.isPending} submitLabel={project ? 'Save project' : 'Create project'} />
    </form>
  );
}
