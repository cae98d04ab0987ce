/**
 * rebuildSearchIndex (callable, admin): writes the search entry of every company, project and
 * task that exists (for data from before the index, or after a change in tokenizing) and removes
 * entries whose document is gone.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { onCall } from 'firebase-functions/v2/https';
import { paths, searchEntryId, searchTokens, type Company, type Project, type SearchEntry, type Task } from '../model';
import { requireActiveAdmin, type CallRequest } from '../shared/callable';
import { pagesOf } from '../shared/pages';
import { runtimeDeps, type Deps } from '../shared/deps';
import { checkedBulkWriter, type WriterFactory } from '../shared/bulk';


export interface RebuildSearchIndexResult {
  entries: number;
  removed: number;
}

/** `writer`: how the rebuild writes (BulkWriter unless told otherwise; see shared/bulk.ts). */
export async function rebuildAllSearchEntries(deps: Pick<Deps, 'db' | 'now'> & { writer?: WriterFactory }): Promise<RebuildSearchIndexResult> {
  const { db } = deps;
  const now = Timestamp.fromDate(deps.now());
  const companyNames = new Map<string, string>();
  const wanted = new Map<string, SearchEntry>();
  for await (const docs of pagesOf(db.collection(paths.companies()))) {
    for (const doc of docs) {
      const name = (doc.data() as Partial<Company>).name?.trim() ?? '';
      companyNames.set(doc.id, name);
      if (name) wanted.set(searchEntryId('company', doc.id, doc.id), { kind: 'company', companyId: doc.id, docId: doc.id, title: name, subtitle: '', tokens: searchTokens(name), updatedAt: now });
    }
  }
  for (const [kind, group] of [['project', 'projects'], ['task', 'tasks']] as const) {
    for await (const docs of pagesOf(db.collectionGroup(group))) {
      for (const doc of docs) {
        const companyId = doc.ref.parent.parent?.id;
        const data = doc.data() as Partial<Pick<Project, 'name'> & Pick<Task, 'title'>>;
        const title = (kind === 'task' ? data.title : data.name)?.trim();
        if (!companyId || !title) continue;
        const subtitle = companyNames.get(companyId) ?? '';
        wanted.set(searchEntryId(kind, companyId, doc.id), { kind, companyId, docId: doc.id, title, subtitle, tokens: searchTokens(title, subtitle), updatedAt: now });
      }
    }
  }
  const writer = (deps.writer ?? checkedBulkWriter)(db);
  let removed = 0;
  for await (const docs of pagesOf(db.collection(paths.searchIndex()))) {
    for (const doc of docs) {
      if (!wanted.has(doc.id)) {
        writer.delete(doc.ref);
        removed += 1;
      }
    }
  }
  for (const [id, entry] of wanted) writer.set(db.doc(`${paths.searchIndex()}/${id}`), entry);
  await writer.close();
  return { entries: wanted.size, removed };
}

export async function rebuildSearchIndexHandler(request: CallRequest, deps: Deps): Promise<RebuildSearchIndexResult> {
  await requireActiveAdmin(request, deps.auth, 'rebuild the search index');
  return rebuildAllSearchEntries(deps);
}

export const rebuildSearchIndex = onCall({ timeoutSeconds: 540, memory: '1GiB' }, (request) => rebuildSearchIndexHandler(request, runtimeDeps()));
