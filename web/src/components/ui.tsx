/** The small UI kit: badges, avatars, skeletons, empty and error states, the brand mark. */
import type { ReactNode } from 'react';
import { AlertIcon } from './icons';

export { Avatar, BrandMark, Spinner } from './basics';

export type Tone = 'neutral' | 'info' | 'progress' | 'review' | 'success' | 'warning' | 'danger';

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

export function Skeleton({ width, height = 14, className = '' }: { width?: number | string; height?: number; className?: string }) {
  return <span className={`skeleton ${className}`} style={{ width, height }} aria-hidden="true" />;
}

/** A loading placeholder for a list or a page section; announced once to screen readers. */
/** Placeholder rows of a list (avatar + two lines) while it loads. */
export function SkeletonRows({ rows }: { rows: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, i) => (
        <div className="row skeleton-row gap-14" key={i}>
          <Skeleton width={36} height={36} className="round" />
          <div className="stack skeleton-lines gap-8">
            <Skeleton width={`${60 - i * 7}%`} />
            <Skeleton width={`${35 + i * 5}%`} height={12} />
          </div>
        </div>
      ))}
    </>
  );
}

export function LoadingBlock({ rows = 3, label = 'Loading…' }: { rows?: number; label?: string }) {
  return (
    <div className="stack loading-block gap-18" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      <SkeletonRows rows={rows} />
    </div>
  );
}

/** `page`: the state is the whole page (not found, not allowed), so its title is the page's h1. */
export function EmptyState({ icon, title, children, action, page = false }: { icon?: ReactNode; title: string; children?: ReactNode; action?: ReactNode; page?: boolean }) {
  const Title = page ? 'h1' : 'p';
  return (
    <div className="stack empty-state gap-6">
      {icon ? <div className="tile empty-icon">{icon}</div> : null}
      <Title className="empty-title">{title}</Title>
      {children ? <p className="empty-body">{children}</p> : null}
      {action ? <div className="empty-action">{action}</div> : null}
    </div>
  );
}

export function ErrorState({ title = "We couldn't load this", message, onRetry }: { title?: string; message: string; onRetry?: () => void }) {
  return (
    <div className="row top error-state gap-12" role="alert">
      <div className="error-icon"><AlertIcon /></div>
      <div>
        <p className="strong">{title}</p>
        <p className="error-body">{message}</p>
        {onRetry ? (
          <button type="button" className="btn btn-secondary btn-sm" onClick={onRetry}>
            Try again
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** What went wrong with a form as a whole (its submit), announced; nothing when there is nothing. */
export function FormError({ message }: { message: ReactNode }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

/** What is wrong with one field, announced; `id` is what the field's aria-describedby names. */
export function FieldError({ id, message }: { id?: string; message: ReactNode }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  );
}
