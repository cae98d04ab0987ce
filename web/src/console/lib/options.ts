/** `queryOptions` for live Firestore reads (lib/live.ts): one listener per key, cache fed by onSnapshot. */
import { queryOptions, type QueryKey } from '@tanstack/react-query';
import type { DocumentReference, Query } from 'firebase/firestore';
import { docSubscription, live, querySubscription } from '../../lib/live';
import { companyScopedSubscription } from './scoped';

export function liveList<T>(queryKey: QueryKey, query: () => Query<T>) {
  return queryOptions({ queryKey, ...live(querySubscription(query)) });
}

export function liveDoc<T>(queryKey: QueryKey, ref: () => DocumentReference<T>) {
  return queryOptions({ queryKey, ...live(docSubscription(ref)) });
}

/** A collection-group list whose items carry the company of their path. */
export function liveScopedList<T extends object>(queryKey: QueryKey, query: () => Query<T>) {
  return queryOptions({ queryKey, ...live(companyScopedSubscription(query)) });
}
