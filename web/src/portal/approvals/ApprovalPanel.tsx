/**
 * A task's review by the client (issue 14). While the task is In review, the client approves it
 * or requests changes (with a comment saying what should change): one decision per client per
 * review round, kept as it was written. Afterwards the panel shows the decision recorded for
 * this round (who, when, what, the comment) and the earlier decisions. A "View as" preview
 * shows the same record but cannot decide.
 */
import type { Task, WithId } from '@model';
import { ApprovalItem } from '../../components/ApprovalItem';
import { Badge, ErrorState, Spinner } from '../../components/ui';
import { describeError } from '../../lib/errors';
import { usePortal } from '../lib/context';
import { LoadMore } from '../../components/LoadMore';
import { loader, useLoaded } from '../../lib/lazyComponent';
import { useMyApproval, useTaskApprovals } from './queries';

export function ApprovalPanel({ task }: { task: WithId<Task> }) {
  const scope = usePortal();
  const approvals = useTaskApprovals(task.id);
  const round = task.reviewRound ?? 0;
  const inReview = task.status === 'in_review';
  const myDecision = useMyApproval(task.id, round, inReview);
  const list = approvals.items;
  // Not in review and no decisions: nothing to show (but a failed read says so, with Try again).
  if (!inReview && list.length === 0 && !approvals.error) return null;
  const thisRound = list.filter((a) => a.reviewRound === round);
  const mine = myDecision.data ?? thisRound.find((a) => a.uid === scope.uid);
  const earlier = list.filter((a) => !thisRound.includes(a));
  const error = approvals.error ?? myDecision.error;

  return (
    <section className="panel" aria-labelledby="review-title" data-testid="approval-panel">
      <div className="row top between panel-header gap-12">
        <h2 id="review-title">Your review</h2>
        {inReview ? <Badge tone="review">Round {round}</Badge> : null}
      </div>
      {error ? (
        <ErrorState
          message={describeError(error)}
          onRetry={() => {
            approvals.retry();
            if (myDecision.isError) void myDecision.refetch();
          }}
        />
      ) : approvals.isPending || (inReview && !scope.preview && myDecision.isPending) ? (
        <Spinner label="Loading decisions…" />
      ) : (
        <>
          {inReview && !mine ? (
            scope.preview ? (
              <p className="muted">The team is waiting for the client's review. In a preview you see what they see, but only the client can approve or request changes.</p>
            ) : (
              <LazyDecisionForm taskId={task.id} round={round} />
            )
          ) : null}
          {thisRound.length ? (
            <>
              <h3 className="visually-hidden">This round</h3>
              <ul className="stack" aria-label="Decisions this round">
                {thisRound.map((a) => (
                  <ApprovalItem key={a.id} approval={a} />
                ))}
              </ul>
            </>
          ) : null}
          {earlier.length ? (
            <>
              <h3>Earlier decisions</h3>
              <ul className="stack" aria-label="Earlier decisions">
                {earlier.map((a) => (
                  <ApprovalItem key={a.id} approval={a} />
                ))}
              </ul>
            </>
          ) : null}
          <LoadMore pages={approvals} label="More decisions" />
        </>
      )}
    </section>
  );
}

const loadDecisionForm = loader(() => import('./DecisionForm'));

function LazyDecisionForm(props: { taskId: string; round: number }) {
  const module = useLoaded(loadDecisionForm);
  return module ? <module.DecisionForm {...props} /> : <Spinner label="Loading the review form…" />;
}
