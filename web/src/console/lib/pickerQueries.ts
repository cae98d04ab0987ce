/**
 * The queries behind the console's pickers (lib/pickers.ts), on the typed builders of
 * lib/refs.ts and lib/dashboardRefs.ts: every one limited to PICKER_SIZE. No React here, so the
 * rules-tests run exactly these (rules-tests/consolePickerQueries.test.ts).
 */
import type { Firestore } from 'firebase/firestore';
import type { ProjectStatus } from '@model';
import { projectsByNameQuery, projectTasksByTitleQuery, searchIndexInCompanyQuery, searchIndexQuery } from '../../lib/dashboardRefs';
import { companiesQuery, pageQuery, projectsQuery, projectTasksQuery } from '../../lib/refs';

/** Options asked for (and shown) per picker query. */
export const PICKER_SIZE = 10;

/** The projects offered across companies before anything is typed: the ones not completed. */
export const PICKER_OPEN_PROJECTS: readonly ProjectStatus[] = ['planned', 'active', 'on_hold'];

export const pickerQueries = {
  /** the first companies by name */
  companies: (db: Firestore) => pageQuery(companiesQuery(db), null, PICKER_SIZE),
  /** companies with a word starting with `token` (the search index) */
  companiesMatching: (db: Firestore, token: string) => searchIndexQuery(db, 'company', token, PICKER_SIZE),
  /** one company's latest projects (by start date) */
  projectsOf: (db: Firestore, companyId: string) => pageQuery(projectsQuery(db, companyId), null, PICKER_SIZE),
  /** every company's open projects, the first by name (collection group) */
  openProjects: (db: Firestore) => pageQuery(projectsByNameQuery(db, PICKER_OPEN_PROJECTS), null, PICKER_SIZE),
  /** projects (of one company, or of any) with a word starting with `token` (the search index) */
  projectsMatching: (db: Firestore, companyId: string | null, token: string) =>
    companyId ? searchIndexInCompanyQuery(db, 'project', companyId, token, PICKER_SIZE) : searchIndexQuery(db, 'project', token, PICKER_SIZE),
  /** a project's tasks due soonest */
  tasksOf: (db: Firestore, companyId: string, projectId: string) => pageQuery(projectTasksQuery(db, companyId, projectId), null, PICKER_SIZE),
  /** a project's tasks whose title starts with `prefix` */
  tasksTitled: (db: Firestore, companyId: string, projectId: string, prefix: string) => projectTasksByTitleQuery(db, companyId, projectId, prefix, PICKER_SIZE),
};
