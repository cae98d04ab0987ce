/**
 * Keeping `searchIndex/` in step with companies, projects and tasks. An entry is derived from
 * the document as it is now (read, not taken from the event), so redelivered and late events
 * write the same entry again; a company's rename is carried to its projects' and tasks' entries.
 */
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { paths, searchEntryId, searchTokens, type Company, type Project, type SearchEntry, type SearchKind, type Task } from '../model';

export interface IndexedDoc {
  kind: SearchKind;
  companyId: string;
  docId: string;
}

function entryFor(target: IndexedDoc, title: string, companyName: string, now: Timestamp): SearchEntry {
  const subtitle = target.kind === 'company' ? '' : companyName;
  return { kind: target.kind, companyId: target.companyId, docId: target.docId, title, subtitle, tokens: searchTokens(title, subtitle), updatedAt: now };
}

function sourcePath(target: IndexedDoc): string {
  if (target.kind === 'company') return paths.company(target.companyId);
  return target.kind === 'project' ? paths.project(target.companyId, target.docId) : paths.task(target.companyId, target.docId);
}

function titleOf(kind: SearchKind, data: unknown): string | null {
  if (!data || typeof data !== 'object') return null;
  const value = kind === 'task' ? (data as Partial<Task>).title : (data as Partial<Company | Project>).name;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Writes (or removes) the entry of one company, project or task. */
export async function indexDocument(db: Firestore, target: IndexedDoc, now: Date): Promise<'written' | 'removed'> {
  const entryRef = db.doc(`${paths.searchIndex()}/${searchEntryId(target.kind, target.companyId, target.docId)}`);
  const [source, company] = await Promise.all([
    db.doc(sourcePath(target)).get(),
    target.kind === 'company' ? Promise.resolve(null) : db.doc(paths.company(target.companyId)).get(),
  ]);
  const title = titleOf(target.kind, source.data());
  if (!title) {
    await entryRef.delete();
    return 'removed';
  }
  const companyName = titleOf('company', company?.data()) ?? '';
  // Only a rename reads the company's other entries; its entry is written after them, so a
  // carry cut short is carried again when the event is redelivered.
  if (target.kind === 'company' && (await entryRef.get()).get('title') !== title) await carryCompanyName(db, target.companyId, title, now);
  await entryRef.set(entryFor(target, title, companyName, Timestamp.fromDate(now)));
  return 'written';
}

/** A renamed company: its projects' and tasks' entries show (and match) the new name. */
async function carryCompanyName(db: Firestore, companyId: string, name: string, now: Date): Promise<void> {
  const stale = await db.collection(paths.searchIndex()).where('companyId', '==', companyId).where('kind', 'in', ['project', 'task']).get();
  const writer = db.bulkWriter();
  for (const doc of stale.docs) {
    const entry = doc.data() as SearchEntry;
    if (entry.subtitle === name) continue;
    void writer.set(doc.ref, entryFor(entry, entry.title, name, Timestamp.fromDate(now)));
  }
  await writer.close();
}
