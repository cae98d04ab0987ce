/** The console frame: sidebar navigation by role, top bar with search and the user menu. */
import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useBranding } from '../../lib/useBranding';
import { useSession } from '../../lib/session';
import { Avatar, BrandMark } from '../../components/ui';
import { flushOutgoing } from '../comments/outgoing';
import { OutgoingReplies } from '../comments/OutgoingReplies';
import { EyeIcon, MailIcon, MenuIcon, SignOutIcon } from '../components/icons';
import { Menu } from '../components/Menu';
import { useConsole } from '../env';
import { ROLE_LABEL } from '../labels';
import { ViewAsDialog } from '../preview/ViewAsDialog';
import { navGroups } from './nav';
import { SearchBox } from './SearchBox';

export function Shell() {
  const { me, isAdmin } = useConsole();
  const { signOut } = useSession();
  const branding = useBranding();
  const navigate = useNavigate();
  const location = useLocation();
  const [viewAs, setViewAs] = useState(false);
  const [navOpen, setNavOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  async function doSignOut() {
    await flushOutgoing();
    await signOut();
  }

  return (
    <div className={`cx-app ${navOpen ? 'nav-open' : ''}`}>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <aside className="cx-sidebar" aria-label="Console">
        <Link to="/console" className="cx-brand">
          <BrandMark name={branding.agencyName} logoUrl={branding.logoUrl} size={30} />
          <span className="cx-brand-text">
            <span className="cx-brand-name">{branding.agencyName}</span>
            <span className="cx-brand-sub">Agency OS</span>
          </span>
        </Link>
        <nav className="cx-nav" aria-label="Main">
          {navGroups(isAdmin).map((group) => (
            <div className="cx-nav-group" key={group.label}>
              <div className="cx-nav-heading">{group.label}</div>
              <ul>
                {group.items.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end} className="cx-nav-link" onClick={() => setNavOpen(false)}>
                      {item.icon}
                      <span>{item.label}</span>
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <div className="cx-sidebar-footer">
          <span className={`cx-role cx-role-${me.role}`}>{ROLE_LABEL[me.role]}</span>
          <span className="cx-sidebar-note">{isAdmin ? 'Full access' : 'No rates, revenue or settings'}</span>
        </div>
      </aside>
      <div className="cx-main">
        <header className="cx-topbar">
          <button type="button" className="icon-button cx-nav-toggle" aria-label="Menu" onClick={() => setNavOpen((v) => !v)}>
            <MenuIcon />
          </button>
          <SearchBox />
          <div className="cx-topbar-right">
            <button type="button" className="btn btn-secondary btn-sm cx-viewas-button" onClick={() => setViewAs(true)}>
              <EyeIcon />
              <span>View as…</span>
            </button>
            <Menu
              label="Account"
              className="cx-user-button"
              button={
                <>
                  <Avatar name={me.displayName} size="sm" />
                  <span className="cx-user-name">{me.displayName}</span>
                </>
              }
              header={
                <div>
                  <div className="cx-menu-name">{me.displayName}</div>
                  <div className="cx-menu-email">{me.email}</div>
                  <div className="cx-menu-role">{ROLE_LABEL[me.role]}</div>
                </div>
              }
              items={[
                { label: 'View as a client…', icon: <EyeIcon />, onSelect: () => setViewAs(true) },
                { label: 'Outbox', icon: <MailIcon />, onSelect: () => navigate('/console/outbox') },
                'divider',
                { label: 'Sign out', icon: <SignOutIcon />, onSelect: () => void doSignOut() },
              ]}
            />
          </div>
        </header>
        <main id="content" className="cx-content" ref={main} tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <div className="cx-scrim" onClick={() => setNavOpen(false)} aria-hidden="true" />
      <OutgoingReplies />
      <ViewAsDialog open={viewAs} onClose={() => setViewAs(false)} />
    </div>
  );
}
