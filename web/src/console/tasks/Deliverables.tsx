/**
 * A task's deliverables: links the client sees on the task. File uploads need Cloud Storage,
 * which this deployment does not have, so the UI says so and offers links instead.
 */
import { useState } from 'react';
import { LIMITS, type Task, type WithId } from '@model';
import { Spinner } from '../../components/ui';
import { formatFileSize } from '../../lib/format';
import { ExternalIcon, LinkIcon, PlusIcon, TrashIcon, UploadIcon } from '../components/icons';
import { FormError, Panel } from '../components/kit';
import { useToast } from '../components/toast';
import { formatMomentDay } from '../lib/dates';
import { useAddDeliverableLink, useRemoveDeliverable } from './mutations';
import { linkSchema } from './schemas';
import { firstError, useZodForm } from '../components/form';

/** Whether Cloud Storage is configured for uploads (it is not in this deployment). */
export const STORAGE_AVAILABLE = false;

export function Deliverables({ companyId, task, companyName }: { companyId: string; task: WithId<Task>; companyName: string }) {
  const toast = useToast();
  const addLink = useAddDeliverableLink({ companyId, id: task.id });
  const remove = useRemoveDeliverable({ companyId, id: task.id });
  const [adding, setAdding] = useState(false);
  const { register, handleSubmit, formState, reset } = useZodForm(linkSchema, { name: '', url: '' });
  const busy = addLink.isPending;
  // firestore.rules isDeliverableList
  const full = task.deliverables.length >= LIMITS.deliverables;
  const error = firstError(formState.errors) ?? addLink.error?.message ?? null;

  const add = handleSubmit((link) =>
    addLink.mutate(link, {
      onSuccess: () => {
        reset();
        setAdding(false);
      },
    }),
  );

  return (
    <Panel
      title="Deliverables"
      actions={
        <>
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            disabled={!STORAGE_AVAILABLE}
            title="File uploads need Cloud Storage, which is not set up for this workspace."
            aria-describedby="storage-note"
          >
            <UploadIcon /> Upload file
          </button>
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            onClick={() => setAdding((v) => !v)}
            disabled={full}
            title={full ? `A task holds at most ${LIMITS.deliverables} deliverables: remove one to add another.` : undefined}
          >
            <PlusIcon /> Add link
          </button>
        </>
      }
    >
      <p className="cx-panel-intro">Visible to {companyName} on this task.</p>
      {task.deliverables.length === 0 ? (
        <p className="muted">No deliverables yet.</p>
      ) : (
        <ul className="stack gap-8">
          {task.deliverables.map((d, i) => (
            <li key={`${d.name}-${i}`} className="row cx-deliverable gap-10">
              <LinkIcon />
              <span className="cx-deliverable-main">
                {d.url ? (
                  <a href={d.url} target="_blank" rel="noreferrer" className="row cx-deliverable-name gap-4">
                    {d.name} <ExternalIcon size={13} />
                  </a>
                ) : (
                  <span className="row cx-deliverable-name gap-4">{d.name}</span>
                )}
                <span className="truncate cx-deliverable-meta">
                  {d.url ? d.url.replace(/^https?:\/\//, '').slice(0, 60) : 'Stored file — Cloud Storage is not available here'}
                  {d.size ? ` · ${formatFileSize(d.size)}` : ''} · added {formatMomentDay(d.addedAt)}
                </span>
              </span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${d.name}`}
                onClick={() => {
                  remove.mutate(d, { onError: (e) => toast.error(e.message) });
                }}
              >
                <TrashIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
      {adding && !full ? (
        <form className="stack cx-inline-form gap-8" onSubmit={(e) => void add(e)} noValidate>
          <input className="input cx-input" placeholder="Name, e.g. Homepage mockups (Figma)" {...register('name')} aria-label="Deliverable name" autoFocus />
          <input className="input cx-input" type="url" placeholder="https://" {...register('url')} aria-label="Link" />
          <button type="submit" className="btn btn-primary btn-sm" disabled={busy}>
            {busy ? <Spinner label="Adding…" /> : 'Add'}
          </button>
          <FormError message={error} />
        </form>
      ) : null}
      <p className="hint cx-storage-note" id="storage-note">
        File uploads need Cloud Storage, which isn't set up for this workspace — share a link to the file (Drive, Figma, Dropbox…) instead.
      </p>
    </Panel>
  );
}
