/** The console's start page: your open tasks, what is due, the state of the book of work (short lists and counts: ./queries.ts). */
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/useBranding';
import { Badge, EmptyState } from '../../components/ui';
import { daysFromToday, firstName, formatDate, formatRelativeDay, greeting, todayIso } from '../../lib/format';
import { CheckCircleIcon } from '../components/icons';
import { Loadable, PageHeader, Panel, Stat } from '../components/kit';
import { useConsole } from '../lib/env';
import { addDays } from '../lib/dates';
import { CompanyName } from '../components/CompanyName';
import { useHomeCounts, useHomeLists } from './queries';
import { CountedProgress } from '../components/ProjectProgress';
import { PROJECT_STATUS, TASK_PRIORITY, TASK_STATUS } from '../lib/labels';
import type { Task, WithId } from '@model';
import type { Tone } from '../../components/ui';
import type { InCompany } from '../lib/scoped';
import type { ReactNode } from 'react';

export default function HomePage() {
  const { me } = useConsole();
  useDocumentTitle('Overview');
  const today = todayIso();
  const lists = useHomeLists(addDays(today, 7));
  const counts = useHomeCounts(today);
  const shown = (n: number | undefined) => (n === undefined ? '—' : n);

  return (
    <div className="cx-page">
      <PageHeader eyebrow="Overview" title={`${greeting()}, ${firstName(me.displayName)}`} subtitle="What needs you today, across every client." />
      <div className="stack cx-stat-grid gap-16">
        <Stat label="Your open tasks" value={shown(counts.mine)} />
        <Stat label="Overdue tasks" value={shown(counts.overdue)} hint={counts.overdue === undefined ? undefined : counts.overdue ? 'across all clients' : 'none — nice'} />
        <Stat label="Active projects" value={shown(counts.active)} />
        <Stat label="Clients" value={shown(counts.clients)} hint={counts.pipeline === undefined ? undefined : `${counts.pipeline} in the pipeline`} />
      </div>
      <div className="stack top cx-grid-2 gap-20">
        <Panel title="Assigned to you" actions={<Link to="/console/tasks?assignee=me" className="cx-link">All tasks</Link>} flush>
          <Loadable query={lists.mine}>
            {(mine) =>
              mine.length === 0 ? (
                <EmptyState icon={<CheckCircleIcon size={24} />} title="Nothing assigned to you">Tasks assigned to you show up here.</EmptyState>
              ) : (
                <ul className="cx-list">
                  {mine.map((task) => (
                    <TaskRow key={`${task.companyId}/${task.id}`} task={task} sub={<CompanyName id={task.companyId} />} badge={TASK_STATUS[task.status]} />
                  ))}
                </ul>
              )
            }
          </Loadable>
        </Panel>
        <Panel title="Due in the next 7 days" flush>
          <Loadable query={lists.due}>
            {(due) =>
              due.length === 0 ? (
                <EmptyState title="Nothing due this week" />
              ) : (
                <ul className="cx-list">
                  {due.map((task) => (
                    <TaskRow
                      key={`${task.companyId}/${task.id}`}
                      task={task}
                      sub={
                        <>
                          <CompanyName id={task.companyId} /> · {task.assignee?.displayName ?? 'Unassigned'}
                        </>
                      }
                      badge={TASK_PRIORITY[task.priority]}
                    />
                  ))}
                </ul>
              )
            }
          </Loadable>
        </Panel>
      </div>
      <Panel title="Active projects" actions={<Link to="/console/projects" className="cx-link">All projects</Link>} flush>
        <Loadable query={lists.active}>
          {(active) =>
            active.length === 0 ? (
              <EmptyState title="No active projects" />
            ) : (
              <ul className="cx-list">
                {active.map((project) => {
                  return (
                    <li key={`${project.companyId}/${project.id}`}>
                      <Link to={`/console/projects/${project.companyId}/${project.id}`} className="row cx-list-row gap-14">
                        <span className="cx-list-main">
                          <span className="truncate cx-list-title">{project.name}</span>
                          <span className="small muted truncate">
                            <CompanyName id={project.companyId} /> · ends {formatDate(project.endDate)}
                          </span>
                        </span>
                        <CountedProgress companyId={project.companyId} projectId={project.id} />
                        <Badge tone={PROJECT_STATUS[project.status].tone}>{PROJECT_STATUS[project.status].label}</Badge>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            )
          }
        </Loadable>
      </Panel>
    </div>
  );
}

/** A task in the overview's lists: title, where, a badge (status or priority), when it is due. */
function TaskRow({ task, sub, badge }: { task: InCompany<WithId<Task>>; sub: ReactNode; badge: { label: string; tone: Tone } }) {
  return (
    <li>
      <Link to={`/console/tasks/${task.companyId}/${task.id}`} className="row cx-list-row gap-14">
        <span className="cx-list-main">
          <span className="truncate cx-list-title">{task.title}</span>
          <span className="small muted truncate">{sub}</span>
        </span>
        <Badge tone={badge.tone}>{badge.label}</Badge>
        <span className={`cx-due ${daysFromToday(task.dueDate) < 0 ? 'is-overdue' : ''}`} title={formatDate(task.dueDate)}>
          {formatRelativeDay(task.dueDate)}
        </span>
      </Link>
    </li>
  );
}
