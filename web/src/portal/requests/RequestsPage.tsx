/**
 * /portal/requests: what the company asked the team for, newest first, a page at a time (live):
 * Submitted, Accepted (with a link to the task it became), Declined (with the team's reason) or
 * Withdrawn. A client may withdraw their own request while it is still submitted.
 */
import { Link } from 'react-router-dom';
import type { ClientRequest, WithId } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { ArrowRightIcon, InboxIcon } from '../../components/icons';
import { EmptyState, ErrorState, FieldError } from '../../components/ui';
import { describeError } from '../../lib/errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { usePortal, usePortalPath } from '../lib/context';
import { REQUEST_STATUS } from '../lib/labels';
import { LoadMore } from '../../components/LoadMore';
import { StatusBadge } from '../components/DetailPage';
import { Connecting, usePortalSync } from '../components/sync';
import { useRequestPages, useWithdrawRequest } from './queries';

export function RequestsPage() {
  const requests = useRequestPages();
  const sync = usePortalSync();
  const scope = usePortal();
  const path = usePortalPath();
  useDocumentTitle('Requests');

  return (
    <div className="page">
      <header className="row wrap between top page-header gap-12">
        <div>
          <h1>Requests</h1>
          <p className="muted">What you've asked the team for, newest first. Accepted requests become tasks you can follow.</p>
        </div>
        {scope.preview ? null : (
          <Link to={path('/requests/new')} className="btn btn-primary">
            New request
          </Link>
        )}
      </header>
      <section className="panel" aria-label="Your requests">
        {requests.isError ? (
          <ErrorState message={describeError(requests.error)} onRetry={requests.retry} />
        ) : requests.isPending || (requests.items.length === 0 && !requests.freshness.synced) ? (
          <Connecting rows={4} />
        ) : requests.items.length === 0 ? (
          <EmptyState
            icon={<InboxIcon size={28} />}
            title="No requests yet"
            action={
              scope.preview ? undefined : (
                <Link to={path('/requests/new')} className="btn btn-secondary btn-sm">
                  New request
                </Link>
              )
            }
          >
            Need something new? Send the team a request: they accept it as a task or tell you why not.
          </EmptyState>
        ) : (
          <>
            <ul className="request-list" aria-label="Requests">
              {requests.items.map((request) => (
                <RequestRow
                  key={request.id}
                  request={request}
                  pending={requests.freshness.pendingIds.has(request.id) ? (sync.state === 'online' ? 'sending' : 'queued') : null}
                />
              ))}
            </ul>
            <LoadMore pages={requests} label="Load more requests" />
          </>
        )}
      </section>
    </div>
  );
}

function RequestRow({ request, pending }: { request: WithId<ClientRequest>; pending: 'sending' | 'queued' | null }) {
  const scope = usePortal();
  const path = usePortalPath();
  const withdraw = useWithdrawRequest();
  const status = REQUEST_STATUS[request.status];
  const created = request.createdAt?.toDate?.() ?? null;
  const mine = request.createdBy === scope.uid;
  return (
    <li className="stack request-row gap-6" data-request-id={request.id}>
      <div className="row between request-head gap-12">
        <h2>{request.title}</h2>
        <StatusBadge className="request-status" status={request.status} label={status} />
      </div>
      <p className="request-meta muted">
        {request.createdByName}
        {pending === 'queued' ? " · sending when you're back online" : pending || !created ? ' · sending…' : ` · ${formatDateTime(created)}`}
        {request.dueDate ? ` · wanted by ${formatDate(request.dueDate)}` : ''}
      </p>
      {request.description ? <p className="prose request-description">{request.description}</p> : null}
      {request.status === 'accepted' && request.taskId ? (
        <p className="request-outcome">
          <Link to={path(`/tasks/${request.taskId}`)} className="link-arrow">
            View the task <ArrowRightIcon size={16} />
          </Link>
        </p>
      ) : null}
      {request.status === 'accepted' && request.decisionReason ? <p className="request-outcome">Note from the team: {request.decisionReason}</p> : null}
      {request.status === 'declined' ? (
        <p className="request-outcome request-reason">
          <strong>The team's reason:</strong> {request.decisionReason || 'No reason given.'}
        </p>
      ) : null}
      {request.status === 'submitted' && mine && !scope.preview ? (
        <div className="button-row">
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            disabled={withdraw.isPending}
            aria-label={`Withdraw ${request.title}`}
            onClick={() => withdraw.mutate(request.id)}
          >
            {withdraw.isPending ? 'Withdrawing…' : 'Withdraw'}
          </button>
          <FieldError message={withdraw.error ? `Couldn't withdraw the request: ${describeError(withdraw.error)}` : null} />
        </div>
      ) : null}
    </li>
  );
}
