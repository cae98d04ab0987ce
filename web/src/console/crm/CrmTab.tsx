/** Internal CRM fields (companies/{c}/private/crm): deal value, source, stage, owner, last interaction. */
import { useState, type FormEvent } from 'react';
import { LIMITS, type Company, type CompanyCrm, type WithId } from '@model';
import { Spinner } from '../../components/ui';
import { todayIso } from '../../lib/format';
import { LockIcon } from '../components/icons';
import { Field, FormError, Loadable, Panel } from '../components/kit';
import { useToast } from '../components/toast';
import { dayOf } from '../lib/dates';
import { moneyInputValue, parseMoneyInput } from '../lib/money';
import { useCompanyCrm } from './queries';
import { useSaveCrm } from './mutations';
import { useConsole } from '../lib/env';
import { usePeople } from '../lib/queries';

const STAGES = ['New', 'Discovery call', 'Proposal sent', 'Negotiation', 'Won', 'Lost', 'On hold'];
const SOURCES = ['Referral', 'Website', 'Conference', 'Outbound', 'Partner', 'Social'];

export function CrmTab({ company }: { company: WithId<Company> }) {
  const crm = useCompanyCrm(company.id);
  return <Loadable query={crm}>{(record) => <CrmForm key={record?.id ?? 'new'} company={company} record={record} />}</Loadable>;
}

function CrmForm({ company, record }: { company: WithId<Company>; record: WithId<CompanyCrm> | null }) {
  const { me } = useConsole();
  const save = useSaveCrm(company.id);
  const toast = useToast();
  const people = usePeople();
  const [deal, setDeal] = useState(moneyInputValue(record?.dealValue ?? 0, 'USD'));
  const [source, setSource] = useState(record?.source ?? '');
  const [stage, setStage] = useState(record?.stage ?? '');
  const [ownerUid, setOwnerUid] = useState(record?.ownerUid ?? me.uid);
  const [last, setLast] = useState(record?.lastInteractionAt ? dayOf(record.lastInteractionAt) : '');
  const [invalid, setInvalid] = useState<string | null>(null);
  const error = invalid ?? save.error?.message ?? null;
  const busy = save.isPending;
  const today = todayIso();

  function submit(event: FormEvent) {
    event.preventDefault();
    const dealValue = parseMoneyInput(deal, 'USD', { emptyAs: 0 });
    let problem: string | null = null;
    if (dealValue === null || dealValue > LIMITS.money) problem = 'Enter the deal value as a number, e.g. 48000.';
    else if (last && last > today) problem = 'The last interaction cannot be in the future.';
    else if (source.length > 200 || stage.length > 200) problem = 'Source and stage are limited to 200 characters.';
    setInvalid(problem);
    if (problem || dealValue === null) return;
    // A day in the past is stored at noon local time; today is stored as "now" (never in the future).
    const lastInteractionAt = !last ? null : last === today ? new Date() : new Date(`${last}T12:00:00`);
    save.mutate({ dealValue, source, stage, ownerUid, lastInteractionAt }, { onSuccess: () => toast.success('CRM fields saved.') });
  }

  return (
    <Panel
      title={
        <>
          <LockIcon size={16} /> Internal CRM fields
        </>
      }
    >
      <p className="cx-panel-intro">Only the agency sees these: they live in a private record the portal can never read.</p>
      <form className="cx-form cx-form-grid" onSubmit={submit} noValidate>
        <Field label="Deal value (USD)">
          <input className="cx-input" inputMode="decimal" value={deal} onChange={(e) => setDeal(e.target.value)} />
        </Field>
        <Field label="Stage">
          <input className="cx-input" list="crm-stages" value={stage} onChange={(e) => setStage(e.target.value)} maxLength={200} />
          <datalist id="crm-stages">
            {STAGES.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </Field>
        <Field label="Source">
          <input className="cx-input" list="crm-sources" value={source} onChange={(e) => setSource(e.target.value)} maxLength={200} />
          <datalist id="crm-sources">
            {SOURCES.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </Field>
        <Field label="Owner">
          <select className="cx-input" value={ownerUid} onChange={(e) => setOwnerUid(e.target.value)}>
            <option value="">No owner</option>
            {people.list.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
            {ownerUid && !people.list.some((p) => p.id === ownerUid) ? <option value={ownerUid}>{ownerUid}</option> : null}
          </select>
        </Field>
        <Field label="Last interaction">
          <span className="cx-input-row">
            <input className="cx-input" type="date" max={today} value={last} onChange={(e) => setLast(e.target.value)} />
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => setLast(today)}>
              Today
            </button>
          </span>
        </Field>
        <div className="cx-form-footer cx-field-wide">
          <FormError message={error} />
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? <Spinner label="Saving…" /> : 'Save CRM fields'}
          </button>
        </div>
      </form>
    </Panel>
  );
}
