/**
 * "View as <Company>": the real portal pages, rendered with a preview session's Firestore (a
 * second Firebase app signed in with startPreview's token) and their own query client, under a
 * "Viewing as … — Exit" banner, with the reference's checklist beside them, each item checked
 * against the security rules. The staff session stays signed in throughout.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/useBranding';
import { ErrorState, Spinner } from '../../components/ui';
import { CheckCircleIcon, EyeIcon, XCircleIcon } from '../components/icons';
import { actionError } from '../lib/errors';
import type { ProbeResult } from './probes';
import { useProbes } from './useProbes';
import { closePreview, openPreview, watchPreviewEnd, type PreviewSession } from './session';
import { useConsole } from '../lib/env';

const PortalApp = lazy(() => import('../../portal/PortalApp'));

const CHECKLIST: { id: ProbeResult['id']; title: string; hint: string }[] = [
  { id: 'projects', title: 'Only their projects visible?', hint: 'Projects of other clients must not appear.' },
  { id: 'invoices', title: 'Only their invoices visible?', hint: 'Issued invoices only: no drafts, no other client.' },
  { id: 'notes', title: 'No internal Notes showing?', hint: 'Task and project threads show Replies only.' },
  { id: 'costs', title: 'No team cost data visible?', hint: 'No budgets, costs to date or hourly rates.' },
];

export default function PreviewPage() {
  const { companyId = '' } = useParams();
  // ?contact=<id>: as that contact sees it (their portal areas)
  const [params] = useSearchParams();
  const contactId = params.get('contact') ?? undefined;
  const { app } = useConsole();
  const navigate = useNavigate();
  const [session, setSession] = useState<PreviewSession | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ended, setEnded] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useDocumentTitle(session ? `Viewing as ${session.companyName}` : 'View as');

  useEffect(() => {
    let live = true;
    openPreview(app, companyId, contactId).then(
      (s) => live && setSession(s),
      (e: unknown) => live && setError(actionError(e)),
    );
    return () => {
      live = false;
      void closePreview();
    };
  }, [app, companyId, contactId, attempt]);

  // The rules refuse a preview older than its limit, and a revoked staff member's previews are
  // deleted: say so instead of showing refused reads.
  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(() => setEnded(true), Math.max(0, session.endsAt - Date.now()));
    const unwatch = watchPreviewEnd(session, () => setEnded(true));
    return () => {
      clearTimeout(timer);
      unwatch();
    };
  }, [session]);

  const exit = () => navigate(`/console/companies/${companyId}`);

  if (ended) {
    return (
      <div className="stack cx-preview-status gap-14" data-testid="preview-ended">
        <ErrorState title="This preview has ended" message="A View as session lasts 60 minutes and ends when your access changes. Open it again to keep checking what the client sees." />
        <div className="button-row">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              setSession(null);
              setEnded(false);
              setAttempt((n) => n + 1);
            }}
          >
            View as again
          </button>
          <Link to={`/console/companies/${companyId}`} className="btn btn-secondary">
            Back to the company
          </Link>
        </div>
      </div>
    );
  }

  if (error) {
    return (
      <div className="stack cx-preview-status gap-14">
        <ErrorState title="Couldn't open the preview" message={error} />
        <Link to={`/console/companies/${companyId}`} className="btn btn-secondary">
          Back to the company
        </Link>
      </div>
    );
  }
  if (!session) {
    return (
      <div className="stack cx-preview-status gap-14">
        <Spinner label="Opening the client's portal…" />
      </div>
    );
  }
  return <PreviewFrame session={session} onExit={exit} />;
}

function PreviewFrame({ session, onExit }: { session: PreviewSession; onExit: () => void }) {
  const identity = useMemo(
    () => ({ uid: session.uid, displayName: `${session.companyName} client`, email: '', companyId: session.companyId, preview: true, scopes: session.scopes }),
    [session],
  );
  const areas = session.scopes.length === 1 ? ` (${session.scopes[0] === 'work' ? 'work' : 'billing'} only)` : '';
  const banner = (
    <div className="row cx-preview-banner gap-10" role="region" aria-label="Preview">
      <EyeIcon />
      <span>
        Viewing as <strong>{session.companyName}</strong>
        {areas} — read-only preview of their portal
      </span>
      <button type="button" className="btn btn-sm cx-preview-exit" onClick={onExit}>
        Exit
      </button>
    </div>
  );
  return (
    <div className="cx-preview" data-testid="preview">
      <div className="cx-preview-stage">
        <Suspense
          fallback={
            <div className="stack cx-preview-status gap-14">
              <Spinner label="Loading the portal…" />
            </div>
          }
        >
          <PortalApp app={session.app} identity={identity} base={`/console/view-as/${session.companyId}`} banner={banner} onSignOut={onExit} />
        </Suspense>
      </div>
      <Checklist session={session} />
    </div>
  );
}

function Checklist({ session }: { session: PreviewSession }) {
  const [run, setRun] = useState(0);
  const { results, error } = useProbes(session, run);

  const byId = new Map((results ?? []).map((r) => [r.id, r]));
  const passed = results?.filter((r) => r.status === 'pass').length ?? 0;

  return (
    <aside className="stack cx-checklist gap-14" aria-label="Before you invite them" data-testid="preview-checklist">
      <h2 className="cx-checklist-title">Test before you send</h2>
      <p className="muted small">
        This is exactly what {session.companyName}'s portal users see. Each check below is read with their access, so a “refused” is the security rules
        at work — not just a hidden button.
      </p>
      <ol className="stack">
        {CHECKLIST.map((item) => {
          const result = byId.get(item.id);
          const status = result?.status ?? (error ? 'fail' : 'running');
          return (
            <li key={item.id} className={`row top cx-check-item is-${status} gap-10`} data-testid={`check-${item.id}`} data-status={status}>
              <span className="cx-check-icon">
                {status === 'pass' ? <CheckCircleIcon size={20} /> : status === 'running' ? <Spinner /> : status === 'skip' ? <span className="cx-check-skip">–</span> : <XCircleIcon size={20} />}
              </span>
              <span className="stack gap-2">
                <span className="cx-check-title">{item.title}</span>
                <span className="cx-check-detail">{result?.detail ?? item.hint}</span>
              </span>
            </li>
          );
        })}
      </ol>
      {error ? <p className="form-error">{error}</p> : null}
      <div className="row between">
        {results ? (
          <span className={passed === results.filter((r) => r.status !== 'skip').length ? 'small strong cx-check-summary is-pass' : 'small strong cx-check-summary is-fail'}>
            {passed} of {results.filter((r) => r.status !== 'skip').length} checks passed
          </span>
        ) : null}
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          onClick={() => {
            setRun((n) => n + 1);
          }}
        >
          Check again
        </button>
      </div>
      <p className="hint cx-checklist-note">Only invite the client once you've confirmed everything looks right.</p>
    </aside>
  );
}
