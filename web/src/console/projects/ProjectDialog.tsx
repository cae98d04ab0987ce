/** Create or edit a project: status, dates, team, description; budget and engagement type (private). */
import { useState, type FormEvent } from 'react';
import {
  CURRENCIES,
  LIMITS,
  ENGAGEMENT_TYPES,
  PROJECT_STATUSES,
  type Currency,
  type EngagementType,
  type Project,
  type ProjectFinance,
  type ProjectStatus,
  type TeamMemberRef,
  type WithId,
} from '@model';
import { Dialog } from '../../components/Dialog';
import { Spinner } from '../../components/ui';
import { todayIso } from '../../lib/format';
import { LockIcon } from '../components/icons';
import { Field, FormError } from '../components/kit';
import { addDays } from '../lib/dates';
import { moneyInputValue, parseMoneyInput } from '../lib/money';
import { useSaveProject } from './mutations';
import { validateProject, type ProjectFields } from './writes';
import { useCompanies, usePeople } from '../lib/queries';
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
  const companies = useCompanies();
  const [companyId, setCompanyId] = useState(presetCompany ?? '');
  const [fields, setFields] = useState<ProjectFields>({
    name: project?.name ?? '',
    description: project?.description ?? '',
    status: project?.status ?? 'planned',
    startDate: project?.startDate ?? todayIso(),
    endDate: project?.endDate ?? addDays(todayIso(), 60),
    team: project?.team ?? [],
  });
  const [engagementType, setEngagementType] = useState<EngagementType>(finance?.engagementType ?? 'fixed_fee');
  const [currency, setCurrency] = useState<Currency>(finance?.currency ?? 'USD');
  const [budget, setBudget] = useState(moneyInputValue(finance?.budget ?? 0, finance?.currency ?? 'USD'));
  const [invalid, setInvalid] = useState<string | null>(null);
  const error = invalid ?? save.error?.message ?? null;
  const busy = save.isPending;
  const set = <K extends keyof ProjectFields>(key: K, value: ProjectFields[K]) => setFields((f) => ({ ...f, [key]: value }));

  const toggleMember = (member: TeamMemberRef) =>
    set('team', fields.team.some((m) => m.uid === member.uid) ? fields.team.filter((m) => m.uid !== member.uid) : [...fields.team, member]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const budgetMinor = parseMoneyInput(budget, currency, { emptyAs: 0 });
    const problem = !companyId
      ? 'Choose the company this project is for.'
      : (validateProject(fields) ??
        (budgetMinor === null || budgetMinor > LIMITS.money ? 'Enter the budget as a number, e.g. 36000.' : null));
    setInvalid(problem);
    if (problem || budgetMinor === null) return;
    save.mutate(
      { companyId, projectId: project?.id, fields, finance: { engagementType, currency, budget: budgetMinor }, existingFinance: finance },
      {
        onSuccess: (id) => {
          onClose();
          if (!project) onCreated?.(companyId, id);
        },
      },
    );
  }

  return (
    <form className="cx-form" onSubmit={submit} noValidate>
      {presetCompany === null && !project ? (
        <Field label="Company">
          <select className="cx-input" value={companyId} onChange={(e) => setCompanyId(e.target.value)} autoFocus>
            <option value="">Choose a company…</option>
            {(companies.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field label="Name">
        <input className="cx-input" value={fields.name} onChange={(e) => set('name', e.target.value)} maxLength={200} autoFocus={presetCompany !== null} />
      </Field>
      <div className="cx-form-row cx-form-row-3">
        <Field label="Status">
          <select className="cx-input" value={fields.status} onChange={(e) => set('status', e.target.value as ProjectStatus)}>
            {PROJECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PROJECT_STATUS[s].label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Start">
          <input className="cx-input" type="date" value={fields.startDate} onChange={(e) => set('startDate', e.target.value)} />
        </Field>
        <Field label="End">
          <input className="cx-input" type="date" min={fields.startDate} value={fields.endDate} onChange={(e) => set('endDate', e.target.value)} />
        </Field>
      </div>
      <Field label="Description" hint="Clients see this on their project page.">
        <textarea className="cx-input" rows={3} value={fields.description} onChange={(e) => set('description', e.target.value)} />
      </Field>
      <fieldset className="cx-fieldset">
        <legend className="cx-label">Team</legend>
        <div className="cx-check-chips">
          {people.active.map((p) => {
            const on = fields.team.some((m) => m.uid === p.id);
            return (
              <label key={p.id} className={`cx-check-chip ${on ? 'is-on' : ''}`}>
                <input type="checkbox" checked={on} onChange={() => toggleMember({ uid: p.id, displayName: p.displayName })} />
                {p.displayName}
              </label>
            );
          })}
          {people.active.length === 0 ? <span className="cx-muted">No team members in the directory yet.</span> : null}
        </div>
      </fieldset>
      <fieldset className="cx-fieldset cx-private">
        <legend className="cx-label">
          <LockIcon size={14} /> Budget — internal, never shown to the client
        </legend>
        <div className="cx-form-row cx-form-row-3">
          <Field label="Engagement">
            <select className="cx-input" value={engagementType} onChange={(e) => setEngagementType(e.target.value as EngagementType)}>
              {ENGAGEMENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {ENGAGEMENT_TYPE[t]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Budget">
            <input className="cx-input" inputMode="decimal" value={budget} onChange={(e) => setBudget(e.target.value)} />
          </Field>
          <Field label="Currency">
            <select className="cx-input" value={currency} onChange={(e) => setCurrency(e.target.value as Currency)}>
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
      <div className="cx-dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? <Spinner label="Saving…" /> : project ? 'Save project' : 'Create project'}
        </button>
      </div>
    </form>
  );
}
