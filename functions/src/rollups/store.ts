/**
 * Applying contributions to the rollup documents. A trigger reconciles one source document in a
 * transaction: it reads the source as it is now and the contribution it last made
 * (`rollupSources/{id}`), and applies only the difference with atomic increments. So a
 * redelivered or late event changes nothing, concurrent writes to the same rollup never lose an
 * update (increments need no read of the rollup), and the totals always equal the sum of the
 * sources' current contributions — which is what rebuildRollups computes from scratch.
 */
import { FieldValue, Timestamp, type DocumentData, type Firestore } from 'firebase-admin/firestore';
import { paths, type Expense, type Invoice, type Payment, type StaffRate, type Task, type TimeEntry } from '../model';
import {
  EMPTY,
  difference,
  expenseContribution,
  invoiceContribution,
  paymentContribution,
  taskContribution,
  timeEntryContribution,
  type Contribution,
  type Increments,
  type RollupBase,
  type SourceKind,
  type SourceRef,
} from './contributions';
import { runTransaction } from '../shared/transaction';

const SCALARS: Record<RollupBase['kind'], string[]> = {
  project: ['minutes', 'billableMinutes', 'unpricedMinutes', 'tasks', 'doneTasks'],
  week: ['minutes', 'billableMinutes'],
  team: [],
  billables: [],
  month: ['minutes', 'billableMinutes'],
  client: ['invoices'],
};

/** The record of what a source contributed, one per source document. */
export interface SourceRecord {
  kind: SourceKind;
  path: string;
  contribution: Contribution;
  updatedAt: Timestamp;
}

export const sourceRecordId = (path: string) => path.replace(/\//g, '~');

/** `{ 'labourCost.USD': 5 }` → `{ labourCost: { USD: value(5) } }` (for set with merge). */
/** `{ 'a.b.c': 1 }` → `{ a: { b: { c: value(1) } } }` (a merge-set then touches only those leaves). */
export function nest(fields: Increments, value: (amount: number) => unknown): DocumentData {
  // Objects without a prototype: a key such as '__proto__' is then a key, never the prototype.
  const out: DocumentData = Object.create(null) as DocumentData;
  for (const [path, amount] of Object.entries(fields)) {
    const keys = path.split('.');
    const leaf = keys.pop()!;
    let node = out;
    for (const key of keys) node = (node[key] ??= Object.create(null)) as DocumentData;
    node[leaf] = value(amount);
  }
  return out;
}

/** A merge-write adding `fields` to a rollup (its scalar totals start at 0). */
export function incrementWrite(base: RollupBase, fields: Increments, now: Timestamp): DocumentData {
  const zeros = Object.fromEntries(SCALARS[base.kind].map((f) => [f, FieldValue.increment(0)]));
  return { ...zeros, ...base, ...nest(fields, (n) => FieldValue.increment(n)), updatedAt: now };
}

/** A whole rollup document with these totals (the rebuild writes these). */
export function fullDocument(base: RollupBase, fields: Increments, now: Timestamp): DocumentData {
  const zeros = Object.fromEntries(SCALARS[base.kind].map((f) => [f, 0]));
  return { ...zeros, ...base, ...nest(fields, (n) => n), updatedAt: now };
}

/** The company of a document under `companies/{companyId}/…`. */
const companyOfPath = (path: string) => path.split('/')[1] ?? '';

export function contributionOf(kind: SourceKind, path: string, data: DocumentData | undefined, rates: Record<string, StaffRate | undefined>): Contribution {
  switch (kind) {
    case 'timeEntry':
      return timeEntryContribution(data as TimeEntry | undefined, rates);
    case 'expense':
      return expenseContribution(data as Expense | undefined);
    case 'invoice':
      return invoiceContribution(data ? { ...(data as Invoice), companyId: companyOfPath(path) } : undefined);
    case 'payment':
      return paymentContribution(data as Payment | undefined);
    case 'task':
      return taskContribution(data ? { ...(data as Task), companyId: companyOfPath(path) } : undefined);
  }
}

const isEmpty = (c: Contribution) => Object.keys(c.increments).length === 0;

/** Brings the rollups in line with one source document as it is now. */
export async function reconcileSource(db: Firestore, source: SourceRef, now: () => Date): Promise<'changed' | 'unchanged'> {
  const sourceRef = db.doc(source.path);
  const recordRef = db.doc(`${paths.rollupSources()}/${sourceRecordId(source.path)}`);
  return runTransaction(db, async (tx) => {
    const [sourceSnap, recordSnap] = await Promise.all([tx.get(sourceRef), tx.get(recordRef)]);
    const data = sourceSnap.data();
    const rates: Record<string, StaffRate | undefined> = {};
    const uid = source.kind === 'timeEntry' ? (data as Partial<TimeEntry> | undefined)?.uid : undefined;
    if (typeof uid === 'string' && uid) {
      rates[uid] = (await tx.get(db.doc(`${paths.staffRates()}/${uid}`))).data() as StaffRate | undefined;
    }
    const next = contributionOf(source.kind, source.path, data, rates);
    const previous = (recordSnap.data() as SourceRecord | undefined)?.contribution ?? EMPTY;
    const delta = difference(next, previous);
    if (isEmpty(delta)) return 'unchanged';
    const stamp = Timestamp.fromDate(now());
    for (const [id, fields] of Object.entries(delta.increments)) {
      tx.set(db.doc(`${paths.rollups()}/${id}`), incrementWrite(delta.bases[id]!, fields, stamp), { merge: true });
    }
    if (isEmpty(next)) tx.delete(recordRef);
    else tx.set(recordRef, { kind: source.kind, path: source.path, contribution: next, updatedAt: stamp } satisfies SourceRecord);
    return 'changed';
  });
}
