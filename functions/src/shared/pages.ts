/** Every document of a query, a page at a time, by document id (pages never overlap): for rebuilds. */
import { FieldPath, type Query, type QueryDocumentSnapshot } from 'firebase-admin/firestore';

const PAGE = 500;

export async function* pagesOf(query: Query, size = PAGE): AsyncGenerator<QueryDocumentSnapshot[]> {
  let next = query.orderBy(FieldPath.documentId()).limit(size);
  for (;;) {
    const snap = await next.get();
    if (snap.empty) return;
    yield snap.docs;
    if (snap.size < size) return;
    next = query.orderBy(FieldPath.documentId()).startAfter(snap.docs[snap.docs.length - 1]!).limit(size);
  }
}
