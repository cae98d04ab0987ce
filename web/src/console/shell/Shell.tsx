/**
 * The console frame: sidebar navigation by role, top bar with search and the user menu. It knows
 * no feature: ConsoleApp hands it the navigation, the "View as" dialog and what floats above the
 * pages (the replies in their undo window).
 */
import { useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router-dom';
import { useBranding } from '../../lib/useBranding';
import { useRouteFocus } from '../../lib/useRouteFocus';
import { Avatar, BrandMark } from '../../components/ui';
import { EyeIcon, MailIcon, MenuIcon, SignOutIcon } from '../components/icons';
import { Menu } from '../components/Menu';
import { SearchBox } from './SearchBox';
import { useConsole } from '../lib/env';
import { ROLE_LABEL } from '../lib/labels';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  end?: boolean;
  /** a live count beside the label (e.g. requests waiting for a decision) */
  badge?: ComponentType;
}

export interface NavGroup {
  label: string;
  items: NavItem[];
}

export interface ShellProps {
  nav: readonly NavGroup[];
  /** the "View as a client" dialog the top bar and the user menu open */
  viewAs: ComponentType<{ open: boolean; onClose: () => void }>;
  /** drawn above every page (e.g. the replies waiting out their undo window) */
  overlay?: ReactNode;
}

export function Shell({ nav, viewAs: ViewAs, overlay }: ShellProps) {
  const { me, isAdmin, signOut } = useConsole();
  const branding = useBranding();
  const navigate = useNavigate();
  const [viewAs, setViewAs] = useState(false);
  const [navOpen, setNavOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const sidebar = useRef<HTMLElement>(null);
  const drawer = useDrawerLayout();
  useRouteFocus(main);

  // The drawer (narrow screens): opening it moves focus to its first link; Escape closes it and
  // gives focus back to its toggle. Closed, it is inert: its off-screen links are not tabbable.
  useEffect(() => {
    if (!navOpen) return;
    sidebar.current?.querySelector<HTMLElement>('.cx-nav a')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setNavOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navOpen]);

  return (
    <div className={`cx-app ${navOpen ? 'nav-open' : ''}`}>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <aside className="cx-sidebar" id="cx-sidebar" aria-label="Console" ref={sidebar} inert={drawer && !navOpen}>
        <Link to="/console" className="row cx-brand gap-10">
          <BrandMark name={branding.agencyName} logoUrl={branding.logoUrl} size={30} />
          <span className="cx-brand-text">
            <span className="cx-brand-name">{branding.agencyName}</span>
            <span className="cx-brand-sub">Agency OS</span>
          </span>
        </Link>
        <nav className="stack cx-nav gap-18" aria-label="Main">
          {nav.map((group) => (
            <div className="cx-nav-group" key={group.label}>
              <div className="cx-nav-heading">{group.label}</div>
              <ul className="stack gap-2">
                {group.items.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end} className="row cx-nav-link gap-10" onClick={() => setNavOpen(false)}>
                      {item.icon}
                      <span>{item.label}</span>
                      {item.badge ? <item.badge /> : null}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <div className="stack cx-sidebar-footer gap-4">
          <span className={`cx-role cx-role-${me.role}`}>{ROLE_LABEL[me.role]}</span>
          <span className="cx-sidebar-note">{isAdmin ? 'Full access' : 'No rates, revenue or settings'}</span>
        </div>
      </aside>
      <div className="cx-main">
        <header className="row cx-topbar gap-16">
          <button
            type="button"
            ref={toggle}
            className="icon-button cx-nav-toggle"
            aria-label="Menu"
            aria-expanded={navOpen}
            aria-controls="cx-sidebar"
            onClick={() => setNavOpen((v) => !v)}
          >
            <MenuIcon />
          </button>
          <SearchBox />
          <div className="row cx-topbar-right gap-10">
            {/* Its text is hidden on narrow screens: the label keeps its name. */}
            <button type="button" className="btn btn-secondary btn-sm cx-viewas-button" aria-label="View as…" onClick={() => setViewAs(true)}>
              <EyeIcon />
              <span>View as…</span>
            </button>
            <Menu
              className="row cx-user-button"
              button={
                <>
                  <Avatar name={me.displayName} size="sm" />
                  <span className="truncate cx-user-name">{me.displayName}</span>
                  <span className="visually-hidden"> (account)</span>
                </>
              }
              header={
                <div>
                  <div className="strong">{me.displayName}</div>
                  <div className="small muted">{me.email}</div>
                  <div className="small muted">{ROLE_LABEL[me.role]}</div>
                </div>
              }
              items={[
                { label: 'View as a client…', icon: <EyeIcon />, onSelect: () => setViewAs(true) },
                { label: 'Outbox', icon: <MailIcon />, onSelect: () => navigate('/console/outbox') },
                'divider',
                { label: 'Sign out', icon: <SignOutIcon />, onSelect: () => void signOut() },
              ]}
            />
          </div>
        </header>
        <main id="content" className="cx-content" ref={main} tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <div className="cx-scrim" onClick={() => setNavOpen(false)} aria-hidden="true" />
      {overlay}
      <ViewAs open={viewAs} onClose={() => setViewAs(false)} />
    </div>
  );
}

/** True while the sidebar is a drawer (narrow screens; the breakpoint of console.css). */
function useDrawerLayout(): boolean {
  const query = '(max-width: 860px)';
  const [matches, setMatches] = useState(() => typeof window !== 'undefined' && window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = () => setMatches(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return matches;
}
