/** Small building blocks shared by the admin pages (invoices, team, time, budget, dashboards, settings). */
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { InvoiceStatus, ProjectHealth } from '@model';
import { LockIcon } from '../../components/icons';
import { Badge, type Tone } from '../../components/ui';
import { HEALTH_LABELS } from '../budget/health';
import { INVOICE_STATUS } from '../labels';
import './admin.css';

/** What staff see on an admin-only URL: a page, not a blank or an error. */
export function NotAllowed({ what = 'this page' }: { what?: string }) {
  return (
    <div className="adm-page">
      <div className="adm-not-allowed" role="alert">
        <div className="adm-not-allowed-icon">
          <LockIcon size={28} />
        </div>
        <h1 className="adm-title">Not allowed</h1>
        <p className="adm-lede">
          Only admins can open {what}. Rates, invoices, revenue and settings are kept to the agency's admins; ask one of them if you need something here.
        </p>
        <Link className="btn btn-secondary" to="/console">
          Back to the console
        </Link>
      </div>
    </div>
  );
}

export function Stat({ label, value, hint, tone = 'neutral' }: { label: string; value: ReactNode; hint?: ReactNode; tone?: 'neutral' | 'good' | 'warn' | 'bad' }) {
  return (
    <div className={`adm-stat adm-stat-${tone}`}>
      <div className="adm-stat-label">{label}</div>
      <div className="adm-stat-value">{value}</div>
      {hint ? <div className="adm-stat-hint">{hint}</div> : null}
    </div>
  );
}

export function FormField({ label, error, hint, children, className = '' }: { label: ReactNode; error?: string | undefined; hint?: ReactNode; children: (id: string, describedBy: string | undefined) => ReactNode; className?: string }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`adm-field ${error ? 'adm-field-invalid' : ''} ${className}`}>
      <label className="adm-label" htmlFor={id}>
        {label}
      </label>
      {children(id, describedBy)}
      {hint ? (
        <p className="adm-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="adm-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  return <Badge tone={INVOICE_STATUS[status].tone}>{INVOICE_STATUS[status].label}</Badge>;
}

const HEALTH_TONES: Record<ProjectHealth, Tone> = { on_track: 'success', needs_attention: 'warning', critical: 'danger' };

export function HealthBadge({ health }: { health: ProjectHealth }) {
  return <Badge tone={HEALTH_TONES[health]}>{HEALTH_LABELS[health]}</Badge>;
}

/** A notice box inside a page (info, warning, success). */
export function Notice({ tone = 'info', title, children }: { tone?: 'info' | 'warning' | 'success' | 'danger'; title?: ReactNode; children: ReactNode }) {
  return (
    <div className={`adm-notice adm-notice-${tone}`} role={tone === 'danger' ? 'alert' : 'note'}>
      {title ? <p className="adm-notice-title">{title}</p> : null}
      <div className="adm-notice-body">{children}</div>
    </div>
  );
}
