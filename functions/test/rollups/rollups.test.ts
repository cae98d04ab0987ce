/**
 * Rollups: exact totals under concurrent writes, redelivered events counted once, edits and
 * deletes taken back, and a rebuild from scratch equal to what the triggers kept. Each test uses
 * its own company, project, person and month, so the deployed triggers (which run too) and other
 * files never touch its figures.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/admin';
import { rebuildAllRollups, rebuildRollupsHandler } from '../../src/rollups/rebuildRollups';
import { nest, reconcileSource } from '../../src/rollups/store';
import { batchedWriter } from '../../src/shared/bulk';
import { paths, rollupIds, type Expense, type Invoice, type Payment, type StaffRate, type Task, type TaskStatus, type TimeEntry } from '../../src/model';
import { eventually } from '../support/emulators';
import { admin, deps, refusal, staff, uid } from '../support/world';

const now = () => new Date();
const rollup = async (id: string) => (await db.doc(`${paths.rollups()}/${id}`).get()).data();
const withoutStamp = (data: Record<string, unknown> | undefined) => {
  if (!data) return data;
  const { updatedAt: _stamp, ...rest } = data;
  return rest;
};

async function person(rate?: Partial<StaffRate>): Promise<string> {
  const id = uid('u');
  if (rate) await db.doc(`${paths.staffRates()}/${id}`).set({ hourlyRate: 12000, costRate: 6000, currency: 'USD', ...rate });
  return id;
}

function entry(fields: Partial<TimeEntry> & Pick<TimeEntry, 'uid' | 'companyId' | 'projectId'>): TimeEntry {
  return { taskId: null, date: '2039-07-08', minutes: 60, billable: true, note: '', ...fields };
}

async function writeEntry(data: TimeEntry, id = uid('te')): Promise<string> {
  const path = `${paths.timeEntries()}/${id}`;
  await db.doc(path).set(data);
  return path;
}

function task(projectId: string, status: TaskStatus): Task {
  const at = Timestamp.fromDate(new Date('2039-07-01T09:00:00Z'));
  return { projectId, title: 'Rollup task', description: '', status, priority: 'medium', assignee: null, dueDate: '2039-07-20', deliverables: [], createdAt: at, updatedAt: at };
}

describe('rollups', () => {
  it('keeps exact totals when 20 time entries for one project are written and reconciled at once', async () => {
    const companyId = uid('co');
    const projectId = uid('pr');
    const sam = await person({ costRate: 6000, hourlyRate: 15000 });
    const entries = Array.from({ length: 20 }, (_, i) => entry({ uid: sam, companyId, projectId, minutes: 15 + i, billable: i % 2 === 0 }));
    const pathsWritten = await Promise.all(entries.map((e) => writeEntry(e)));
    await Promise.all(pathsWritten.map((path) => reconcileSource(db, { kind: 'timeEntry', path }, now)));

    const minutes = entries.reduce((n, e) => n + e.minutes, 0);
    const billable = entries.filter((e) => e.billable).reduce((n, e) => n + e.minutes, 0);
    const labour = entries.reduce((n, e) => n + Math.round((e.minutes * 6000) / 60), 0);
    await eventually(async () => ((await rollup(rollupIds.project(companyId, projectId)))?.minutes === minutes ? true : undefined), 'the project rollup');
    expect(await rollup(rollupIds.project(companyId, projectId))).toMatchObject({
      kind: 'project',
      companyId,
      projectId,
      minutes,
      billableMinutes: billable,
      unpricedMinutes: 0,
      labourCost: { USD: labour },
    });
    expect(await rollup(rollupIds.week(sam, '2039-07-04'))).toMatchObject({ kind: 'week', uid: sam, weekStart: '2039-07-04', minutes, billableMinutes: billable, days: { '2039-07-08': minutes } });
  });

  it('counts nowhere a time entry whose ids the rules refuse, and nests any other id as a key', async () => {
    const companyId = uid('co');
    const projectId = uid('pr');
    const kim = await person({ costRate: 6000 });
    const date = '2041-03-06'; // a month of its own: the rebuild test compares every month
    // Written past the rules (as data from before them was): each id would be read as a field path.
    for (const hostile of ['__proto__', 'a.b', 'a~b']) {
      const path = await writeEntry(entry({ uid: kim, companyId: hostile, projectId, date }));
      expect(await reconcileSource(db, { kind: 'timeEntry', path }, now)).toBe('unchanged');
    }
    expect(Object.prototype).not.toHaveProperty('minutes');

    // Ids the rules accept that name an object's own members stay keys of the document.
    const cells = nest({ 'cells.u.__proto__.minutes': 5, 'cells.u.constructor.minutes': 7 }, (n) => n).cells.u as Record<string, unknown>;
    expect(Object.keys(cells).sort()).toEqual(['__proto__', 'constructor']);
    expect(cells.constructor).toEqual({ minutes: 7 });
    expect(Object.prototype).not.toHaveProperty('minutes');
    expect(Object).not.toHaveProperty('minutes');

    // A valid entry after them counts as numbers (a polluted prototype once made strings of them).
    const path = await writeEntry(entry({ uid: kim, companyId, projectId, minutes: 45, date }));
    await reconcileSource(db, { kind: 'timeEntry', path }, now);
    expect(await rollup(rollupIds.project(companyId, projectId))).toMatchObject({ minutes: 45, labourCost: { USD: 4500 } });
    expect(await rollup(rollupIds.week(kim, '2041-03-04'))).toMatchObject({ minutes: 45, days: { [date]: 45 } });
  });

  it('counts a redelivered event once, and takes back an edit and a delete', async () => {
    const companyId = uid('co');
    const projectId = uid('pr');
    const lee = await person();
    const path = await writeEntry(entry({ uid: lee, companyId, projectId, minutes: 90 }));
    await reconcileSource(db, { kind: 'timeEntry', path }, now);
    expect(await reconcileSource(db, { kind: 'timeEntry', path }, now)).toBe('unchanged');
    expect(await rollup(rollupIds.project(companyId, projectId))).toMatchObject({ minutes: 90, unpricedMinutes: 90 });

    await db.doc(path).update({ minutes: 30, billable: false });
    await reconcileSource(db, { kind: 'timeEntry', path }, now);
    await reconcileSource(db, { kind: 'timeEntry', path }, now);
    expect(await rollup(rollupIds.project(companyId, projectId))).toMatchObject({ minutes: 30, billableMinutes: 0, unpricedMinutes: 30 });

    await db.doc(path).delete();
    await reconcileSource(db, { kind: 'timeEntry', path }, now);
    expect(await rollup(rollupIds.project(companyId, projectId))).toMatchObject({ minutes: 0, billableMinutes: 0, unpricedMinutes: 0 });
  });

  it("keeps a project's task counts exact (parallel writes, redelivery, done, moved, deleted)", async () => {
    const companyId = uid('co');
    const projectId = uid('pr');
    const other = uid('pr');
    const statuses: TaskStatus[] = ['todo', 'done', 'in_progress', 'done', 'in_review', 'done', 'todo', 'todo', 'done', 'todo', 'done', 'todo'];
    const taskPaths = statuses.map(() => paths.task(companyId, uid('t')));
    await Promise.all(taskPaths.map((path, i) => db.doc(path).set(task(projectId, statuses[i]!))));
    // reconciled here at once, while the deployed trigger reconciles the same tasks too
    await Promise.all(taskPaths.map((path) => reconcileSource(db, { kind: 'task', path }, now)));
    expect(await rollup(rollupIds.project(companyId, projectId))).toMatchObject({ kind: 'project', companyId, projectId, tasks: 12, doneTasks: 5, minutes: 0 });
    expect(await reconcileSource(db, { kind: 'task', path: taskPaths[0]! }, now)).toBe('unchanged');

    await db.doc(taskPaths[0]!).update({ status: 'done' });
    await db.doc(taskPaths[1]!).update({ projectId: other });
    await db.doc(taskPaths[2]!).delete();
    for (const path of taskPaths.slice(0, 3)) await reconcileSource(db, { kind: 'task', path }, now);
    expect(await rollup(rollupIds.project(companyId, projectId))).toMatchObject({ tasks: 10, doneTasks: 5 });
    expect(await rollup(rollupIds.project(companyId, other))).toMatchObject({ tasks: 1, doneTasks: 1 });
  });

  it('runs as deployed triggers: a time entry, an expense, a task, an issued invoice and a payment reach the rollups', async () => {
    const companyId = uid('co');
    const projectId = uid('pr');
    const ana = await person({ costRate: 3000, hourlyRate: 9000, currency: 'EUR' });
    await writeEntry(entry({ uid: ana, companyId, projectId, minutes: 120, date: '2039-08-03' }));
    const expense: Expense = { companyId, projectId, amount: 4500, currency: 'EUR', category: 'software', date: '2039-08-04', createdBy: ana, description: '' };
    await db.doc(`${paths.expenses()}/${uid('ex')}`).set(expense);
    await db.doc(paths.task(companyId, uid('t'))).set(task(projectId, 'done'));

    await eventually(async () => {
      const r = await rollup(rollupIds.project(companyId, projectId));
      return r?.minutes === 120 && (r.expenses as Record<string, number> | undefined)?.EUR === 4500 && r.doneTasks === 1 ? r : undefined;
      // Each trigger is its own worker in the Functions emulator: the first event of one waits for it to start.
    }, 'the project rollup from the triggers', 120_000);
    expect(await rollup(rollupIds.project(companyId, projectId))).toMatchObject({ labourCost: { EUR: 6000 }, expenses: { EUR: 4500 }, tasks: 1, doneTasks: 1 });
  }, 150_000);

  it('rebuilds from scratch to exactly what the triggers keep incrementally', async () => {
    const companyId = uid('co');
    const projectId = uid('pr');
    const kim = await person({ costRate: 5000, hourlyRate: 11000 });
    const newcomer = await person();
    const sources: { kind: 'timeEntry' | 'expense' | 'invoice' | 'payment' | 'task'; path: string }[] = [];
    for (const [i, who] of [kim, kim, newcomer].entries()) {
      sources.push({ kind: 'timeEntry', path: await writeEntry(entry({ uid: who, companyId, projectId, minutes: 45 * (i + 1), date: `2039-09-0${i + 1}` })) });
    }
    const taskPath = paths.task(companyId, uid('t'));
    await db.doc(taskPath).set(task(projectId, 'done'));
    sources.push({ kind: 'task', path: taskPath });
    const expensePath = `${paths.expenses()}/${uid('ex')}`;
    await db.doc(expensePath).set({ companyId, projectId, amount: 1999, currency: 'USD', category: 'travel', date: '2039-09-02', createdBy: kim, description: '' } satisfies Expense);
    sources.push({ kind: 'expense', path: expensePath });
    const invoicePath = paths.invoice(companyId, uid('inv'));
    const invoice: Invoice = { number: 'INV-9', status: 'pending', issueDate: '2039-09-05', dueDate: '2039-10-05', currency: 'USD', lineItems: [], subtotal: 50000, tax: 0, total: 50000, amountPaid: 0, paidAt: null };
    await db.doc(invoicePath).set(invoice);
    sources.push({ kind: 'invoice', path: invoicePath });
    const paymentPath = `${paths.payments(companyId)}/${uid('pay')}`;
    const payment: Payment = { invoiceId: 'x', amount: 20000, currency: 'USD', provider: 'stripe', stripeSessionId: 'cs_1', paidAt: Timestamp.fromDate(new Date('2039-09-20T12:00:00Z')) };
    await db.doc(paymentPath).set(payment);
    sources.push({ kind: 'payment', path: paymentPath });
    for (const source of sources) await reconcileSource(db, source, now);

    const ids = [rollupIds.project(companyId, projectId), rollupIds.week(kim, '2039-08-29'), rollupIds.month('2039-09'), rollupIds.team('2039-08-29'), rollupIds.client(companyId), rollupIds.billables('2039-09')];
    // let the deployed triggers finish (they reconcile the same sources: no change)
    await new Promise((r) => setTimeout(r, 1500));
    const incremental = await Promise.all(ids.map(async (id) => withoutStamp(await rollup(id))));
    expect(incremental[0]).toMatchObject({ minutes: 270, unpricedMinutes: 135, labourCost: { USD: 3750 + 7500 }, expenses: { USD: 1999 }, tasks: 1, doneTasks: 1 });
    expect(incremental[2]).toMatchObject({ invoiced: { USD: 50000 }, outstanding: { USD: 50000 }, received: { USD: 20000 }, billableValue: { USD: 8250 + 16500 } });
    // a person's week: minutes in all and by day
    expect(incremental[1]).toEqual({ kind: 'week', uid: kim, weekStart: '2039-08-29', minutes: 135, billableMinutes: 135, days: { '2039-09-01': 45, '2039-09-02': 90 } });
    // one document for the team's week: everyone's minutes by person and by day
    expect(incremental[3]).toMatchObject({ kind: 'team', weekStart: '2039-08-29', minutes: { [kim]: 45 + 90, [newcomer]: 135 }, days: { '2039-09-01': 45, '2039-09-02': 90, '2039-09-03': 135 } });
    expect(incremental[4]).toMatchObject({ kind: 'client', companyId, invoices: 1, invoiced: { USD: 50000 }, outstanding: { USD: 50000 } });
    // the month's billables by person and client, valued at hourly rates (unrated time counted apart)
    expect(incremental[5]).toMatchObject({
      kind: 'billables',
      month: '2039-09',
      cells: {
        [kim]: { [companyId]: { minutes: 135, billableMinutes: 135, value: { USD: 8250 + 16500 } } },
        [newcomer]: { [companyId]: { minutes: 135, billableMinutes: 135, unratedMinutes: 135 } },
      },
    });

    const result = await rebuildAllRollups({ db, now });
    expect(result.sources).toBeGreaterThanOrEqual(sources.length);

    const rebuilt = await Promise.all(ids.map(async (id) => withoutStamp(await rollup(id))));
    expect(rebuilt).toEqual(incremental);
    // the benchmark's way of writing (sequential batches) rebuilds the same figures
    await rebuildAllRollups({ db, now, writer: (store) => batchedWriter(store, 7) });
    expect(await Promise.all(ids.map(async (id) => withoutStamp(await rollup(id))))).toEqual(incremental);
    // and the incremental path continues from the rebuilt state
    await db.doc(invoicePath).update({ status: 'void' });
    await reconcileSource(db, { kind: 'invoice', path: invoicePath }, now);
    expect((await rollup(rollupIds.month('2039-09')))?.invoiced).toEqual({ USD: 0 });
    expect(await rollup(rollupIds.client(companyId))).toMatchObject({ invoices: 0, invoiced: { USD: 0 }, outstanding: { USD: 0 } });
  });

  it("follows what a client still owes as payments are recorded on its invoices (client and month rollups)", async () => {
    const companyId = uid('co');
    const invoicePath = paths.invoice(companyId, uid('inv'));
    const invoice: Invoice = { number: 'INV-7', status: 'pending', issueDate: '2039-11-05', dueDate: '2039-12-05', currency: 'EUR', lineItems: [], subtotal: 30000, tax: 0, total: 30000, amountPaid: 0, paidAt: null };
    await db.doc(invoicePath).set(invoice);
    await reconcileSource(db, { kind: 'invoice', path: invoicePath }, now);
    expect(await rollup(rollupIds.client(companyId))).toMatchObject({ invoices: 1, invoiced: { EUR: 30000 }, outstanding: { EUR: 30000 } });

    await db.doc(invoicePath).update({ amountPaid: 12000 });
    await reconcileSource(db, { kind: 'invoice', path: invoicePath }, now);
    expect(await rollup(rollupIds.client(companyId))).toMatchObject({ invoices: 1, invoiced: { EUR: 30000 }, paid: { EUR: 12000 }, outstanding: { EUR: 18000 } });

    await db.doc(invoicePath).update({ amountPaid: 30000, status: 'paid' });
    await reconcileSource(db, { kind: 'invoice', path: invoicePath }, now);
    expect(await rollup(rollupIds.client(companyId))).toMatchObject({ invoices: 1, paid: { EUR: 30000 }, outstanding: { EUR: 0 } });
  });

  it('rebuildRollups is for admins only', async () => {
    const sam = await staff();
    expect((await refusal(rebuildRollupsHandler(sam.request({}), deps()))).code).toBe('permission-denied');
    const ada = await admin();
    await expect(rebuildRollupsHandler(ada.request({}), deps())).resolves.toMatchObject({ sources: expect.any(Number) });
  });
});
