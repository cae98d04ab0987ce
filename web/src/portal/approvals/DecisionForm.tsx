/**
 * The client's decision on a task in review: approve, or request changes with a comment. Its own
 * chunk (react-hook-form and zod), loaded only when a decision can be made, so a task page
 * that shows none parses neither.
 */
import { useEffect, useId, useSyncExternalStore } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { LIMITS } from '@model';
import { FieldError, FormError, Spinner } from '../../components/ui';
import { describeError } from '../../lib/errors';
import { approvalSchema, type ApprovalFields } from '../requests/schemas';
import { useDecideApproval } from './queries';

/**
 * Decisions the server refused, by task. The device shows a decision at once, so the form is
 * gone (and may be mounted again, for a new round) before a refusal arrives: whichever form of
 * the task is on screen shows it, with the comment back in the field.
 */
interface Refusal {
  comment: string;
  round: number;
  error: unknown;
}
const refusals = new Map<string, Refusal>();
const refusalListeners = new Set<() => void>();
function setRefusal(taskId: string, refusal: Refusal | null) {
  if (refusal) refusals.set(taskId, refusal);
  else refusals.delete(taskId);
  refusalListeners.forEach((listener) => listener());
}
function subscribeRefusals(listener: () => void) {
  refusalListeners.add(listener);
  return () => void refusalListeners.delete(listener);
}

export function DecisionForm({ taskId, round }: { taskId: string; round: number }) {
  const decide = useDecideApproval(taskId);
  const id = useId();
  const form = useForm<ApprovalFields, unknown, ApprovalFields>({
    resolver: zodResolver(approvalSchema),
    defaultValues: { decision: 'approved', comment: refusals.get(taskId)?.comment ?? '' },
  });
  const refusal = useSyncExternalStore(subscribeRefusals, () => refusals.get(taskId) ?? null);
  useEffect(() => {
    if (refusal && !form.getValues('comment')) form.setValue('comment', refusal.comment);
  }, [refusal, form]);
  const error = form.formState.errors.comment;
  const submitAs = (decision: ApprovalFields['decision']) => {
    form.setValue('decision', decision);
    void form.handleSubmit(async (values) => {
      setRefusal(taskId, null);
      await decide.mutateAsync({ reviewRound: round, decision: values.decision, comment: values.comment }).catch((refused: unknown) => {
        setRefusal(taskId, { comment: values.comment, round, error: refused });
      });
    })();
  };
  const busy = form.formState.isSubmitting;
  return (
    <form className="stack request-form gap-16" aria-label="Review this task" noValidate onSubmit={(e) => e.preventDefault()}>
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
        <FieldError id={`${id}-comment-error`} message={error?.message} />
      </div>
      <FormError message={refusal ? refusalMessage(refusal.error, refusal.round !== round) : null} />
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

function refusalMessage(error: unknown, roundChanged: boolean): string {
  // The rules take a decision only for the task's current round.
  if (roundChanged) return 'The team started a new review round before your decision reached them, so it was not recorded. Your comment is still here: decide again for this round.';
  return `Couldn't record your decision: ${describeError(error)}`;
}
