/**
 * A thread's Replies and Notes, deleted a batch at a time before the task or project they hang
 * under: Firestore keeps a deleted document's subcollections, and one batch holds 500 writes.
 * (A task's approvals stay: they are the client's record, and the rules let nobody delete them.)
 */
import { collection, getDocs, limit, query, writeBatch, type Firestore } from 'firebase/firestore';
import { notesPath, repliesPath, type ThreadParent } from '@model';

export async function deleteThread(db: Firestore, parent: ThreadParent, pageSize = 400): Promise<void> {
  for (const path of [repliesPath(parent), notesPath(parent)]) {
    for (;;) {
      const page = await getDocs(query(collection(db, path), limit(pageSize)));
      if (page.empty) break;
      const batch = writeBatch(db);
      for (const snap of page.docs) batch.delete(snap.ref);
      await batch.commit();
      if (page.size < pageSize) break;
    }
  }
}
