/** Firestore write events reduced to what the notification handlers read (tests build these). */
import type { DocumentData } from 'firebase-admin/firestore';
import type { Change, FirestoreEvent, DocumentSnapshot, QueryDocumentSnapshot } from 'firebase-functions/v2/firestore';

export interface WriteEvent<Params> {
  /** The event id: the same for every delivery of one event, so it keys idempotent effects. */
  id: string;
  params: Params;
  before: DocumentData | undefined;
  after: DocumentData | undefined;
}

export function toWriteEvent<Params>(event: FirestoreEvent<Change<DocumentSnapshot> | undefined, Params>): WriteEvent<Params> {
  return { id: event.id, params: event.params, before: event.data?.before.data(), after: event.data?.after.data() };
}

/** A document creation reduced to what the handlers read (tests build these). */
export interface CreateEvent<Params> {
  /** The event id: the same for every delivery of one event. */
  id: string;
  params: Params;
  data: DocumentData | undefined;
}

export function toCreateEvent<Params>(event: FirestoreEvent<QueryDocumentSnapshot | undefined, Params>): CreateEvent<Params> {
  return { id: event.id, params: event.params, data: event.data?.data() };
}
