/** The console's start page: your open tasks, what is due, the state of the book of work. */
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/useBranding';
import { Badge, EmptyState } from '../../components/ui';
import { daysFromToday, firstName, formatDate, formatRelativeDay, greeting } from '../../lib/format';
import { CheckCircleIcon } from '../components/icons';
import { Loadable, PageHeader, Panel, Stat } from '../components/kit';
import { useAllProjects, useAllTasks, useCompanies, useCompanyNames } from '../lib/queries';
import { useConsole } from '../lib/env';
import { PROJECT_STATUS, TASK_PRIORITY, TASK_STATUS } from '../lib/labels';
import type { Task, WithId } from '@model';
import type { Tone } from '../../components/ui';
import type { InCompany } from '../lib/scoped';

export default function HomePage() {
  const { me } = useConsole();
  useDocumentTitle('Overview');
  const tasks = useAllTasks();
  const projects = useAllProjects();
  const companies = useCompanies();
  const names = useCompanyNames();

  const open = (tasks.data ?? []).filter((t) => t.status !== 'done');
  const mine = open.filter((t) => t.assignee?.uid === me.uid).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const overdue = open.filter((t) => daysFromToday(t.dueDate) < 0);
  const dueSoon = open.filter((t) => daysFromToday(t.dueDate) >= 0 && daysFromToday(t.dueDate) <= 7).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const active = (projects.data ?? []).filter((p) => p.status === 'active');
  const clients = (companies.data ?? []).filter((c) => c.status === 'client');
  const pipeline = (companies.data ?? []).filter((c) => c.status === 'lead' || c.status === 'prospect');

  return (
    <div className="cx-page">
      <PageHeader eyebrow="Overview" title={`${greeting()}, ${firstName(me.displayName)}`} subtitle="What needs you today, across every client." />
      <div className="cx-stats">
        <Stat label="Your open tasks" value={tasks.data ? mine.length : '—'} />
        <Stat label="Overdue tasks" value={tasks.data ? overdue.length : '—'} hint={overdue.length ? 'across all clients' : 'none — nice'} />
        <Stat label="Active projects" value={projects.data ? active.length : '—'} />
        <Stat label="Clients" value={companies.data ? clients.length : '—'} hint={companies.data ? `${pipeline.length} in the pipeline` : undefined} />
      </div>
      <div className="cx-grid-2">
        <Panel title="Assigned to you" actions={<Link to="/console/tasks?assignee=me" className="cx-link">All tasks</Link>} flush>
          <Loadable query={tasks}>
            {() =>
              mine.length === 0 ? (
                <EmptyState icon={<CheckCircleIcon size={24} />} title="Nothing assigned to you">Tasks assigned to you show up here.</EmptyState>
              ) : (
                <ul className="cx-list">
                  {mine.slice(0, 8).map((task) => (
                    <TaskRow key={`${task.companyId}/${task.id}`} task={task} sub={names.get(task.companyId) ?? task.companyId} badge={TASK_STATUS[task.status]} />
                  ))}
                </ul>
              )
            }
          </Loadable>
        </Panel>
        <Panel title="Due in the next 7 days" flush>
          <Loadable query={tasks}>
            {() =>
              dueSoon.length === 0 && overdue.length === 0 ? (
                <EmptyState title="Nothing due this week" />
              ) : (
                <ul className="cx-list">
                  {[...overdue, ...dueSoon].slice(0, 8).map((task) => (
                    <TaskRow
                      key={`${task.companyId}/${task.id}`}
                      task={task}
                      sub={`${names.get(task.companyId) ?? task.companyId} · ${task.assignee?.displayName ?? 'Unassigned'}`}
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
        <Loadable query={projects}>
          {() =>
            active.length === 0 ? (
              <EmptyState title="No active projects" />
            ) : (
              <ul className="cx-list">
                {active.map((project) => {
                  const projectTasks = (tasks.data ?? []).filter((t) => t.companyId === project.companyId && t.projectId === project.id);
                  const done = projectTasks.filter((t) => t.status === 'done').length;
                  const pct = projectTasks.length ? Math.round((done / projectTasks.length) * 100) : 0;
                  return (
                    <li key={`${project.companyId}/${project.id}`}>
                      <Link to={`/console/projects/${project.companyId}/${project.id}`} className="cx-list-row">
                        <span className="cx-list-main">
                          <span className="cx-list-title">{project.name}</span>
                          <span className="cx-list-sub">{names.get(project.companyId) ?? project.companyId} · ends {formatDate(project.endDate)}</span>
                        </span>
                        <span className="cx-progress" title={`${done} of ${projectTasks.length} tasks done`}>
                          <span className="cx-progress-bar">
                            <span style={{ width: `${pct}%` }} />
                          </span>
                          <span className="cx-progress-text">
                            {done}/{projectTasks.length}
                          </span>
                        </span>
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
function TaskRow({ task, sub, badge }: { task: InCompany<WithId<Task>>; sub: string; badge: { label: string; tone: Tone } }) {
  return (
    <li>
      <Link to={`/console/tasks/${task.companyId}/${task.id}`} className="cx-list-row">
        <span className="cx-list-main">
          <span className="cx-list-title">{task.title}</span>
          <span className="cx-list-sub">{sub}</span>
        </span>
        <Badge tone={badge.tone}>{badge.label}</Badge>
        <span className={`cx-due ${daysFromToday(task.dueDate) < 0 ? 'is-overdue' : ''}`} title={formatDate(task.dueDate)}>
          {formatRelativeDay(task.dueDate)}
        </span>
      </Link>
    </li>
  );
}
