/** The states and the layout of a portal page that shows one record (a project, a task, an invoice). */
import type { ReactNode } from 'react';
import { Badge, ErrorState, type Tone } from '../../components/ui';
import { describeError, isNotFoundError } from '../../lib/errors';
import { Breadcrumbs } from './Breadcrumbs';
import { NotFound } from './NotFound';
import { PageSkeleton } from './PageSkeleton';

interface RecordQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | null | undefined;
  refetch: () => unknown;
}

/**
 * The skeleton while the record loads, an error with Retry, the not-found page when there is no
 * such record (or the rules deny it: to the client it simply does not exist), else the page.
 */
export function DetailPage<T>({ query, what, children }: { query: RecordQuery<T>; what: string; children: (record: T) => ReactNode }) {
  if (query.isPending) return <PageSkeleton />;
  if (query.isError && !isNotFoundError(query.error)) {
    return (
      <div className="page">
        <ErrorState message={describeError(query.error)} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  // A record taken away while open (an invoice voided, access removed): the listener is refused
  // but keeps its last data; to the client it no longer exists.
  if (!query.data || query.isError) return <NotFound what={what} />;
  return <>{children(query.data)}</>;
}

/** A record's status badge, read as "Status: …"; `data-status` carries the raw value. */
export function StatusBadge({ className, status, label }: { className: string; status: string; label: { label: string; tone: Tone } }) {
  return (
    <span className={className} data-status={status}>
      <span className="visually-hidden">Status: </span>
      <Badge tone={label.tone}>{label.label}</Badge>
    </span>
  );
}

/**
 * A record page's layout: breadcrumbs back to its list, the title with its status, the main
 * column (children) and an aside of facts ("Details").
 */
export function DetailLayout({
  crumb,
  title,
  status,
  asideLabel,
  facts,
  children,
}: {
  crumb: { label: string; to: string };
  title: string;
  status: ReactNode;
  asideLabel: string;
  facts: { term: string; value: ReactNode }[];
  children: ReactNode;
}) {
  return (
    <div className="page">
      <Breadcrumbs items={[crumb, { label: title }]} />
      <header className="page-header with-badge">
        <h1>{title}</h1>
        {status}
      </header>

      <div className="detail-layout">
        <div className="detail-main">{children}</div>
        <aside className="detail-aside" aria-label={asideLabel}>
          <section className="panel">
            <h2>Details</h2>
            <dl className="stack facts gap-14">
              {facts.map((fact) => (
                <div key={fact.term}>
                  <dt>{fact.term}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
          </section>
        </aside>
      </div>
    </div>
  );
}

/** A record's description in a panel, or a muted line when it has none. */
export function DescriptionPanel({ id, title, text, empty }: { id: string; title: string; text: string | undefined; empty: string }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {text ? <p className="prose">{text}</p> : <p className="muted">{empty}</p>}
    </section>
  );
}
