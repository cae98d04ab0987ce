/** Create or edit a task: project, title, description, status, priority, assignee, due date. */
import { useState } from 'react';
import { LIMITS, TASK_PRIORITIES, TASK_STATUSES, type Task, type WithId } from '@model';
import { Dialog } from '../../components/Dialog';
import { todayIso } from '../../lib/format';
import { DialogActions, firstError, FormSelect, useZodForm } from '../components/form';
import { Field, FormError } from '../components/kit';
import { addDays } from '../lib/dates';
import { useSaveTask } from './mutations';
import { taskEdit, taskFields } from './writes';
import { taskSchema } from './schemas';
import { usePeople } from '../lib/queries';
import { CompanyPicker, FormPicker, ProjectPicker } from '../components/Picker';
import { TASK_PRIORITY, TASK_STATUS } from '../lib/labels';
import { DoneRecipients } from './MarkDone';

export function TaskDialog({
  open,
  onClose,
  companyId,
  projectId,
  task,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  companyId: string | null;
  projectId?: string;
  task?: WithId<Task>;
  onCreated?: (companyId: string, taskId: string) => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={task ? 'Edit task' : 'New task'}>
      <TaskForm presetCompany={companyId} presetProject={projectId} task={task} onClose={onClose} onCreated={onCreated} />
    </Dialog>
  );
}

function TaskForm({
  presetCompany,
  presetProject,
  task,
  onClose,
  onCreated,
}: {
  presetCompany: string | null;
  presetProject?: string;
  task?: WithId<Task>;
  onClose: () => void;
  onCreated?: (companyId: string, taskId: string) => void;
}) {
  const save = useSaveTask();
  const people = usePeople();
  const { register, control, handleSubmit, formState, watch, setValue } = useZodForm(taskSchema, {
    companyId: presetCompany ?? '',
    projectId: task?.projectId ?? presetProject ?? '',
    title: task?.title ?? '',
    description: task?.description ?? '',
    status: task?.status ?? 'todo',
    priority: task?.priority ?? 'medium',
    assigneeUid: task?.assignee?.uid ?? '',
    dueDate: task?.dueDate ?? addDays(todayIso(), 7),
  });
  const companyId = watch('companyId');
  const error = firstError(formState.errors) ?? save.error?.message ?? null;

  // What the form opened with: saving an edit writes only what changed from it.
  const [opened] = useState(() => (task ? taskFields(task) : null));
  const kept = opened?.assignee ?? null;

  const submit = handleSubmit(({ companyId: company, assigneeUid, ...rest }) => {
    // The assignee the form opened with stays exactly as it was (even when no longer in the
    // directory), so leaving the field alone is no change, whoever a colleague assigned meanwhile.
    const assignee = !assigneeUid ? null : assigneeUid === kept?.uid ? kept : people.ref(assigneeUid);
    const fields = { ...rest, assignee };
    save.mutate(
      task && opened ? { companyId: company, taskId: task.id, changed: taskEdit(opened, fields) } : { companyId: company, fields },
      {
        onSuccess: (id) => {
          onClose();
          if (!task) onCreated?.(company, id);
        },
      },
    );
  });

  return (
    <form className="stack cx-stack-form gap-16" onSubmit={(e) => void submit(e)} noValidate>
      {presetCompany === null ? (
        <Field label="Company">
          <FormPicker control={control} name="companyId" onValue={() => setValue('projectId', '')}>
            {(value, onChange) => <CompanyPicker label="Company" value={value} onChange={onChange} placeholder="Type a company's name…" />}
          </FormPicker>
        </Field>
      ) : null}
      {!presetProject || task ? (
        <Field label="Project">
          <FormPicker control={control} name="projectId">
            {(value, onChange) => (
              <ProjectPicker label="Project" companyId={companyId} value={value} onChange={onChange} disabled={!companyId} placeholder={companyId ? "Type a project's name…" : 'Choose a company first'} />
            )}
          </FormPicker>
        </Field>
      ) : null}
      <Field label="Title">
        <input className="input cx-input" {...register('title')} maxLength={LIMITS.shortText} autoFocus />
      </Field>
      <Field label="Description" hint="Clients read this on the task page.">
        <textarea className="input cx-input" rows={4} {...register('description')} />
      </Field>
      <div className="cx-cols-2">
        <Field label="Status">
          <select className="input cx-input" {...register('status')}>
            {TASK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {TASK_STATUS[s].label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Priority">
          <select className="input cx-input" {...register('priority')}>
            {TASK_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {TASK_PRIORITY[p].label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {/* Saving an existing task as Done emails the client's portal contacts (a new one notifies no one). */}
      {task && task.status !== 'done' && watch('status') === 'done' && companyId ? <DoneRecipients companyId={companyId} /> : null}
      <div className="cx-cols-2">
        <Field label="Assignee">
          <FormSelect className="input cx-input" control={control} name="assigneeUid">
            <option value="">Unassigned</option>
            {people.active.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
            {kept && !people.active.some((p) => p.id === kept.uid) ? (
              <option value={kept.uid}>{kept.displayName}</option>
            ) : null}
          </FormSelect>
        </Field>
        <Field label="Due date">
          <input className="input cx-input" type="date" {...register('dueDate')} />
        </Field>
      </div>
      <FormError message={error} />
      <DialogActions onCancel={onClose} pending={save.isPending} submitLabel={task ? 'Save task' : 'Create task'} />
    </form>
  );
}
