/** The portal's frame: skip link, branded header with the four pages, the main landmark. */
import { useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, NavLink } from 'react-router-dom';
import { useBranding } from '../lib/useBranding';
import { useRouteFocus } from '../lib/useRouteFocus';
import { CardIcon, FolderIcon, HomeIcon, InboxIcon, SignOutIcon, TasksIcon } from '../components/icons';
import { Dialog } from '../components/Dialog';
import { Avatar, BrandMark } from '../components/ui';
import { usePortal, usePortalPath, type PortalArea } from './lib/context';
import { pageWarmers } from './pages';
import { hasUnsentWrites, useCompany } from './lib/queries';
import { SyncBanner } from './components/sync';

/** The pages, each with the portal area it belongs to (none: every client); only permitted ones show. */
const NAV: { to: string; label: string; icon: typeof HomeIcon; end: boolean; page: keyof typeof pageWarmers; area?: PortalArea }[] = [
  { to: '', label: 'Home', icon: HomeIcon, end: true, page: 'home' },
  { to: '/projects', label: 'Projects', icon: FolderIcon, end: false, page: 'projects', area: 'work' },
  { to: '/tasks', label: 'Tasks', icon: TasksIcon, end: false, page: 'tasks', area: 'work' },
  { to: '/requests', label: 'Requests', icon: InboxIcon, end: false, page: 'requests', area: 'work' },
  { to: '/invoices', label: 'Invoices', icon: CardIcon, end: false, page: 'invoices', area: 'billing' },
];

export function PortalShell({ children, onSignOut, banner }: { children: ReactNode; onSignOut: () => void | Promise<void>; banner?: ReactNode }) {
  const branding = useBranding();
  const scope = usePortal();
  const path = usePortalPath();
  const company = useCompany();
  const queryClient = useQueryClient();
  const warm = (page: keyof typeof pageWarmers) => void pageWarmers[page](queryClient, scope).catch(() => {});
  const main = useRef<HTMLElement>(null);
  useRouteFocus(main, { scrollToTop: true });

  const companyName = company.data?.name;
  // Signing out empties this browser's cache, queued Replies included: say so first.
  const [unsent, setUnsent] = useState(false);
  const signOut = async () => {
    if (await hasUnsentWrites(scope.db)) setUnsent(true);
    else await onSignOut();
  };

  return (
    <div className="portal">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      {banner}
      <header className="topbar">
        <div className="topbar-inner">
          <Link to={path()} className="row topbar-brand gap-10">
            <BrandMark name={branding.agencyName} logoUrl={branding.logoUrl} size={32} />
            <span className="truncate topbar-agency">{branding.agencyName}</span>
            <span className="visually-hidden"> — Portal Home</span>
          </Link>
          <nav className="topnav" aria-label="Portal">
            <ul>
              {NAV.filter(({ area }) => !area || scope.scopes.includes(area)).map(({ to, label, icon: Icon, end, page }) => (
                <li key={label}>
                  <NavLink to={path(to)} end={end} className="topnav-link" onPointerEnter={() => warm(page)} onFocus={() => warm(page)}>
                    <Icon size={18} />
                    <span>{label}</span>
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="row topbar-user gap-10">
            <Avatar name={scope.displayName} size="sm" />
            <span className="topbar-user-text">
              <span className="topbar-user-name">{scope.displayName}</span>
              {companyName ? <span className="hint">{companyName}</span> : null}
            </span>
            {scope.preview ? null : (
              <button type="button" className="btn btn-ghost btn-sm topbar-signout" onClick={() => void signOut()}>
                <SignOutIcon size={18} />
                <span className="signout-label">Sign out</span>
              </button>
            )}
          </div>
        </div>
      </header>
      <Dialog
        open={unsent}
        onClose={() => setUnsent(false)}
        title="Some replies are not sent yet"
        description="They are waiting for the connection. Signing out removes them from this browser, so the team never gets them."
      >
        <div className="button-row">
          <button type="button" className="btn btn-primary" onClick={() => setUnsent(false)}>
            Stay signed in
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => {
              setUnsent(false);
              void onSignOut();
            }}
          >
            Sign out anyway
          </button>
        </div>
      </Dialog>
      <SyncBanner />
      <main id="content" ref={main} tabIndex={-1} className="portal-main">
        {children}
      </main>
      <footer className="row wrap between portal-footer gap-12">
        <span>
          {branding.agencyName} client portal{companyName ? ` for ${companyName}` : ''}
        </span>
        <span className="muted">Updates appear here live.</span>
      </footer>
    </div>
  );
}
