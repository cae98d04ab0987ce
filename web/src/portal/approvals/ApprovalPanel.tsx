/**
 * A task's review by the client (issue 14). While the task is In review, the client approves it
 * or requests changes (with a comment saying what should change): one decision per client per
 * review round, kept as it was written. Afterwards the panel shows the decision recorded for
 * this round (who, when, what, the comment) and the earlier decisions. A "View as" preview
 * shows the same record but cannot decide.
 */
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { LIMITS, type Approval, type Task, type WithId } from '@model';
import { Badge, ErrorState, Spinner } from '../../components/ui';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { usePortal } from '../lib/context';
import { APPROVAL_DECISION } from '../lib/labels';
import { approvalSchema, type ApprovalFields } from '../requests/schemas';
import { useDecideApproval, useTaskApprovals } from './queries';
import '../requests/requests.css';

export function ApprovalPanel({ task }: { task: WithId<Task> }) {
  const scope = usePortal();
  const approvals = useTaskApprovals(task.id);
  const round = task.reviewRound ?? 0;
  const inReview = task.status === 'in_review';
  const list = approvals.data ?? [];
  if (!inReview && list.length === 0) return null;
  const thisRound = list.filter((a) => a.reviewRound === round);
  const mine = thisRound.find((a) => a.uid === scope.uid);
  const earlier = list.filter((a) => !thisRound.includes(a));

  return (
    <section className="panel" aria-labelledby="review-title" data-testid="approval-panel">
      <div className="row top between panel-header gap-12">
        <h2 id="review-title">Your review</h2>
        {inReview ? <Badge tone="review">Round {round}</Badge> : null}
      </div>
      {approvals.isError ? (
        <ErrorState message={describeError(approvals.error)} onRetry={() => void approvals.refetch()} />
      ) : approvals.isPending ? (
        <Spinner label="Loading decisions…" />
      ) : (
        <>
          {inReview && !mine ? (
            scope.preview ? (
              <p className="muted">The team is waiting for the client's review. In a preview you see what they see, but only the client can approve or request changes.</p>
            ) : (
              <DecisionForm taskId={task.id} round={round} />
            )
          ) : null}
          {thisRound.length ? (
            <>
              <h3 className="visually-hidden">This round</h3>
              <ul className="approval-history" aria-label="Decisions this round">
                {thisRound.map((a) => (
                  <DecisionItem key={a.id} approval={a} />
                ))}
              </ul>
            </>
          ) : null}
          {earlier.length ? (
            <>
              <h3>Earlier decisions</h3>
              <ul className="approval-history" aria-label="Earlier decisions">
                {earlier.map((a) => (
                  <DecisionItem key={a.id} approval={a} />
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

function DecisionItem({ approval }: { approval: WithId<Approval> }) {
  const label = APPROVAL_DECISION[approval.decision];
  const at = approval.createdAt?.toDate?.() ?? null;
  return (
    <li className="approval-item" data-decision={approval.decision}>
      <Badge tone={label.tone}>{label.label}</Badge> <strong>{approval.name}</strong>
      <span className="muted">
        {' '}
        · round {approval.reviewRound}
        {at ? ` · ${formatDateTime(at)}` : ''}
      </span>
      {approval.comment ? <p className="prose">{approval.comment}</p> : null}
    </li>
  );
}

function DecisionForm({ taskId, round }: { taskId: string; round: number }) {
  const decide = useDecideApproval(taskId);
  const id = useId();
  const form = useForm<ApprovalFields, unknown, ApprovalFields>({
    resolver: zodResolver(approvalSchema),
    defaultValues: { decision: 'approved', comment: '' },
  });
  const error = form.formState.errors.comment;
  const submitAs = (decision: ApprovalFields['decision']) => {
    form.setValue('decision', decision);
    void form.handleSubmit(async (values) => {
      await decide.mutateAsync({ reviewRound: round, decision: values.decision, comment: values.comment }).catch(() => {});
    })();
  };
  const busy = form.formState.isSubmitting;
  return (
    <form className="request-form" aria-label="Review this task" noValidate onSubmit={(e) => e.preventDefault()}>
      <p className="muted">The team has asked for your review. Approve the work, or say what should change.</p>
      <div className="field">
        <label htmlFor={`${id}-comment`} className="field-label">
          Comment (required to request changes)
        </label>
        <textarea
          id={`${id}-comment`}
          className="textarea"
          rows={3}
          maxLength={LIMITS.approvalComment}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-comment-error` : undefined}
          {...form.register('comment')}
        />
        {error ? (
          <p id={`${id}-comment-error`} className="field-error" role="alert">
            {error.message}
          </p>
        ) : null}
      </div>
      {decide.error ? (
        <p className="form-error" role="alert">
          Couldn't record your decision: {describeError(decide.error)}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => submitAs('approved')}>
          Approve
        </button>
        <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => submitAs('changes_requested')}>
          Request changes
        </button>
        {busy ? <Spinner label="Saving…" /> : null}
      </div>
    </form>
  );
}
