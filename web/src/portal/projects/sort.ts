/** Project ordering for the list: active first, then planned, on hold, completed (sort.test.ts). */
import type { Project, ProjectStatus } from '@model';

const ORDER: Record<ProjectStatus, number> = { active: 0, planned: 1, on_hold: 2, completed: 3 };

export function sortProjects<T extends Pick<Project, 'status' | 'startDate' | 'name'>>(projects: readonly T[]): T[] {
  return [...projects].sort(
    (a, b) => ORDER[a.status] - ORDER[b.status] || (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0) || a.name.localeCompare(b.name),
  );
}
