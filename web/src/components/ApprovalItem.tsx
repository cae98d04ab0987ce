/** One client decision on a task, as the portal's review panel and the console's task page list it. */
import type { Approval, WithId } from '@model';
import { formatDateTime } from '../lib/format';
import { APPROVAL_DECISION } from './labels';
import { Badge } from './ui';

export function ApprovalItem({ approval }: { approval: WithId<Approval> }) {
  const label = APPROVAL_DECISION[approval.decision];
  const at = approval.createdAt?.toDate?.() ?? null;
  return (
    <li data-decision={approval.decision}>
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
