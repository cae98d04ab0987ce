/**
 * Requests as a table (the inbox and a company's tab): what was asked, by whom and when, its
 * status; Accept (a project when the request names none) and Decline (a reason the client
 * reads) on submitted ones; the task an accepted request became; the reason of a declined one.
 */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ClientRequest, WithId } from '@model';
import { Dialog } from '../../components/Dialog';
import { Badge, EmptyState } from '../../components/ui';
import { formatDate, formatDateTime } from '../../lib/format';
import { DialogActions, firstError, useZodForm } from '../components/form';
import { MailIcon } from '../components/icons';
import { ACTIONS_COLUMN, Field, FormError, ListTable } from '../components/kit';
import { useToast } from '../components/toast';
import { REQUEST_STATUS } from '../lib/labels';
import { useProjectName } from '../lib/names';
import { CompanyName } from '../components/CompanyName';
import { FormPicker, ProjectPicker } from '../components/Picker';
import { useDecideRequest } from './mutations';
import { acceptSchema, declineSchema } from './schemas';

export type RequestItem = WithId<ClientRequest> & { readonly companyId: string };

export function RequestList({ requests, showCompany = false, empty }: { requests: readonly RequestItem[]; showCompany?: boolean; empty: string }) {
  const [deciding, setDeciding] = useState<{ request: RequestItem; decision: 'accept' | 'decline' } | null>(null);
  if (requests.length === 0) return <EmptyState icon={<MailIcon size={24} />} title={empty} />;
  return (
    <>
      <div className="cx-table-wrap">
        <ListTable columns={['Request', showCompany ? 'Company' : null, 'From', 'Wanted by', 'Status', ACTIONS_COLUMN]} label="Requests">
          {requests.map((request) => {
            const status = REQUEST_STATUS[request.status];
            const at = request.createdAt?.toDate?.() ?? null;
            return (
              <tr key={`${request.companyId}/${request.id}`} data-request-id={request.id}>
                <td>
                  <div className="strong">{request.title}</div>
                  <div className="muted cx-request-text">{request.description}</div>
                </td>
                {showCompany ? (
                  <td>
                    <Link to={`/console/companies/${request.companyId}/requests`} className="cx-link">
                      <CompanyName id={request.companyId} />
                    </Link>
                  </td>
                ) : null}
                <td>
                  {request.createdByName}
                  <div className="muted">{at ? formatDateTime(at) : ''}</div>
                </td>
                <td>{request.dueDate ? formatDate(request.dueDate) : <span className="muted">—</span>}</td>
                <td>
                  <Badge tone={status.tone}>{status.label}</Badge>
                </td>
                <td>
                  {request.status === 'submitted' ? (
                    <div className="button-row">
                      <button type="button" className="btn btn-primary btn-sm" onClick={() => setDeciding({ request, decision: 'accept' })} aria-label={`Accept ${request.title}`}>
                        Accept
                      </button>
                      <button type="button" className="btn btn-secondary btn-sm" onClick={() => setDeciding({ request, decision: 'decline' })} aria-label={`Decline ${request.title}`}>
                        Decline
                      </button>
                    </div>
                  ) : request.status === 'accepted' && request.taskId ? (
                    <Link to={`/console/tasks/${request.companyId}/${request.taskId}`} className="cx-link">
                      Open the task
                    </Link>
                  ) : request.status === 'declined' ? (
                    <span className="muted">Reason: {request.decisionReason}</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </ListTable>
      </div>
      <Dialog
        open={deciding !== null}
        onClose={() => setDeciding(null)}
        title={deciding ? `${deciding.decision === 'accept' ? 'Accept' : 'Decline'} “${deciding.request.title}”` : ''}
        description={deciding?.decision === 'accept' ? 'Accepting creates a task for it; the client sees it in their portal.' : 'The client reads your reason in their portal.'}
      >
        {deciding?.decision === 'accept' ? <AcceptForm request={deciding.request} onClose={() => setDeciding(null)} /> : null}
        {deciding?.decision === 'decline' ? <DeclineForm request={deciding.request} onClose={() => setDeciding(null)} /> : null}
      </Dialog>
    </>
  );
}

function AcceptForm({ request, onClose }: { request: RequestItem; onClose: () => void }) {
  const decide = useDecideRequest();
  const toast = useToast();
  // The client's chosen project, named by its own document (never the company's whole list).
  const named = useProjectName(request.companyId, request.projectId ?? null);
  const { register, control, handleSubmit, formState } = useZodForm(acceptSchema, { projectId: request.projectId ?? '', reason: '' });
  const submit = handleSubmit((values) =>
    decide.mutate(
      {
        companyId: request.companyId,
        requestId: request.id,
        decision: 'accept',
        ...(request.projectId ? {} : { projectId: values.projectId }),
        ...(values.reason ? { reason: values.reason } : {}),
      },
      {
        onSuccess: () => {
          toast.success(`Accepted: “${request.title}” is now a task.`);
          onClose();
        },
      },
    ),
  );
  return (
    <form className="stack cx-stack-form gap-16" onSubmit={(e) => void submit(e)} noValidate>
      {request.projectId ? (
        <p>
          The task goes into the project the client chose: <strong>{named || 'their project'}</strong>.
        </p>
      ) : (
        <Field label="Project">
          <FormPicker control={control} name="projectId">
            {(value, onChange) => <ProjectPicker label="Project" companyId={request.companyId} value={value} onChange={onChange} placeholder="Type a project's name…" />}
          </FormPicker>
        </Field>
      )}
      <Field label="Note to the client (optional)">
        <textarea className="input cx-input" rows={3} {...register('reason')} />
      </Field>
      <FormError message={firstError(formState.errors) ?? decide.error?.message ?? null} />
      <DialogActions onCancel={onClose} pending={decide.isPending} submitLabel="Accept and create the task" pendingLabel="Accepting…" />
    </form>
  );
}

function DeclineForm({ request, onClose }: { request: RequestItem; onClose: () => void }) {
  const decide = useDecideRequest();
  const toast = useToast();
  const { register, handleSubmit, formState } = useZodForm(declineSchema, { reason: '' });
  const submit = handleSubmit((values) =>
    decide.mutate(
      { companyId: request.companyId, requestId: request.id, decision: 'decline', reason: values.reason },
      {
        onSuccess: () => {
          toast.success(`Declined “${request.title}”.`);
          onClose();
        },
      },
    ),
  );
  return (
    <form className="stack cx-stack-form gap-16" onSubmit={(e) => void submit(e)} noValidate>
      <Field label="Reason (the client reads it)">
        <textarea className="input cx-input" rows={4} {...register('reason')} autoFocus />
      </Field>
      <FormError message={firstError(formState.errors) ?? decide.error?.message ?? null} />
      <DialogActions onCancel={onClose} pending={decide.isPending} submitLabel="Decline request" pendingLabel="Declining…" />
    </form>
  );
}
