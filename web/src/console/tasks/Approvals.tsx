/**
 * Client approvals on a task (issue 14): the latest decision as a badge (task.lastApproval, kept
 * by a trigger, so lists read no more documents) and, on the task page, the decisions the
 * client recorded (companies/{c}/tasks/{t}/approvals), newest first, a page at a time.
 */
import type { Task, WithId } from '@model';
import { ApprovalItem } from '../../components/ApprovalItem';
import { Badge, EmptyState } from '../../components/ui';
import { CheckCircleIcon } from '../components/icons';
import { LoadMore } from '../../components/LoadMore';
import { Loadable, pagedQuery, Panel } from '../components/kit';
import { APPROVAL_DECISION } from '../lib/labels';
import { useTaskApprovals } from './approvalQueries';

/** The client's latest decision on the task (nothing when there is none). */
export function ApprovalBadge({ task }: { task: Pick<Task, 'lastApproval'> }) {
  const last = task.lastApproval;
  if (!last) return null;
  const label = APPROVAL_DECISION[last.decision];
  return (
    <span title={`${label.label} by ${last.name} (round ${last.reviewRound})`} data-testid="approval-badge">
      <Badge tone={label.tone}>{label.label}</Badge>
    </span>
  );
}

export function ApprovalsPanel({ companyId, task }: { companyId: string; task: WithId<Task> }) {
  const approvals = useTaskApprovals(companyId, task.id);
  const round = task.reviewRound ?? 0;
  return (
    <Panel title={`Client approvals${task.status === 'in_review' ? ` · round ${round} in review` : ''}`}>
      <Loadable query={pagedQuery(approvals, approvals.items)} rows={2}>
        {(list) =>
          list.length === 0 ? (
            task.status === 'in_review' ? (
              <EmptyState icon={<CheckCircleIcon size={24} />} title="Waiting for the client’s review">
                The client can approve it or request changes from their portal. Their decision shows here.
              </EmptyState>
            ) : (
              <EmptyState icon={<CheckCircleIcon size={24} />} title="No client decisions yet">
                Set the task to In review to ask the client to approve it or request changes.
              </EmptyState>
            )
          ) : (
            <>
              <ul className="stack" aria-label="Client approvals">
                {list.map((approval) => (
                  <ApprovalItem key={approval.id} approval={approval} />
                ))}
              </ul>
              <LoadMore pages={approvals} label="Earlier decisions" />
            </>
          )
        }
      </Loadable>
    </Panel>
  );
}
