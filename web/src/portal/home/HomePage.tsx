/** Portal Home: greeting ("Previewing as …" in a View as preview), the three action cards, welcome message, meeting link (unless a card has it), the first ongoing tasks. */
import type { ComponentType } from 'react';
import { Link } from 'react-router-dom';
import type { PortalCard } from '@model';
import { useBranding, useDocumentTitle } from '../../lib/useBranding';
import { ArrowRightIcon, CalendarIcon, CardIcon, CheckIcon, ExternalIcon, FolderIcon, SparkIcon } from '../../components/icons';
import { EmptyState, ErrorState, Skeleton } from '../../components/ui';
import { describeError } from '../../lib/errors';
import { firstName, greeting } from '../../lib/format';
import { usePortal, usePortalPath, type PortalArea } from '../lib/context';
import { useCompany, usePortalSettings } from '../lib/queries';
import { TaskList } from '../tasks/TaskList';
import { Connecting } from '../components/sync';
import { HOME_TASKS, useOngoingTasks } from './queries';

/** The page's first queries, started when its link is hovered or focused (pages.ts). */
export { prefetchHomePage as prefetch } from './queries';

/** Used when settings/portal has no cards yet (copy from the product reference). */
const DEFAULT_CARDS: PortalCard[] = [
  { title: 'View Projects', description: "See the latest updates on the projects we're working with you", link: '/portal/projects' },
  { title: 'Pay Your Bills', description: 'View your past and upcoming invoices', link: '/portal/invoices' },
  { title: 'Check your tasks', description: 'Everything in progress, and what needs your review', link: '/portal/tasks' },
];

const CARD_ICONS = [FolderIcon, CardIcon, SparkIcon];

export function HomePage() {
  const scope = usePortal();
  const branding = useBranding();
  const settings = usePortalSettings();
  const company = useCompany();
  useDocumentTitle('Portal Home');

  const work = scope.scopes.includes('work');
  const billing = scope.scopes.includes('billing');
  // Only the cards of areas this client may open (a billing-only contact sees no work cards).
  const cards = (settings.data?.cards?.length ? settings.data.cards.slice(0, 3) : DEFAULT_CARDS).filter((card) => {
    const area = cardArea(card.link);
    return area === null || scope.scopes.includes(area);
  });
  const name = firstName(scope.displayName);

  return (
    <div className="page">
      <section className="stack hero gap-8" aria-labelledby="home-title">
        <p className="eyebrow">{company.data?.name ? `${company.data.name} · Client portal` : 'Client portal'}</p>
        {/* A "View as" preview is staff looking at the client's portal: no greeting for them. */}
        <h1 id="home-title">{scope.preview ? `Previewing as ${company.data?.name ?? 'the client'}` : `${greeting()}${name ? `, ${name}` : ''}`}</h1>
        {settings.isPending ? (
          <Skeleton width="70%" height={16} />
        ) : (
          <p className="hero-lede">{settings.data?.welcomeMessage || `Welcome to your ${branding.agencyName} portal.`}</p>
        )}
      </section>

      {settings.isError ? <ErrorState message={describeError(settings.error)} onRetry={() => void settings.refetch()} /> : null}

      <section aria-label="Quick actions">
        <ul className="action-cards">
          {settings.isPending
            ? [0, 1, 2].map((i) => (
                <li key={i} className="stack action-card is-loading gap-12" aria-hidden="true">
                  <Skeleton width={40} height={40} className="round" />
                  <Skeleton width="60%" height={18} />
                  <Skeleton width="90%" height={13} />
                </li>
              ))
            : cards.map((card, i) => <ActionCard key={card.title} card={card} Icon={CARD_ICONS[i] ?? SparkIcon} />)}
        </ul>
      </section>

      {/* The meeting link once: not again when a quick-action card already books it. */}
      {settings.data?.meetingUrl && !cards.some((card) => card.link === settings.data?.meetingUrl) ? (
        <section className="row callout gap-16" aria-labelledby="meeting-title">
          <div className="tile callout-icon">
            <CalendarIcon />
          </div>
          <div className="callout-text">
            <h2 id="meeting-title">Want to talk it through?</h2>
            <p className="muted">Book a call with your project lead at a time that suits you.</p>
          </div>
          <a className="btn btn-secondary" href={settings.data.meetingUrl} target="_blank" rel="noopener noreferrer">
            Book a meeting
            <ExternalIcon size={16} />
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </section>
      ) : null}

      {work ? <AskTheTeam /> : null}
      {work ? <OngoingTasks /> : null}
      {!work && billing ? <p className="muted">Your portal access covers invoices and payments.</p> : null}
    </div>
  );
}

/** Which portal area a card's link opens (null: outside the areas, e.g. an external link). */
function cardArea(link: string): PortalArea | null {
  if (/^\/portal\/invoices(\/|$)/.test(link)) return 'billing';
  if (/^\/portal\/(projects|tasks|requests)(\/|$)/.test(link)) return 'work';
  return null;
}

/** Beside the cards: ask the team for something new (a request), or see earlier requests. */
function AskTheTeam() {
  const path = usePortalPath();
  const { preview } = usePortal();
  return (
    <section className="row callout gap-16" aria-labelledby="ask-title">
      <div className="tile callout-icon">
        <SparkIcon />
      </div>
      <div className="callout-text">
        <h2 id="ask-title">Need something new?</h2>
        <p className="muted">
          Send the team a request: they accept it as a task or tell you why not. <Link to={path('/requests')}>Your requests</Link>
        </p>
      </div>
      {preview ? null : (
        <Link className="btn btn-secondary" to={path('/requests/new')}>
          New request
        </Link>
      )}
    </section>
  );
}

function ActionCard({ card, Icon }: { card: PortalCard; Icon: ComponentType<{ size?: number }> }) {
  const path = usePortalPath();
  const internal = card.link.startsWith('/');
  const content = (
    <>
      <span className="tile action-icon">
        <Icon size={22} />
      </span>
      <span className="action-title">{card.title}</span>
      <span className="action-description">{card.description}</span>
      <span className="action-go" aria-hidden="true">
        {internal ? <ArrowRightIcon size={18} /> : <ExternalIcon size={18} />}
      </span>
    </>
  );
  return (
    <li className="action-card">
      {internal ? (
        <Link to={card.link.startsWith('/portal') ? path(card.link.slice('/portal'.length)) : card.link} className="action-link">
          {content}
        </Link>
      ) : (
        <a href={card.link} target="_blank" rel="noopener noreferrer" className="action-link">
          {content}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      )}
    </li>
  );
}

function OngoingTasks() {
  const tasks = useOngoingTasks();
  const path = usePortalPath();
  const list = tasks.data ?? [];
  return (
    <section className="panel" aria-labelledby="ongoing-title">
      <div className="row top between panel-header gap-12">
        <div>
          <h2 id="ongoing-title">Ongoing tasks</h2>
          <p className="muted panel-sub">
            What the team is working on for you right now, soonest due first{list.length >= HOME_TASKS ? ` — the first ${HOME_TASKS}` : ''}.
          </p>
        </div>
        <Link to={path('/tasks')} className="link-arrow">
          All tasks <ArrowRightIcon size={16} />
        </Link>
      </div>
      {tasks.isError ? (
        <ErrorState message={describeError(tasks.error)} onRetry={() => void tasks.refetch()} />
      ) : tasks.isPending || (list.length === 0 && !tasks.freshness.synced) ? (
        <Connecting rows={3} />
      ) : list.length === 0 ? (
        <EmptyState icon={<CheckIcon size={28} />} title="All caught up">
          Nothing is in progress right now. New work shows up here as soon as the team starts it.
        </EmptyState>
      ) : (
        <TaskList tasks={list} label="Ongoing tasks" />
      )}
    </section>
  );
}
