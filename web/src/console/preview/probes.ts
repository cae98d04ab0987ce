/**
 * The "View as" checklist, checked for real: each item reads with the preview session (the
 * client's rules) and compares with what staff see. "Refused" means the Firestore rules denied
 * the read, which is the guarantee; an empty UI alone would prove nothing. Sizes are count()s and
 * a refusal is asked with a one-document query (rules judge the query, not its size), so a check
 * costs the same for a company of ten tasks as for one of ten thousand.
 */
import { getDoc, getDocs, limit, query, where, type Firestore, type Query } from 'firebase/firestore';
import { CLIENT_VISIBLE_INVOICE_STATUSES, type ThreadParent } from '@model';
import { errorCode } from '../../lib/errors';
import { countOf } from '../../lib/pages';
import {
  clientInvoicesQuery,
  companiesQuery,
  invoicesQuery,
  notesQuery,
  projectFinanceRef,
  projectsQuery,
  staffRatesQuery,
  tasksQuery,
} from '../../lib/refs';

export type ProbeStatus = 'pass' | 'fail' | 'skip';

export interface ProbeResult {
  id: 'projects' | 'invoices' | 'notes' | 'costs';
  title: string;
  status: ProbeStatus;
  detail: string;
}

async function refused(read: () => Promise<unknown>): Promise<boolean | 'error'> {
  try {
    await read();
    return false;
  } catch (error) {
    return errorCode(error) === 'permission-denied' ? true : 'error';
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const firstOf = <T,>(q: Query<T>) => getDocs(query(q, limit(1)));

export async function runProbes(staffDb: Firestore, previewDb: Firestore, companyId: string, companyName: string): Promise<ProbeResult[]> {
  const issuedInvoices = (db: Firestore) => query(invoicesQuery(db, companyId), where('status', 'in', [...CLIENT_VISIBLE_INVOICE_STATUSES]));
  const [staffProjects, staffInvoices, firstTasks, firstProjects, companies] = await Promise.all([
    countOf(projectsQuery(staffDb, companyId)),
    countOf(issuedInvoices(staffDb)),
    firstOf(tasksQuery(staffDb, companyId)),
    firstOf(projectsQuery(staffDb, companyId)),
    getDocs(query(companiesQuery(staffDb), limit(2))),
  ]);
  const other = companies.docs.find((d) => d.id !== companyId)?.id ?? null;

  const results: ProbeResult[] = [];

  // 1. Only their projects.
  try {
    const seen = await countOf(projectsQuery(previewDb, companyId));
    const otherRefused = other ? await refused(() => firstOf(projectsQuery(previewDb, other))) : true;
    const same = seen === staffProjects;
    results.push({
      id: 'projects',
      title: 'Only their projects',
      status: same && otherRefused === true ? 'pass' : 'fail',
      detail: `Sees ${plural(seen, 'project', 'projects')}, all ${companyName}'s${same ? '' : ` (staff see ${staffProjects})`}. ${
        otherRefused === true ? "Another client's projects: refused." : "Another client's projects were readable!"
      }`,
    });
  } catch (error) {
    results.push({ id: 'projects', title: 'Only their projects', status: 'fail', detail: `Could not read their projects (${errorCode(error) || 'error'}).` });
  }

  // 2. Only their invoices, and only issued ones.
  try {
    const seen = await countOf(clientInvoicesQuery(previewDb, companyId));
    const draftsRefused = await refused(() => firstOf(invoicesQuery(previewDb, companyId)));
    const otherRefused = other ? await refused(() => firstOf(clientInvoicesQuery(previewDb, other))) : true;
    const same = seen === staffInvoices;
    results.push({
      id: 'invoices',
      title: 'Only their invoices',
      status: same && draftsRefused === true && otherRefused === true ? 'pass' : 'fail',
      detail: `Sees ${plural(seen, 'issued invoice', 'issued invoices')}${same ? '' : ` (expected ${staffInvoices})`}. Drafts: ${
        draftsRefused === true ? 'refused' : 'readable!'
      }. Other clients' invoices: ${otherRefused === true ? 'refused' : 'readable!'}.`,
    });
  } catch (error) {
    results.push({ id: 'invoices', title: 'Only their invoices', status: 'fail', detail: `Could not read their invoices (${errorCode(error) || 'error'}).` });
  }

  // 3. No internal Notes.
  const firstTask = firstTasks.docs[0];
  const firstProject = firstProjects.docs[0];
  const parent: ThreadParent | null = firstTask
    ? { kind: 'task', companyId, taskId: firstTask.id }
    : firstProject
      ? { kind: 'project', companyId, projectId: firstProject.id }
      : null;
  if (parent) {
    const notesRefused = await refused(() => firstOf(notesQuery(previewDb, parent)));
    results.push({
      id: 'notes',
      title: 'No internal Notes',
      status: notesRefused === true ? 'pass' : 'fail',
      detail: notesRefused === true ? 'Reading Notes on their tasks: refused by the security rules. Replies only.' : 'Internal Notes were readable!',
    });
  } else {
    results.push({ id: 'notes', title: 'No internal Notes', status: 'skip', detail: 'No projects or tasks yet to check against.' });
  }

  // 4. No cost data: budgets, costs to date, rates.
  const financeRefused = firstProject ? await refused(() => getDoc(projectFinanceRef(previewDb, companyId, firstProject.id))) : true;
  const ratesRefused = await refused(() => firstOf(staffRatesQuery(previewDb)));
  results.push({
    id: 'costs',
    title: 'No team cost data',
    status: financeRefused === true && ratesRefused === true ? 'pass' : 'fail',
    detail:
      financeRefused === true && ratesRefused === true
        ? 'Budgets, costs to date and hourly rates: refused.'
        : `${financeRefused === true ? '' : 'Project budgets were readable! '}${ratesRefused === true ? '' : 'Rates were readable!'}`,
  });

  return results;
}
