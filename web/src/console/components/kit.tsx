/**
 * The console's kit: page header, panels, fields, notices, tabs, segmented controls, stats,
 * query states, data tables. Generic pieces only (no Firestore, no feature); the shared UI kit (badges,
 * dialogs, empty and error states) is components/ at the root of web/src.
 */
import { Suspense, useId, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router-dom';
import { PageErrorBoundary } from '../../components/PageErrorBoundary';
import { LoadMore } from '../../components/LoadMore';
import { TableHead, type Column } from '../../components/TableHead';
import { EmptyState, ErrorState, FieldError, LoadingBlock } from '../../components/ui';
import { describeError } from '../../lib/errors';
import type { LivePages } from '../../lib/pages';

export function PageHeader({
  title,
  eyebrow,
  subtitle,
  actions,
  children,
}: {
  title: ReactNode;
  eyebrow?: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="row wrap between bottom cx-page-header" style={{ gap: '12px 20px' }}>
      <div className="cx-page-heading">
        {eyebrow ? <div className="eyebrow">{eyebrow}</div> : null}
        <h1 className="cx-page-title">{title}</h1>
        {subtitle ? <div className="muted cx-page-subtitle">{subtitle}</div> : null}
      </div>
      {actions ? <div className="row wrap">{actions}</div> : null}
      {children}
    </header>
  );
}

/** A page's main action ("New company"): a primary button, its icon before the words. */
export function PrimaryButton({ icon, onClick, children }: { icon?: ReactNode; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="btn btn-primary" onClick={onClick}>
      {icon}
      {icon ? ' ' : null}
      {children}
    </button>
  );
}

/** A filter chip: pressed while its filter is on. */
export function Chip({ active, onClick, children }: { active: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className={`row cx-chip ${active ? 'is-active' : ''} gap-6`} aria-pressed={active} onClick={onClick}>
      {children}
    </button>
  );
}

/** A box's heading and the line under it, for a `cx-box-head` that holds more (a switch, an action). */
export function BoxTitle({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div>
      <h2 className="cx-box-title">{title}</h2>
      <p className="muted cx-box-sub">{children}</p>
    </div>
  );
}

export function Panel({ title, actions, children, className = '', flush = false }: { title?: ReactNode; actions?: ReactNode; children: ReactNode; className?: string; flush?: boolean }) {
  return (
    <section className={`cx-panel ${flush ? 'cx-panel-flush' : ''} ${className}`}>
      {title || actions ? (
        <div className="row between cx-panel-header gap-12">
          {title ? <h2 className="row cx-panel-title">{title}</h2> : <span />}
          {actions ? <div className="row">{actions}</div> : null}
        </div>
      ) : null}
      <div className="cx-panel-body">{children}</div>
    </section>
  );
}

/** A labelled form control; `children` is the input. */
export function Field({ label, hint, children, wide = false }: { label: ReactNode; hint?: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <label className={`stack cx-form-field ${wide ? 'cx-field-wide' : ''} gap-6`}>
      <span className="field-label">{label}</span>
      {children}
      {hint ? <span className="hint">{hint}</span> : null}
    </label>
  );
}

export { FormError } from '../../components/ui';

export function Tabs({ items }: { items: { to: string; label: ReactNode; end?: boolean; count?: number }[] }) {
  return (
    <nav className="row cx-tabs gap-4" aria-label="Sections">
      {items.map((item) => (
        <NavLink key={item.to} to={item.to} end={item.end} className="row cx-tab gap-6" replace>
          {item.label}
          {item.count !== undefined ? <span className="count cx-count">{item.count}</span> : null}
        </NavLink>
      ))}
    </nav>
  );
}

export function Segmented<T extends string>({
  value,
  onChange,
  options,
  label,
}: {
  value: T;
  onChange: (value: T) => void;
  options: { value: T; label: ReactNode; title?: string }[];
  label: string;
}) {
  const name = useId();
  return (
    <div className="cx-segmented" role="radiogroup" aria-label={label}>
      {options.map((option) => (
        <label key={option.value} className={`row cx-segment ${value === option.value ? 'is-active' : ''} gap-6`} title={option.title}>
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
    </div>
  );
}

interface QueryLike<T> {
  data: T | undefined;
  isPending: boolean;
  error: Error | null;
  refetch: () => unknown;
}

/** A paged list (or a board of them) as a Loadable query: its state, with what the page shows of it. */
export function pagedQuery<D>(pages: Pick<LivePages<unknown>, 'isPending' | 'error' | 'retry'>, data: D): QueryLike<D> {
  return { isPending: pages.isPending, error: pages.error, data: pages.isPending ? undefined : data, refetch: pages.retry };
}

/** One of the queries a page shows together (a TanStack result, or a hook combining several). */
export interface QueryPart {
  isPending: boolean;
  error: Error | null;
  /** starts the failed reads again */
  refetch: () => unknown;
}

/**
 * Several queries shown as one: pending until each has answered, its first error, and "Try again"
 * starts again every one that failed (not only the first, which may be fine).
 */
export function allOf<D>(parts: readonly QueryPart[], data: () => D): QueryLike<D> {
  const isPending = parts.some((p) => p.isPending);
  const failed = parts.filter((p) => p.error);
  return {
    isPending,
    error: failed[0]?.error ?? null,
    data: isPending || failed.length ? undefined : data(),
    refetch: () => {
      for (const part of failed) void part.refetch();
    },
  };
}

/**
 * The empty state of a list filtered on the pages loaded so far: while the server has more, it says
 * that none of the loaded ones match (not that none exist) and keeps "Load more" beside it.
 */
export function NoneLoadedMatch({
  pages,
  icon,
  title,
  noun,
  more,
  label,
  children,
}: {
  pages: LivePages<unknown>;
  icon: ReactNode;
  /** the title when every item is loaded, e.g. "No companies match these filters" */
  title: string;
  /** what the list holds, plural: "companies" */
  noun: string;
  /** how else to find one, after "Load more to look further" */
  more?: string;
  label: string;
  children?: ReactNode;
}) {
  const partial = pages.hasMore || pages.isLoadingMore;
  return (
    <div className="stack gap-12">
      <EmptyState icon={icon} title={partial ? `None of the ${pages.items.length} ${noun} loaded so far match` : title}>
        {partial ? `Load more to look further${more ? `, ${more}` : ''}.` : children}
      </EmptyState>
      <LoadMore pages={pages} label={label} />
    </div>
  );
}

/** Renders a query's loading, error or data state. */
export function Loadable<T>({ query, rows = 3, children }: { query: QueryLike<T>; rows?: number; children: (data: T) => ReactNode }) {
  if (query.error) return <ErrorState message={describeError(query.error)} onRetry={() => void query.refetch()} />;
  if (query.isPending || query.data === undefined) return <LoadingBlock rows={rows} />;
  return <>{children(query.data)}</>;
}

/** The last column of a table whose rows end in icon buttons: a heading only screen readers read. */
export const ACTIONS_COLUMN: Column = { label: <span className="visually-hidden">Actions</span> };

/** A console data table: a header row of `columns`, the rows (`<tr>`s) as children. */
export function DataTable({ columns, children }: { columns: Column[]; children: ReactNode }) {
  return (
    <table className="table cx-data-table">
      <TableHead columns={columns} scope="col" />
      <tbody>{children}</tbody>
    </table>
  );
}

/** A console list table (companies, projects, requests), inside a `cx-table-wrap`: the same, with its header cells unscoped. */
export function ListTable({ columns, label, children }: { columns: Column[]; label?: string; children: ReactNode }) {
  return (
    <table className="table cx-data-table" aria-label={label}>
      <TableHead columns={columns} />
      <tbody>{children}</tbody>
    </table>
  );
}

export function KeyValues({ items }: { items: { label: ReactNode; value: ReactNode }[] }) {
  return (
    <dl className="stack cx-kv">
      {items.map((item, i) => (
        <div className="stack cx-kv-row gap-12" key={i}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export type StatTone = 'neutral' | 'good' | 'warn' | 'bad';

export function Stat({ label, value, hint, tone = 'neutral' }: { label: ReactNode; value: ReactNode; hint?: ReactNode; tone?: StatTone }) {
  return (
    <div className={`cx-stat cx-stat-${tone}`}>
      <div className="cx-stat-label">{label}</div>
      <div className="cx-stat-value">{value}</div>
      {hint ? <div className="hint">{hint}</div> : null}
    </div>
  );
}

/** A form control with its label, hint and error tied to it (`children` gets the ids to use). */
export function FormField({
  label,
  error,
  hint,
  children,
  className = '',
}: {
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  children: (id: string, describedBy: string | undefined) => ReactNode;
  className?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`stack cx-form-field ${error ? 'cx-form-field-invalid' : ''} ${className} gap-6`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children(id, describedBy)}
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** A notice box inside a page (info, warning, success, danger). */
export function Notice({ tone = 'info', title, children }: { tone?: 'info' | 'warning' | 'success' | 'danger'; title?: ReactNode; children: ReactNode }) {
  return (
    <div className={`stack cx-callout cx-callout-${tone === 'danger' ? 'error' : tone} gap-2`} role={tone === 'danger' ? 'alert' : 'note'}>
      {title ? <p className="strong">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}

/** A lazy page's loading state, and what it shows when it cannot be shown. */
export function PageSuspense({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <PageErrorBoundary resetKey={pathname}>
      <Suspense fallback={<LoadingBlock rows={4} />}>{children}</Suspense>
    </PageErrorBoundary>
  );
}
