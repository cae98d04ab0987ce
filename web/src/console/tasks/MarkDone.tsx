/**
 * Marking a task Done emails the client's portal contacts (onTaskWritten). Before it happens the
 * staff member sees who: "Marking Done emails Acme Corp's 1 portal contact", and confirms. Every
 * way to set a status (the task page's steps and select, the board, the table) goes through
 * useConfirmDone.
 */
import { useState, type ReactNode } from 'react';
import type { TaskStatus } from '@model';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useCompany } from '../lib/queries';
import { useDoneRecipients } from './queries';

interface DoneRequest {
  companyId: string;
  title: string;
  apply: () => void;
}

/** `guard(task, next, apply)` runs `apply` at once, or after confirmation when it marks the task Done. */
export function useConfirmDone(): { guard: (task: { companyId: string; title: string; status: TaskStatus }, next: TaskStatus, apply: () => void) => void; dialog: ReactNode } {
  const [request, setRequest] = useState<DoneRequest | null>(null);
  const guard = (task: { companyId: string; title: string; status: TaskStatus }, next: TaskStatus, apply: () => void) => {
    if (next === 'done' && task.status !== 'done') setRequest({ companyId: task.companyId, title: task.title, apply });
    else apply();
  };
  const dialog = request ? (
    <ConfirmDialog
      open
      title={`Mark “${request.title}” as Done?`}
      confirmLabel="Mark as Done"
      onClose={() => setRequest(null)}
      onConfirm={async () => request.apply()}
    >
      <DoneRecipients companyId={request.companyId} />
    </ConfirmDialog>
  ) : null;
  return { guard, dialog };
}

/** The sentence, with the real count (the contacts onTaskWritten mails). */
export function DoneRecipients({ companyId }: { companyId: string }) {
  const company = useCompany(companyId);
  const recipients = useDoneRecipients(companyId);
  const name = company.data?.name ?? 'the client';
  const n = recipients.data?.emailed;
  return (
    <div data-testid="done-recipients">
      <p aria-live="polite">
        {recipients.isError
          ? `Couldn't check who will be emailed: ${recipients.error.message}`
          : n === undefined
            ? 'Checking who will be emailed…'
            : n === 0
              ? `Marking Done emails no one (${name} has no active portal contacts${recipients.data?.billingOnly ? ' who see tasks' : ''}).`
              : `Marking Done emails ${name}'s ${n} portal contact${n === 1 ? '' : 's'}.`}
      </p>
      {n ? <p className="muted">One email per contact per task and day: setting Done again today sends nothing new.</p> : null}
    </div>
  );
}
