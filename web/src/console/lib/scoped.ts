/**
 * Collection-group reads for staff (search, the all-projects and all-tasks views): the same
 * builders as refs.ts, with each document's company taken from its path
 * (`companies/{companyId}/projects/{id}`), which the document itself does not store.
 */
import { onSnapshot, type Query } from 'firebase/firestore';
import { SNAPSHOT_OPTIONS, type Subscribe } from '../../lib/live';

export type InCompany<T> = T & { readonly companyId: string };

export function companyScopedSubscription<T extends object>(query: () => Query<T>): Subscribe<InCompany<T>[]> {
  return (next, fail) =>
    onSnapshot(
      query(),
      (snapshot) => {
        next(snapshot.docs.map((doc) => ({ ...doc.data(SNAPSHOT_OPTIONS), companyId: doc.ref.parent.parent?.id ?? '' })));
      },
      fail,
    );
}
