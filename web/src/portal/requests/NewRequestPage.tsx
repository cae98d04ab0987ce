/**
 * /portal/requests/new: ask the team for something new — a title, what is needed, and if the
 * client has them in mind a project and a date. It is sent as a Submitted request (the rules
 * accept exactly that shape); the team accepts it as a task or declines it with a reason.
 */
import { useId } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { LIMITS } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { FieldError, FormError, Spinner } from '../../components/ui';
import { describeError } from '../../lib/errors';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { usePortal, usePortalPath } from '../lib/context';
import { usePortalSync } from '../components/sync';
import { useProjectPages } from '../lib/projectQueries';
import { useSubmitRequest } from './queries';
import { newRequestSchema, type NewRequestFields } from './schemas';

export function NewRequestPage() {
  const scope = usePortal();
  const path = usePortalPath();
  const navigate = useNavigate();
  const projects = useProjectPages('current');
  const submit = useSubmitRequest();
  const sync = usePortalSync();
  const id = useId();
  useDocumentTitle('New request');
  const form = useForm<NewRequestFields, unknown, NewRequestFields>({
    resolver: zodResolver(newRequestSchema),
    defaultValues: { title: '', description: '', projectId: '', dueDate: '' },
  });
  const { errors } = form.formState;

  if (scope.preview) {
    return (
      <div className="page">
        <Breadcrumbs items={[{ label: 'Requests', to: path('/requests') }, { label: 'New request' }]} />
        <h1>New request</h1>
        <p className="muted">This is a read-only preview: requests are sent by the client from their own portal.</p>
      </div>
    );
  }

  // Online, the page waits for the server's answer (a refusal shows here, the text kept).
  // Offline, the request is queued on this device: the list shows it, sent when back online.
  const onSubmit = form.handleSubmit(async (values) => {
    const sent = submit.mutateAsync({ title: values.title, description: values.description, projectId: values.projectId || null, dueDate: values.dueDate || null });
    if (sync.state !== 'online') {
      sent.catch(() => {});
      navigate(path('/requests'));
      return;
    }
    try {
      await sent;
    } catch {
      return; // submit.error says why, below the form
    }
    navigate(path('/requests'));
  });

  return (
    <div className="page">
      <Breadcrumbs items={[{ label: 'Requests', to: path('/requests') }, { label: 'New request' }]} />
      <header className="stack gap-6">
        <h1>New request</h1>
        <p className="muted">Tell the team what you need. They'll accept it as a task, or tell you why not.</p>
      </header>
      <section className="panel">
        <form className="stack request-form gap-16" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="New request">
          <div className="field">
            <label htmlFor={`${id}-title`} className="field-label">
              Title
            </label>
            <input
              id={`${id}-title`}
              className="input"
              maxLength={LIMITS.requestTitle}
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={errors.title ? `${id}-title-error` : undefined}
              {...form.register('title')}
            />
            <FieldError id={`${id}-title-error`} message={errors.title?.message} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-description`} className="field-label">
              What do you need?
            </label>
            <textarea
              id={`${id}-description`}
              className="textarea"
              rows={6}
              maxLength={LIMITS.requestDescription}
              aria-invalid={errors.description ? true : undefined}
              aria-describedby={errors.description ? `${id}-description-error` : undefined}
              {...form.register('description')}
            />
            <FieldError id={`${id}-description-error`} message={errors.description?.message} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-project`} className="field-label">
              Project (optional)
            </label>
            <select id={`${id}-project`} className="select" {...form.register('projectId')}>
              <option value="">No particular project</option>
              {projects.items.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-due`} className="field-label">
              Wanted by (optional)
            </label>
            <input
              id={`${id}-due`}
              type="date"
              className="input"
              aria-invalid={errors.dueDate ? true : undefined}
              aria-describedby={errors.dueDate ? `${id}-due-error` : undefined}
              {...form.register('dueDate')}
            />
            <FieldError id={`${id}-due-error`} message={errors.dueDate?.message} />
          </div>
          <FormError message={submit.error ? `Couldn't send the request: ${describeError(submit.error)}` : null} />
          <div className="button-row">
            <button type="submit" className="btn btn-primary" disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? <Spinner label="Sending…" /> : 'Send request'}
            </button>
            <Link to={path('/requests')} className="btn btn-secondary">
              Cancel
            </Link>
          </div>
        </form>
      </section>
    </div>
  );
}
