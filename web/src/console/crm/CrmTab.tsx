/** Internal CRM fields (companies/{c}/private/crm): deal value, source, stage, owner, last interaction. */
import { LIMITS, type Company, type CompanyCrm, type WithId } from '@model';
import { Spinner } from '../../components/ui';
import { todayIso } from '../../lib/format';
import { LockIcon } from '../components/icons';
import { Field, FormError, Loadable, Panel } from '../components/kit';
import { useToast } from '../components/toast';
import { dayOf } from '../lib/dates';
import { moneyInputValue } from '../lib/money';
import { firstError, FormSelect, useZodForm } from '../components/form';
import { useCompanyCrm } from './queries';
import { useSaveCrm } from './mutations';
import { crmSchema, type CrmForm as CrmInput } from './schemas';
import type { CrmFields } from './writes';
import { useConsole } from '../lib/env';
import { usePeople } from '../lib/queries';

const STAGES = ['New', 'Discovery call', 'Proposal sent', 'Negotiation', 'Won', 'Lost', 'On hold'];
const SOURCES = ['Referral', 'Website', 'Conference', 'Outbound', 'Partner', 'Social'];

/** Each form input and the record field it sets. */
const CRM_FIELD_OF = [
  ['deal', 'dealValue'],
  ['source', 'source'],
  ['stage', 'stage'],
  ['ownerUid', 'ownerUid'],
  ['last', 'lastInteractionAt'],
] as const satisfies readonly (readonly [keyof CrmInput, keyof CrmFields])[];

export function CrmTab({ company }: { company: WithId<Company> }) {
  const crm = useCompanyCrm(company.id);
  return <Loadable query={crm}>{(record) => <CrmForm key={record?.id ?? 'new'} company={company} record={record} />}</Loadable>;
}

function CrmForm({ company, record }: { company: WithId<Company>; record: WithId<CompanyCrm> | null }) {
  const { me } = useConsole();
  const save = useSaveCrm(company.id);
  const toast = useToast();
  const people = usePeople();
  const today = todayIso();
  const { register, control, handleSubmit, formState, getValues, reset, setValue, watch } = useZodForm(crmSchema, {
    deal: moneyInputValue(record?.dealValue ?? 0, 'USD'),
    source: record?.source ?? '',
    stage: record?.stage ?? '',
    ownerUid: record?.ownerUid ?? me.uid,
    last: record?.lastInteractionAt ? dayOf(record.lastInteractionAt) : '',
  });
  const ownerUid = watch('ownerUid');
  // Read while rendering: react-hook-form tracks only the form state a render reads.
  const { dirtyFields } = formState;
  const error = firstError(formState.errors) ?? save.error?.message ?? null;
  const busy = save.isPending;

  // An existing record gets only the fields this form changed (a colleague's edit of another stays).
  // What was saved is the next save's baseline: a field set back afterwards is a change, and one
  // saved before is not written again over a colleague's later edit.
  const submit = handleSubmit((crm) => {
    const changed = record ? CRM_FIELD_OF.filter(([input]) => dirtyFields[input]).map(([, field]) => field) : undefined;
    const sent = getValues();
    save.mutate(
      { crm, changed },
      {
        onSuccess: () => {
          reset(sent, { keepValues: true });
          toast.success('CRM fields saved.');
        },
      },
    );
  });

  return (
    <Panel
      title={
        <>
          <LockIcon size={16} /> Internal CRM fields
        </>
      }
    >
      <p className="cx-panel-intro">Only the agency sees these: they live in a private record the portal can never read.</p>
      <form className="cx-cols-2" onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Deal value (USD)">
          <input className="input cx-input" inputMode="decimal" {...register('deal')} />
        </Field>
        <Field label="Stage">
          <input className="input cx-input" list="crm-stages" {...register('stage')} maxLength={LIMITS.shortText} />
          <datalist id="crm-stages">
            {STAGES.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </Field>
        <Field label="Source">
          <input className="input cx-input" list="crm-sources" {...register('source')} maxLength={LIMITS.shortText} />
          <datalist id="crm-sources">
            {SOURCES.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </Field>
        <Field label="Owner">
          <FormSelect className="input cx-input" control={control} name="ownerUid">
            <option value="">No owner</option>
            {people.list.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
            {ownerUid && !people.list.some((p) => p.id === ownerUid) ? <option value={ownerUid}>{ownerUid}</option> : null}
          </FormSelect>
        </Field>
        <Field label="Last interaction">
          <span className="row">
            <input className="input cx-input" type="date" max={today} {...register('last')} />
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => setValue('last', today, { shouldDirty: true })}>
              Today
            </button>
          </span>
        </Field>
        <div className="row end cx-form-actions cx-field-wide">
          <FormError message={error} />
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? <Spinner label="Saving…" /> : 'Save CRM fields'}
          </button>
        </div>
      </form>
    </Panel>
  );
}
