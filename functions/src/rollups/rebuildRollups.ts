/**
 * rebuildRollups (callable, admin): computes every rollup from scratch — for existing data, or
 * after a change in how rollups are computed — and replaces what is stored. It uses the same
 * contribution functions as the triggers, so a rebuild equals what the triggers keep
 * incrementally. Run it when nobody is logging time: a source written during the rebuild is
 * reconciled by its trigger against the record the rebuild wrote.
 */
import { Timestamp, type CollectionReference, type Firestore, type Query } from 'firebase-admin/firestore';
import { onCall } from 'firebase-functions/v2/https';
import { paths, type RebuildRollupsResult, type StaffRate } from '../model';
import { requireActiveAdmin, type CallRequest } from '../shared/callable';
import { pagesOf } from '../shared/pages';
import { runtimeDeps, type Deps } from '../shared/deps';
import { accumulate, type Contribution, type SourceKind } from './contributions';
import { contributionOf, fullDocument, sourceRecordId, type SourceRecord } from './store';
import { checkedBulkWriter, type WriterFactory } from '../shared/bulk';


async function deleteAll(db: Firestore, collection: CollectionReference, writerFor: WriterFactory): Promise<number> {
  const writer = writerFor(db);
  let deleted = 0;
  for await (const docs of pagesOf(collection)) {
    for (const doc of docs) writer.delete(doc.ref);
    deleted += docs.length;
  }
  await writer.close();
  return deleted;
}

/** `writer`: how the rebuild writes (BulkWriter unless told otherwise; see shared/bulk.ts). */
export async function rebuildAllRollups(deps: Pick<Deps, 'db' | 'now'> & { writer?: WriterFactory }): Promise<RebuildRollupsResult> {
  const { db } = deps;
  const writerFor = deps.writer ?? checkedBulkWriter;
  const rates: Record<string, StaffRate | undefined> = {};
  for (const doc of (await db.collection(paths.staffRates()).get()).docs) rates[doc.id] = doc.data() as StaffRate;

  const total: Contribution = { bases: {}, increments: {} };
  const records: SourceRecord[] = [];
  const now = Timestamp.fromDate(deps.now());
  const sources: [SourceKind, Query][] = [
    ['timeEntry', db.collection(paths.timeEntries())],
    ['expense', db.collection(paths.expenses())],
    ['invoice', db.collectionGroup('invoices')],
    ['payment', db.collectionGroup('payments')],
    ['task', db.collectionGroup('tasks')],
  ];
  for (const [kind, query] of sources) {
    for await (const docs of pagesOf(query)) {
      for (const doc of docs) {
        const contribution = contributionOf(kind, doc.ref.path, doc.data(), rates);
        if (Object.keys(contribution.increments).length === 0) continue;
        accumulate(total, contribution);
        records.push({ kind, path: doc.ref.path, contribution, updatedAt: now });
      }
    }
  }

  await deleteAll(db, db.collection(paths.rollups()), writerFor);
  await deleteAll(db, db.collection(paths.rollupSources()), writerFor);
  const writer = writerFor(db);
  for (const [id, fields] of Object.entries(total.increments)) {
    writer.set(db.doc(`${paths.rollups()}/${id}`), fullDocument(total.bases[id]!, fields, now));
  }
  for (const record of records) writer.set(db.doc(`${paths.rollupSources()}/${sourceRecordId(record.path)}`), record);
  await writer.close();
  return { sources: records.length, rollups: Object.keys(total.increments).length };
}

export async function rebuildRollupsHandler(request: CallRequest, deps: Deps): Promise<RebuildRollupsResult> {
  await requireActiveAdmin(request, deps.auth, 'rebuild the dashboards’ totals');
  return rebuildAllRollups(deps);
}

export const rebuildRollups = onCall({ timeoutSeconds: 540, memory: '1GiB' }, (request) => rebuildRollupsHandler(request, runtimeDeps()));
