/** Create or edit a task: project, title, description, status, priority, assignee, due date. */
import { useState, type FormEvent } from 'react';
import { TASK_PRIORITIES, TASK_STATUSES, type Task, type TaskPriority, type TaskStatus, type WithId } from '@model';
import { Dialog } from '../../components/Dialog';
import { Spinner } from '../../components/ui';
import { todayIso } from '../../lib/format';
import { Field, FormError } from '../components/kit';
import { addDays } from '../lib/dates';
import { useSaveTask } from './mutations';
import { validateTask, type TaskFields } from './writes';
import { useCompanies, useCompanyProjects, usePeople } from '../lib/queries';
import { TASK_PRIORITY, TASK_STATUS } from '../lib/labels';

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
  const companies = useCompanies();
  const [companyId, setCompanyId] = useState(presetCompany ?? '');
  const projects = useCompanyProjects(companyId || '-');
  const [fields, setFields] = useState<TaskFields>({
    projectId: task?.projectId ?? presetProject ?? '',
    title: task?.title ?? '',
    description: task?.description ?? '',
    status: task?.status ?? 'todo',
    priority: task?.priority ?? 'medium',
    assignee: task?.assignee ?? null,
    dueDate: task?.dueDate ?? addDays(todayIso(), 7),
  });
  const [invalid, setInvalid] = useState<string | null>(null);
  const error = invalid ?? save.error?.message ?? null;
  const busy = save.isPending;
  const set = <K extends keyof TaskFields>(key: K, value: TaskFields[K]) => setFields((f) => ({ ...f, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = !companyId ? 'Choose the company.' : validateTask(fields);
    setInvalid(problem);
    if (problem) return;
    save.mutate(
      { companyId, taskId: task?.id, fields },
      {
        onSuccess: (id) => {
          onClose();
          if (!task) onCreated?.(companyId, id);
        },
      },
    );
  }

  const projectList = companyId ? (projects.data ?? []) : [];

  return (
    <form className="cx-form" onSubmit={submit} noValidate>
      {presetCompany === null ? (
        <Field label="Company">
          <select
            className="cx-input"
            value={companyId}
            onChange={(e) => {
              setCompanyId(e.target.value);
              set('projectId', '');
            }}
          >
            <option value="">Choose a company…</option>
            {(companies.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {!presetProject || task ? (
        <Field label="Project">
          <select className="cx-input" value={fields.projectId} onChange={(e) => set('projectId', e.target.value)} disabled={!companyId}>
            <option value="">{companyId ? 'Choose a project…' : 'Choose a company first'}</option>
            {projectList.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field label="Title">
        <input className="cx-input" value={fields.title} onChange={(e) => set('title', e.target.value)} maxLength={200} autoFocus />
      </Field>
      <Field label="Description" hint="Clients read this on the task page.">
        <textarea className="cx-input" rows={4} value={fields.description} onChange={(e) => set('description', e.target.value)} />
      </Field>
      <div className="cx-form-row">
        <Field label="Status">
          <select className="cx-input" value={fields.status} onChange={(e) => set('status', e.target.value as TaskStatus)}>
            {TASK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {TASK_STATUS[s].label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Priority">
          <select className="cx-input" value={fields.priority} onChange={(e) => set('priority', e.target.value as TaskPriority)}>
            {TASK_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {TASK_PRIORITY[p].label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="cx-form-row">
        <Field label="Assignee">
          <select className="cx-input" value={fields.assignee?.uid ?? ''} onChange={(e) => set('assignee', !e.target.value ? null : e.target.value === fields.assignee?.uid ? fields.assignee : people.ref(e.target.value))}>
            <option value="">Unassigned</option>
            {people.active.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
            {fields.assignee && !people.active.some((p) => p.id === fields.assignee!.uid) ? (
              <option value={fields.assignee.uid}>{fields.assignee.displayName}</option>
            ) : null}
          </select>
        </Field>
        <Field label="Due date">
          <input className="cx-input" type="date" value={fields.dueDate} onChange={(e) => set('dueDate', e.target.value)} />
        </Field>
      </div>
      <FormError message={error} />
      <div className="cx-dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? <Spinner label="Saving…" /> : task ? 'Save task' : 'Create task'}
        </button>
      </div>
    </form>
  );
}
